"""The search page and API on the database backend: facets, filters, bad parameters."""

import pytest

from offers.choices import Format, OfferType
from tests.factories import (
    ArticlePageFactory,
    ChallengePageFactory,
    OfferPageFactory,
    PartnerPageFactory,
    place,
)

pytestmark = pytest.mark.django_db


def test_search_page_answers_in_both_languages_with_noindex(client):
    OfferPageFactory(title="Cloud Workshop")
    german = client.get("/de/suche/?q=Cloud")
    english = client.get("/en/search/")

    assert german.status_code == 200 and english.status_code == 200
    assert '<meta name="robots" content="noindex">' in german.content.decode()
    assert german["X-Robots-Tag"] == "noindex"
    assert [hit.title for hit in german.context["result"].hits] == ["Cloud Workshop"]
    assert german.context["result"].backend == "database"
    # Without ELASTICSEARCH_URL the database is the chosen search: no "reduced mode" notice.
    assert "reduzierten Modus" not in german.content.decode()


def test_api_returns_hits_facets_and_backend(client):
    partner = PartnerPageFactory(title="Weserbyte GmbH")
    OfferPageFactory(title="Python Workshop", format=Format.ONLINE, partner=partner)
    OfferPageFactory(title="Python Praktikum", offer_type=OfferType.INTERNSHIP)
    ChallengePageFactory(title="Python Challenge")

    body = client.get("/api/v2/search/?q=Python&locale=de&content_type=offer").json()

    assert body["count"] == 2
    assert body["backend"] == "database"
    assert {r["title"] for r in body["results"]} == {"Python Workshop", "Python Praktikum"}
    assert set(body["results"][0]) == {"id", "title", "type", "url", "teaser", "highlight", "dates"}
    types = {v["value"]: v for v in body["facets"]["content_type"]}
    # The content-type facet counts ignore its own filter.
    assert types["offer"]["count"] == 2 and types["offer"]["selected"]
    assert types["challenge"]["count"] == 1 and not types["challenge"]["selected"]
    formats = {v["value"]: v["count"] for v in body["facets"]["format"]}
    assert formats == {"on_site": 1, "online": 1}


@pytest.mark.parametrize(
    "query",
    ["locale=fr", "page=0", "page=abc", "format=underwater", "topic=%3Cscript%3E", "sort=random"],
)
def test_api_answers_400_with_json_on_bad_parameters(client, query):
    response = client.get(f"/api/v2/search/?{query}")

    assert response.status_code == 400
    assert response.json()["errors"]


def test_search_page_reports_a_bad_parameter_and_ignores_it(client):
    OfferPageFactory(title="Workshop A")
    response = client.get("/de/suche/?format=underwater&page=999999999&date=x")

    assert response.status_code == 200
    assert response.context["result"].count == 1


def test_autocomplete_suggests_titles(client):
    OfferPageFactory(title="Datenbankentwicklung mit PostgreSQL")
    ArticlePageFactory(title="Datenschutz im Studium")

    body = client.get("/api/v2/search/autocomplete/?q=daten&locale=de").json()

    assert {s["title"] for s in body["suggestions"]} == {
        "Datenbankentwicklung mit PostgreSQL",
        "Datenschutz im Studium",
    }
    assert client.get("/api/v2/search/autocomplete/?q=x&locale=xx").status_code == 400


def test_active_filter_can_be_removed_alone(client):
    OfferPageFactory(title="Online", format=Format.ONLINE, place=None)
    OfferPageFactory(title="Vor Ort", format=Format.ON_SITE, place=place())

    response = client.get("/de/suche/?format=online&place=hildesheim")
    active = {a["label"]: a["remove_url"] for a in response.context["active_filters"]}

    assert response.context["result"].count == 0
    assert active["Online"] == "?place=hildesheim"
    assert set(active) == {"Online", "Hildesheim"}


def test_header_has_a_search_box(client):
    html = client.get("/de/").content.decode()

    assert 'action="/de/suche/"' in html and 'name="q"' in html


def test_offer_page_shows_similar_offers(client):
    offer = OfferPageFactory(title="Cloud Workshop")
    twin = OfferPageFactory(title="Cloud Sprechstunde")
    OfferPageFactory(title="Robotik Vortrag")
    for page in (offer, twin):
        page.topics.add("Cloud")
        page.save()

    html = client.get(offer.url).content.decode()

    assert "Ähnliche Angebote" in html
    assert "Cloud Sprechstunde" in html and "Robotik Vortrag" not in html
