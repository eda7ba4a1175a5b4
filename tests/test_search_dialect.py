"""One dialect on every surface: the listing, the search page, /api/v2/search/ and
/api/v2/pages/ read the same facet parameters, several values repeated or comma-separated
alike, and the JSON endpoints answer one error shape."""

import pytest

from offers.choices import Format, OfferType
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def offers(settings):
    settings.ELASTICSEARCH_URL = ""
    weser = factories.PartnerPageFactory(title="Weserbyte GmbH", slug="weserbyte")
    leine = factories.PartnerPageFactory(title="Leinedata AG", slug="leinedata")
    for title, kind, fmt, partner in (
        ("Cloud Workshop", OfferType.WORKSHOP, Format.ON_SITE, weser),
        ("Cloud Vortrag", OfferType.TALK, Format.ONLINE, leine),
        ("Cloud Hackathon", OfferType.HACKATHON, Format.ON_SITE, None),
    ):
        factories.OfferPageFactory(
            title=title,
            offer_type=kind,
            format=fmt,
            place=None if fmt == Format.ONLINE else factories.place("hameln"),
            partner=partner,
        )


def _listing(client, query: str) -> set[str]:
    response = client.get(f"/de/angebote/?{query}")
    assert response.status_code == 200
    return {offer.title for offer in response.context["offers"]}


def _search_page(client, query: str) -> set[str]:
    response = client.get(f"/de/suche/?content_type=offer&{query}")
    assert response.status_code == 200
    return {hit.title for hit in response.context["result"].hits}


def _search_api(client, query: str) -> set[str]:
    response = client.get(f"/api/v2/search/?locale=de&content_type=offer&{query}")
    assert response.status_code == 200, response.content
    return {hit["title"] for hit in response.json()["results"]}


def _pages_api(client, query: str) -> set[str]:
    url = f"/api/v2/pages/?type=offers.OfferPage&locale=de&fields=_,title&{query}"
    response = client.get(url)
    assert response.status_code == 200, response.content
    return {item["title"] for item in response.json()["items"]}


SURFACES = [_listing, _search_page, _search_api, _pages_api]


@pytest.mark.parametrize("surface", SURFACES)
@pytest.mark.parametrize(
    ("repeated", "commas", "expected"),
    [
        (
            "offer_type=workshop&offer_type=talk",
            "offer_type=workshop,talk",
            {"Workshop", "Vortrag"},
        ),
        (
            "partner=weserbyte&partner=leinedata",
            "partner=weserbyte,leinedata",
            {"Workshop", "Vortrag"},
        ),
        (
            "format=online&format=on_site&offer_type=talk",
            "format=online,on_site&offer_type=talk",
            {"Vortrag"},
        ),
    ],
)
def test_repeated_and_comma_separated_values_are_equal_everywhere(
    client, offers, surface, repeated, commas, expected
):
    titles = {f"Cloud {word}" for word in expected}

    assert surface(client, repeated) == titles
    assert surface(client, commas) == titles
    assert surface(client, f"{commas}&{repeated}") == titles  # both at once: each value once


def test_an_old_listing_link_spells_the_offer_type_as_type(client, offers):
    assert _listing(client, "type=workshop,talk") == {"Cloud Workshop", "Cloud Vortrag"}
    response = client.get("/de/angebote/?type=workshop")
    assert response.context["filter_query"] == "offer_type=workshop"


JSON_ERRORS = [
    ("/api/v2/search/?format=underwater", "format"),
    ("/api/v2/search/?locale=fr", "locale"),
    ("/api/v2/search/autocomplete/?locale=fr&q=cloud", "locale"),
    ("/api/v2/pages/?type=offers.OfferPage&offer_type=party", "offer_type"),
    ("/api/v2/pages/?offer_type=workshop", "offer_type"),  # no type that has it
    ("/api/v2/pages/?unknown=1", "unknown"),
    ("/api/v2/pages/?order=date", "order"),
    # Partners are named by short name; an id (what this endpoint took before) is refused.
    ("/api/v2/pages/?type=offers.OfferPage&partner=42", "partner"),
    ("/api/v2/search/?partner=42", "partner"),
    # A misspelt parameter would answer unfiltered: refused by name on every endpoint.
    ("/api/v2/search/?q=java&offer_typ=talk", "offer_typ"),
    ("/api/v2/search/?offer_type[]=workshop", "offer_type[]"),
    ("/api/v2/search/autocomplete/?q=java&limit=5", "limit"),
]


@pytest.mark.parametrize(("url", "parameter"), JSON_ERRORS)
def test_every_json_endpoint_answers_one_error_shape_in_english(client, url, parameter):
    response = client.get(url)

    assert response.status_code == 400
    body = response.json()
    assert body["message"] == "Invalid parameters."
    assert set(body) == {"message", "errors"}
    assert parameter in body["errors"] and all(body["errors"][parameter])
    assert "ungültig" not in response.content.decode().lower()


def test_json_errors_speak_german_when_asked(client):
    by_header = client.get("/api/v2/search/?format=underwater", headers={"Accept-Language": "de"})
    by_locale = client.get("/api/v2/search/?format=underwater&locale=de")
    english = client.get("/api/v2/search/?format=underwater")

    assert by_header.json()["message"] == by_locale.json()["message"] == "Ungültige Parameter."
    assert english.json()["message"] == "Invalid parameters."


def test_the_pages_endpoint_names_an_unknown_parameter_in_the_asked_language(client):
    german = client.get("/api/v2/pages/?bogus=1", headers={"Accept-Language": "de"}).json()
    english = client.get("/api/v2/pages/?bogus=1").json()

    assert german["message"] == "Ungültige Parameter."
    assert german["errors"] == {"bogus": ["Kein Parameter dieses Endpunkts."]}
    assert english["errors"] == {"bogus": ["Not a parameter of this endpoint."]}


def test_json_search_endpoints_answer_head_as_get(client):
    for url in ("/api/v2/search/?q=java", "/api/v2/search/autocomplete/?q=java", "/de/suche/"):
        assert client.head(url).status_code == 200, url
