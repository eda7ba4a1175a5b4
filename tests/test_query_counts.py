"""Listing and feed cost does not grow with the list: the same queries for 5 and 50 items."""

import pytest
import wagtail_factories

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import HomeFeaturedItem
from tests import factories

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


def _queries(client, url: str) -> int:
    assert client.get(url).status_code == 200  # warm up: renditions are made on first view
    # As on a fresh worker: rendition and content-type lookups count too, whatever ran before.
    cache.clear()
    ContentType.objects.clear_cache()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "url, add, expected",
    [
        ("/de/", _add_everything, 35),
        ("/de/angebote/", _add_offers, 26),
        ("/de/angebote/?type=workshop&topic=cloud&competence=B.1", _add_offers, 26),
        ("/de/challenges/", _add_challenges, 26),
        ("/de/partner/", _add_partners, 22),
        ("/de/magazin/", _add_articles, 22),
        ("/de/angebote/ics/", _add_offers, 14),
        ("/de/magazin/feed/", _add_articles, 15),
    ],
)
def test_listing_queries_are_the_same_for_5_and_50_items(client, url, add, expected):
    for index in (
        factories.OfferIndexPageFactory,
        factories.ChallengeIndexPageFactory,
        factories.PartnerIndexPageFactory,
        factories.ArticleIndexPageFactory,
    ):
        index()
    partner = factories.PartnerPageFactory(logo=_image())

    add(5, partner)
    few = _queries(client, url)
    add(45, partner)
    many = _queries(client, url)

    assert (few, many) == (expected, expected)
