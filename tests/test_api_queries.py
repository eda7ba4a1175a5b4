"""The API's cost does not grow with the list: the same queries for 5 and 50 items, on a
fresh worker (cold) and on one that has answered before (warm)."""

import pytest

from tests import factories
from tests.test_query_counts import (
    _add_articles,
    _add_challenges,
    _add_offers,
    _add_partners,
    _image,
    _queries,
)

pytestmark = pytest.mark.django_db

PAGES = "/api/v2/pages/?limit=50&fields=*&type="


@pytest.mark.parametrize(
    "url, add, expected",
    [
        ("/api/v2/pages/?limit=50", _add_offers, (15, 7)),
        # Offers list their sessions (one query for all).
        (PAGES + "offers.OfferPage", _add_offers, (22, 18)),
        (
            PAGES + "offers.OfferPage&locale=de&topic=cloud&competence=B.1&order=date",
            _add_offers,
            (22, 18),
        ),
        (PAGES + "offers.ChallengePage", _add_challenges, (22, 18)),  # + the teams' results
        (PAGES + "offers.PartnerPage", _add_partners, (16, 12)),
        (PAGES + "home.ArticlePage", _add_articles, (19, 15)),
        ("/api/v2/images/?limit=50", _add_partners, (9, 8)),
    ],
)
def test_api_lists_cost_the_same_for_5_and_50_items(client, url, add, expected):
    partner = factories.PartnerPageFactory(logo=_image())
    add(5, partner)
    few = _queries(client, url)
    add(45, partner)
    many = _queries(client, url)
    assert (few, many) == (expected, expected)


def test_api_detail_cost_does_not_depend_on_the_number_of_pages(client):
    partner = factories.PartnerPageFactory(logo=_image())
    _add_offers(1, partner)
    offer = factories.OfferPageFactory(partner=partner, listing_image=_image())
    url = f"/api/v2/pages/{offer.pk}/"
    few = _queries(client, url)
    _add_offers(45, partner)
    many = _queries(client, url)
    assert (few, many) == ((24, 18), (24, 18))
