"""Any `?page=` answers 200 on every listing and on the search page: Unicode digits ("²", "٣"),
numbers of thousands of digits, negative, empty, text."""

from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from home.pagination import MAX_PAGE, parse_page
from tests import factories

pytestmark = pytest.mark.django_db

LISTINGS = ("/de/angebote/", "/de/challenges/", "/de/partner/", "/de/magazin/", "/de/suche/")
PAGE_VALUES = st.one_of(
    st.text(max_size=12),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(["²", "٣", "𝟗", "9" * 5000, "-1", "", " 2", "0x10", "1e3", "½"]),
)


@pytest.fixture
def listings():
    factories.OfferPageFactory(title="Workshop A")
    factories.ChallengePageFactory(title="Challenge A")
    factories.PartnerPageFactory(title="Partner A")
    factories.ArticlePageFactory(title="Artikel A")


@hypothesis_settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=PAGE_VALUES)
@example(value="²")
@example(value="9" * 5000)
@example(value="-3")
def test_every_listing_answers_any_page_value(client, listings, value):
    for url in LISTINGS:
        response = client.get(f"{url}?{urlencode({'page': value})}")
        assert response.status_code == 200, (url, value)


@given(value=PAGE_VALUES)
def test_a_page_number_is_a_whole_number_within_range(value):
    number = parse_page(value)

    assert 1 <= number <= MAX_PAGE
    if value.isascii() and value.isdigit() and len(value) < 5 and 0 < int(value) <= MAX_PAGE:
        assert number == int(value)
