"""Page cost does not grow with the content: the same queries for 5 and 50 items, and at most
15 on every public page once a worker has served it (the budget of docs/benchmarks.md)."""

import pytest
import wagtail_factories

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home import content_cache
from home.models import HomeFeaturedItem
from tests import factories

BUDGET = 15

pytestmark = pytest.mark.django_db


def _image():
    return wagtail_factories.ImageFactory()


def _add_offers(count: int, partner) -> None:
    for _ in range(count):
        offer = factories.OfferPageFactory(partner=partner, listing_image=_image())
        offer.topics.add("Cloud")
        offer.competences.set([factories.competence("B.1")])
        offer.save()


def _add_challenges(count: int, partner) -> None:
    for _ in range(count):
        factories.ChallengePageFactory(partner=partner, listing_image=_image())


def _add_partners(count: int, partner=None) -> None:
    for _ in range(count):
        p = factories.PartnerPageFactory(logo=_image())
        p.cities.set([factories.place("hameln")])
        p.save()


def _add_articles(count: int, partner=None) -> None:
    for _ in range(count):
        factories.ArticlePageFactory(listing_image=_image())


def _add_everything(count: int, partner) -> None:
    _add_offers(count, partner)
    _add_articles(count)
    _add_partners(count)
    home = factories.german_home()
    featured = factories.OfferPageFactory(partner=partner, listing_image=_image())
    HomeFeaturedItem.objects.create(home=home, page=featured, sort_order=count)


def _count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _queries(client, url: str) -> tuple[int, int]:
    """(cold, warm): on a fresh worker, and on a worker that has served the page before
    since the last change of content (menus, site, locales, choices remembered)."""
    assert client.get(url).status_code == 200  # renditions are made on the first view
    cache.clear()
    ContentType.objects.clear_cache()
    content_cache._local.clear()
    return _count(client, url), _count(client, url)


def _subjects(partner) -> None:
    """One page of each detail type, whose views the tests measure."""
    offer = factories.OfferPageFactory(
        slug="subjekt-angebot", partner=partner, listing_image=_image()
    )
    offer.topics.add("Cloud")
    offer.competences.set([factories.competence("B.1")])
    offer.save()
    factories.ChallengePageFactory(
        slug="subjekt-challenge", partner=partner, listing_image=_image()
    )
    article = factories.ArticlePageFactory(slug="subjekt-artikel", listing_image=_image())
    article.related_pages.create(page=offer)
    article.save()


def _add_to_partner(count: int, partner) -> None:
    _add_offers(count, partner)
    _add_challenges(count, partner)


@pytest.mark.parametrize(
    "url, add, expected",
    [
        # Uncached, each page's header also finds the offer listing once (its "Jobs" link).
        ("/de/", _add_everything, (28, 10)),
        # Listings come from the search service (database backend here): the view
        # restrictions, one conditional aggregate for the total and the fixed facets' counts,
        # one grouped query for the open facets' (topic, competence, place, partner), the page
        # of ids; then the cards.
        ("/de/angebote/", _add_offers, (26, 10)),
        ("/de/angebote/?type=workshop&topic=cloud&competence=B.1", _add_offers, (26, 10)),
        ("/de/angebote/?q=Workshop&type=workshop", _add_offers, (28, 11)),  # + word search
        ("/de/angebote/?page=2", _add_offers, (26, 10)),
        ("/de/challenges/", _add_challenges, (27, 11)),  # + finished challenges' results
        ("/de/partner/", _add_partners, (20, 9)),
        ("/de/magazin/", _add_articles, (20, 9)),
        ("/de/angebote/ics/", _add_offers, (19, 7)),
        ("/de/magazin/feed/", _add_articles, (14, 7)),
        ("/de/angebote/subjekt-angebot/", _add_offers, (29, 15)),
        # + closure, number of teams, teammate notes, articles about it: remembered per
        # content generation
        ("/de/challenges/subjekt-challenge/", _add_challenges, (32, 14)),
        ("/de/partner/subjekt-partner/", _add_to_partner, (31, 14)),  # + results, remembered
        ("/de/magazin/subjekt-artikel/", _add_articles, (34, 12)),
        ("/sitemap.xml", _add_everything, (26, 13)),
        ("/de/angebote/ics/?type=workshop&topic=cloud", _add_offers, (19, 7)),
        ("/de/angebote/feed/?type=workshop", _add_offers, (19, 7)),
        ("/de/challenges/ics/", _add_challenges, (19, 7)),
    ],
)
def test_queries_are_the_same_for_5_and_50_items(client, url, add, expected):
    for index in (
        factories.OfferIndexPageFactory,
        factories.ChallengeIndexPageFactory,
        factories.PartnerIndexPageFactory,
        factories.ArticleIndexPageFactory,
    ):
        index()
    partner = factories.PartnerPageFactory(logo=_image(), slug="subjekt-partner")
    _subjects(partner)

    add(13, partner)  # a second page of offers
    few = _queries(client, url)
    add(20, partner)
    many = _queries(client, url)

    print(url, few, many)
    assert few == many == expected
    assert few[1] <= BUDGET
