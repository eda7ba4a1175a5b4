"""The API's description and documentation page, and the headless preview of drafts."""

import re

import pytest
import schemathesis

from django.test import RequestFactory
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import translation

from home.preview import create_preview_token
from tests import factories
from tests.api_description import assert_matches_description

pytestmark = pytest.mark.django_db

PREVIEW = "/api/v2/pages/preview/"


def _api_routes(patterns=None, prefix="") -> set[str]:
    """Every route below /api/v2/ as an OpenAPI path: /api/v2/pages/{id}/."""
    routes = set()
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        route = prefix + str(pattern.pattern).lstrip("^").rstrip("$")
        if isinstance(pattern, URLResolver):
            routes |= _api_routes(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern) and route.startswith("api/v2/"):
            routes.add("/" + re.sub(r"<int:\w+>", "{id}", route))
    return routes


def test_the_description_covers_every_endpoint(client):
    response = client.get("/api/v2/openapi.json")
    assert response.status_code == 200
    description = response.json()
    schemathesis.openapi.from_dict(description)  # a loadable OpenAPI document
    documented = set(description["paths"])
    routed = _api_routes() - {"/api/v2/openapi.json", "/api/v2/docs/"}
    assert routed <= documented
    assert {"/api/v2/search/", "/api/v2/search/autocomplete/"} <= documented
    for operation in (path["get"] for path in description["paths"].values()):
        assert operation["responses"]["400"]


def test_the_docs_page_serves_swagger_ui_from_the_portal(client):
    response = client.get("/api/v2/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources and all(source.startswith("/") for source in sources)
    assert "<script>" not in html and "style=" not in html
    for source in sources:
        if source.startswith("/static/"):
            assert client.get(source).status_code == 200, source


def _draft_of_live_offer():
    offer = factories.OfferPageFactory(title="Veröffentlicht")
    offer.title = "Noch nicht veröffentlicht"
    offer.save_revision()
    return offer, offer.get_latest_revision_as_object()


def test_a_preview_token_shows_the_draft_and_only_to_its_holder(client):
    offer, draft = _draft_of_live_offer()
    response = client.get(PREVIEW, {"token": create_preview_token(draft)})
    body = assert_matches_description(response, PREVIEW)
    assert body["title"] == "Noch nicht veröffentlicht"
    assert body["id"] == offer.pk
    assert "no-store" in response["Cache-Control"]
    public = client.get(f"/api/v2/pages/{offer.pk}/").json()
    assert public["title"] == "Veröffentlicht"


@pytest.mark.parametrize("token", ["", "forged", "eyJrZXkiOiJ4In0:1u:abc"])
def test_without_a_valid_token_there_is_no_draft(client, token):
    response = client.get(PREVIEW, {"token": token})
    assert response.status_code in (400, 403)
    assert "Noch nicht" not in response.content.decode()
    assert_matches_description(response, PREVIEW)


def test_a_preview_token_expires(client, settings):
    _offer, draft = _draft_of_live_offer()
    token = create_preview_token(draft)
    settings.HEADLESS_PREVIEW_MAX_AGE = -1
    response = client.get(PREVIEW, {"token": token})
    assert response.status_code == 403
    assert_matches_description(response, PREVIEW)


def test_the_admin_preview_links_to_the_external_frontend(client, settings, admin_user):
    settings.HEADLESS_PREVIEW_URL = "https://frontend.example/preview"
    _offer, draft = _draft_of_live_offer()
    with translation.override("en"):
        modes = [(mode, str(label)) for mode, label in draft.preview_modes]
    assert ("headless", "External frontend") in modes
    request = RequestFactory().get("/admin/")
    request.user = admin_user
    response = draft.make_preview_request(request, "headless")
    link = re.search(
        r'href="(https://frontend\.example/preview\?[^"]+)"', response.content.decode()
    )
    assert link, response.content
    query = dict(part.split("=", 1) for part in link.group(1).split("?", 1)[1].split("&amp;"))
    assert query["type"] == "offers.OfferPage" and query["locale"] == "de"
    from urllib.parse import unquote

    api = client.get(PREVIEW, {"token": unquote(query["token"])})
    assert api.json()["title"] == "Noch nicht veröffentlicht"


def test_without_a_frontend_there_is_no_headless_preview_mode(settings):
    settings.HEADLESS_PREVIEW_URL = ""
    offer = factories.OfferPageFactory()
    assert "headless" not in [mode for mode, _label in offer.preview_modes]
