"""The API's description and documentation page, and the headless preview of drafts."""

import re
import time
from urllib.parse import parse_qs, urlsplit

import pytest
import schemathesis
from bs4 import BeautifulSoup

from django.contrib.auth.models import User
from django.test import Client, RequestFactory
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import translation

from home.preview import create_preview_token
from tests import factories
from tests.admin_forms import edit_form_data
from tests.api_description import assert_matches_description
from tests.public_forms import user_in

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


def external_preview_link(client, page, **changes) -> str:
    """The editor changes the page in the admin without saving and opens the preview mode
    "External frontend": the link it offers."""
    data = {**edit_form_data(client, page), **{name: [v] for name, v in changes.items()}}
    stored = client.post(f"/admin/pages/{page.pk}/edit/preview/", data)
    assert stored.json()["is_valid"], stored.content
    shown = client.get(f"/admin/pages/{page.pk}/edit/preview/", {"mode": "headless"})
    assert shown.status_code == 200
    links = BeautifulSoup(shown.text, "html.parser").select('a[href^="https://frontend.example/"]')
    assert len(links) == 1, shown.text
    return links[0]["href"]


def test_an_editor_previews_a_draft_on_the_external_frontend(client, settings):
    """The editor's whole way: the admin's preview of an unsaved change → the frontend's
    address with a signed token → the API gives that frontend the draft, and nobody else."""
    settings.HEADLESS_PREVIEW_URL = "https://frontend.example/preview"
    offer = factories.OfferPageFactory(title="Veröffentlicht")
    editor = user_in("Redaktion")
    client.force_login(editor)

    link = external_preview_link(client, offer, title="Noch nicht veröffentlicht")

    assert link.startswith("https://frontend.example/preview?")
    query = parse_qs(urlsplit(link).query)
    assert query["type"] == ["offers.OfferPage"] and query["locale"] == ["de"]
    token = query["token"][0]
    frontend = Client()  # the external frontend: no session, no cookie of the editor
    draft = frontend.get(PREVIEW, {"token": token})
    body = assert_matches_description(draft, PREVIEW)
    assert body["id"] == offer.pk and body["title"] == "Noch nicht veröffentlicht"
    assert "no-store" in draft["Cache-Control"] and "private" in draft["Cache-Control"]
    # The change was never saved: the public API and the site still show the live page.
    assert frontend.get(f"/api/v2/pages/{offer.pk}/").json()["title"] == "Veröffentlicht"
    assert "Noch nicht" not in frontend.get(offer.url).text

    # A token changed by one character, or another page's token, never yields this draft.
    tampered = token[:-1] + ("A" if token[-1] != "A" else "B")
    refused = frontend.get(PREVIEW, {"token": tampered})
    assert refused.status_code == 403
    assert refused.json() == {"message": "The preview token is invalid or has expired."}
    assert_matches_description(refused, PREVIEW)
    other = factories.OfferPageFactory(title="Ein anderes Angebot")
    other_token = parse_qs(urlsplit(external_preview_link(client, other)).query)["token"][0]
    assert frontend.get(PREVIEW, {"token": other_token}).json()["id"] == other.pk


def test_an_external_preview_link_stops_working_after_its_time(client, settings):
    settings.HEADLESS_PREVIEW_URL = "https://frontend.example/preview"
    settings.HEADLESS_PREVIEW_MAX_AGE = 1
    offer = factories.OfferPageFactory(title="Veröffentlicht")
    client.force_login(user_in("Redaktion"))
    link = external_preview_link(client, offer, title="Noch nicht veröffentlicht")
    token = parse_qs(urlsplit(link).query)["token"][0]

    time.sleep(2.1)  # signed timestamps count whole seconds

    expired = Client().get(PREVIEW, {"token": token})
    assert expired.status_code == 403
    assert expired["Content-Type"] == "application/json"
    assert "Noch nicht" not in expired.text
    assert_matches_description(expired, PREVIEW)


def test_a_user_without_edit_rights_gets_no_preview_link(client, settings):
    settings.HEADLESS_PREVIEW_URL = "https://frontend.example/preview"
    offer = factories.OfferPageFactory()
    client.force_login(User.objects.create_user("reader", "reader@proxlab.example", "pw"))
    response = client.get(f"/admin/pages/{offer.pk}/edit/preview/", {"mode": "headless"})
    assert response.status_code in (302, 403)
    assert "frontend.example" not in response.text
