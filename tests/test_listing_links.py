"""Listings and links keep their promises: facets, URL parameters, pages, language switch."""

import pytest
from bs4 import BeautifulSoup

from offers.choices import OfferType
from tests import factories
from tests.factories import OfferIndexPageFactory, OfferPageFactory, PartnerPageFactory

pytestmark = pytest.mark.django_db


def _soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def _listed(client, query: str = "") -> list[str]:
    soup = _soup(client.get(f"/de/angebote/{query}"))
    return sorted(link.get_text(strip=True) for link in soup.select(".card__title a"))


def test_the_audience_filter_is_or_within_the_facet(client):
    OfferPageFactory(title="Für Studierende", for_students=True, for_graduates=False)
    OfferPageFactory(title="Für Absolventen", for_students=False, for_graduates=True)
    OfferPageFactory(
        title="Für Arbeitgeber", for_students=False, for_graduates=False, for_employers=True
    )

    assert _listed(client, "?audience=students&audience=graduates") == [
        "Für Absolventen",
        "Für Studierende",
    ]


def test_repeated_values_count_once(client):
    OfferPageFactory(title="Workshop", offer_type=OfferType.WORKSHOP)

    response = client.get("/de/angebote/?" + "&".join(["type=workshop&audience=students"] * 3))

    assert response.context["filter_form"].cleaned_data["offer_type"] == ["workshop"]
    # An old link's ?type= reads as ?offer_type=, and the page's links write the one spelling.
    assert response.context["filter_query"] == "offer_type=workshop&audience=students"


@pytest.mark.parametrize("path", ["/de/angebote/", "/de/angebote/ics/", "/de/angebote/feed/"])
def test_a_thousand_repeated_values_answer_200(client, path):
    OfferPageFactory(title="Workshop", for_graduates=True)
    query = "&".join(["audience=graduates"] * 500 + ["type=workshop"] * 500)

    assert client.get(f"{path}?{query}").status_code == 200


def test_unknown_parameters_are_dropped_from_the_form_and_the_page_links(client):
    OfferIndexPageFactory()
    for number in range(14):
        OfferPageFactory(title=f"Angebot {number:02d}", offer_type=OfferType.WORKSHOP)

    soup = _soup(client.get("/de/angebote/?type=workshop&utm_source=spam&evil=%3Cx%3E"))

    form = soup.select_one("form.filters__form")
    assert not form.select('input[type="hidden"]')
    assert "utm_source" not in str(form) and "evil" not in str(form)
    next_link = soup.select_one('.pagination a[rel="next"]')["href"]
    assert next_link == "?offer_type=workshop&page=2"


@pytest.mark.parametrize("page", ["0", "-1", "-999", "abc"])
def test_page_zero_or_negative_shows_the_first_page(client, page):
    OfferIndexPageFactory()
    for number in range(14):
        OfferPageFactory(title=f"Angebot {number:02d}")

    response = client.get(f"/de/angebote/?page={page}")

    assert response.context["offers"].number == 1


def test_the_language_switch_keeps_filters_and_page(client):
    factories.translate(factories.german_home())
    partner = PartnerPageFactory(title="Weserbyte GmbH", slug="weserbyte")
    index = OfferIndexPageFactory()
    for number in range(14):
        OfferPageFactory(title=f"Angebot {number:02d}", partner=partner)
    english_index = factories.translate(index, {"angebote": "offers"})
    factories.translate(partner, {"weserbyte": "weserbyte-ltd"})

    soup = _soup(client.get("/de/angebote/?partner=weserbyte&page=2&utm=x"))

    english = soup.select_one('[data-language-switcher] a[hreflang="en"]')["href"]
    assert english == f"{english_index.url}?partner=weserbyte-ltd&page=2"


def test_a_404_does_not_claim_the_page_is_untranslated(client):
    factories.translate(factories.german_home())

    response = client.get("/de/gibt-es-nicht/")

    assert response.status_code == 404
    switcher = BeautifulSoup(response.content, "html.parser").select_one("[data-language-switcher]")
    assert "not available" not in switcher.get_text()
    assert switcher.select_one('a[hreflang="en"]')["href"] == "/en/"


def test_a_partner_page_shows_its_next_offers_and_links_to_the_filtered_listing(client):
    OfferIndexPageFactory()
    partner = PartnerPageFactory(title="Weserbyte GmbH", slug="weserbyte")
    for number in range(9):
        OfferPageFactory(title=f"Angebot {number}", partner=partner)
    factories.ChallengePageFactory(partner=partner)

    soup = _soup(client.get(partner.url))

    assert len(soup.select("#offers-heading ~ .card-grid .card")) == 6
    link = soup.find("a", string="Alle Angebote von Weserbyte GmbH")
    assert link["href"] == "/de/angebote/?partner=weserbyte"
    assert len(_listed(client, "?partner=weserbyte")) == 9
    assert soup.find("a", string="Alle Challenges von Weserbyte GmbH")["href"] == (
        "/de/challenges/?partner=weserbyte"
    )
