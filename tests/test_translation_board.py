"""The translation status board: every German page and snippet with its English state, its
filters, the bulk action "create English drafts" and its counts on the moderators' dashboard.
Driven through the real admin as Redaktion and Moderation."""

import pytest

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator

from home.models import Place
from tests.factories import (
    ArticlePageFactory,
    OfferIndexPageFactory,
    OfferPageFactory,
    PartnerPageFactory,
    english,
    translate,
)
from tests.public_forms import user_in

pytestmark = pytest.mark.django_db

BOARD = "/admin/translations/"


def english_draft(page) -> Translation:
    TranslationCreator(None, [english()]).create_translations(page)
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=english())


def translate_all(translation: Translation) -> None:
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    ):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=english(),
            context=segment.context,
            defaults={"data": f"en {segment.string.data}"},
        )


@pytest.fixture
def offers():
    index = OfferIndexPageFactory()
    translate(index, {"Angebote": "Offers", "angebote": "offers"})
    return index


def offer_in_state(index, state: str, title: str, **kwargs) -> Page:
    page = OfferPageFactory(parent=index, title=title, **kwargs)
    if state == "missing":
        return page
    translation = english_draft(page)
    if state == "untranslated":
        return page
    translate_all(translation)
    if state == "draft":
        translation.save_target(publish=False)
        return page
    translation.save_target(publish=True)
    Page.objects.get(pk=page.get_translation(english()).pk).specific.save_revision().publish()
    if state == "changed":
        page.teaser = "Neu: mit Übungen."
        page.save_revision().publish()
    return page


def board(client, query: str = "") -> str:
    response = client.get(f"{BOARD}?{query}")
    assert response.status_code == 200
    return response.content.decode()


def row_of(html: str, title: str) -> str:
    start = html.index(f">{title}</a>")
    return html[start : html.index("</tr>", start)]


def test_every_german_page_shows_its_english_state_in_german(client, offers):
    for state, title in [
        ("missing", "Angebot ohne Englisch"),
        ("untranslated", "Angebot halb übersetzt"),
        ("draft", "Angebot im Entwurf"),
        ("current", "Angebot aktuell"),
        ("changed", "Angebot geändert"),
    ]:
        offer_in_state(offers, state, title)
    client.force_login(user_in("Redaktion"))
    html = board(client)
    assert "Übersetzungsstand" in html
    assert "fehlt" in row_of(html, "Angebot ohne Englisch")
    assert "Texte unübersetzt" in row_of(html, "Angebot halb übersetzt")
    assert "Entwurf" in row_of(html, "Angebot im Entwurf")
    assert "live und aktuell" in row_of(html, "Angebot aktuell")
    assert "live, Deutsch seither geändert" in row_of(html, "Angebot geändert")
    assert "A.1 " in html  # snippets too: competences, places, menus, topics


def test_the_board_filters_by_section_and_partner_and_reports_a_bad_filter(client, offers):
    partner = PartnerPageFactory(title="Muster Systemhaus")
    offer_in_state(offers, "missing", "Angebot vom Systemhaus", partner=partner)
    offer_in_state(offers, "missing", "Angebot ohne Partner")
    ArticlePageFactory(title="Ein Artikel")
    client.force_login(user_in("Redaktion"))

    in_section = board(client, f"section={offers.pk}")
    assert "Angebot ohne Partner" in in_section and "Ein Artikel" not in in_section
    assert "A.1 " not in in_section
    of_partner = board(client, f"partner={partner.pk}")
    assert "Angebot vom Systemhaus" in of_partner and "Muster Systemhaus" in of_partner
    assert "Angebot ohne Partner" not in of_partner
    bad = board(client, "section=abc&partner=999999&state=nonsense")
    assert "Angebot ohne Partner" in bad and "Ein Artikel" in bad
    assert "error-message" in bad


def test_create_english_drafts_makes_drafts_never_live_pages_or_snippets(client, offers):
    german = offer_in_state(offers, "missing", "Angebot ohne Englisch")
    place = Place.objects.get(slug="hildesheim", locale__language_code="de")
    Place.objects.filter(locale=english(), translation_key=place.translation_key).delete()
    client.force_login(user_in("Redaktion"))

    response = client.post(
        BOARD, {"items": [f"page:{german.pk}", f"home.place:{place.pk}"]}, follow=True
    )
    assert "Englische Entwürfe für 2 Einträge angelegt" in response.content.decode()
    english_offer = german.get_translation(english())
    assert not english_offer.live
    english_place = Place.objects.get(locale=english(), translation_key=place.translation_key)
    assert not english_place.live
    assert Client().get(english_offer.url or "/en/offers/x/").status_code == 404
    assert "Texte unübersetzt" in row_of(board(client), "Angebot ohne Englisch")


def test_a_page_whose_parent_is_untranslated_is_refused_by_name(client):
    german = ArticlePageFactory(title="Artikel ohne englisches Magazin")
    client.force_login(user_in("Redaktion"))
    response = client.post(BOARD, {"items": [f"page:{german.pk}"]}, follow=True)
    assert "Übersetzen Sie zuerst die übergeordnete Seite" in response.content.decode()
    assert not german.has_translation(english())


def test_moderators_see_the_counts_on_their_dashboard_editors_do_not(client, offers):
    offer_in_state(offers, "missing", "Angebot ohne Englisch")
    client.force_login(user_in("Moderation"))
    dashboard = client.get("/admin/").content.decode()
    assert "Übersetzungsstand" in dashboard and 'href="/admin/translations/"' in dashboard
    assert "1 veröffentlichte deutsche Seite ohne aktuelles Englisch" in dashboard
    client.force_login(user_in("Redaktion", "redaktion2"))
    assert "ohne aktuelles Englisch" not in client.get("/admin/").content.decode()


def board_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        board(client)
    return len(queries)


def test_the_board_reads_few_and_many_pages_with_the_same_number_of_queries(client, offers):
    client.force_login(user_in("Moderation"))
    states = ["missing", "untranslated", "draft", "current", "changed"]
    for number, state in enumerate(states):
        offer_in_state(offers, state, f"Angebot {number}")
    board(client)  # warm the per-process lookups (locales, content types)
    few = board_queries(client)
    for number in range(10):
        offer_in_state(offers, states[number % 5], f"Weiteres Angebot {number}")
    board(client)  # the new content generation looks the site up once
    assert board_queries(client) == few
    assert few <= 40
