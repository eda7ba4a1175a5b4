"""One publishing rule on every path: no German text on a live English page.

Each test drives one path through the real admin views as the role that would take it
(Redaktion, Moderation) and then reads every public surface as an anonymous visitor."""

from datetime import timedelta

import pytest

from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, Revision
from wagtail_localize.models import Translation, TranslationSource

from offers.models import OfferPage
from tests.admin_forms import edit_form_data
from tests.factories import (
    OfferIndexPageFactory,
    OfferPageFactory,
    english,
    german_home,
    translate,
)
from tests.public_forms import user_in

pytestmark = pytest.mark.django_db

ENGLISH = {
    "Workshop Barrierefreie Formulare": "Accessible forms workshop",
    "workshop-barrierefreie-formulare": "accessible-forms-workshop",
    "Praxisnah lernen mit regionalen Arbeitgebern.": "Hands-on learning with regional employers.",
}
GERMAN_WORDS = ("Barrierefreie", "Praxisnah", "Angebote")
PUBLIC = [
    "/en/",
    "/en/offers/",
    "/en/offers/feed/",
    "/en/offers/accessible-forms-workshop/",
    "/en/offers/workshop-barrierefreie-formulare/",
    "/en/search/?q=workshop",
    "/sitemap.xml",
]
API = "/api/v2/pages/?locale=en&type=offers.OfferPage&fields=teaser"


def assert_no_german_in_public(client, *more: str) -> str:
    """Every public English surface, read as an anonymous visitor: none says a German word."""
    client.logout()
    seen = []
    for url in [*PUBLIC, *more]:
        response = client.get(url)
        assert response.status_code in (200, 301, 404), url
        text = response.content.decode()
        for word in GERMAN_WORDS:
            assert word not in text, f"{word!r} on {url}"
        seen.append(text)
    # The API's own fields of each English page (its links name the German alternate).
    for item in client.get(API).json()["items"]:
        for word in GERMAN_WORDS:
            assert word not in item["title"] + item["teaser"], f"{word!r} in {API}"
        seen.append(item["title"] + item["teaser"])
    return "\n".join(seen)


def make_offer() -> OfferPage:
    """A live German offer below an index already translated."""
    index = OfferIndexPageFactory(title="Angebote", slug="angebote")
    translate(index, {"Angebote": "Offers", "angebote": "offers"})
    return OfferPageFactory(
        parent=index,
        title="Workshop Barrierefreie Formulare",
        slug="workshop-barrierefreie-formulare",
    )


@pytest.fixture
def offer():
    return make_offer()


def english_draft(client, page) -> Page:
    """ "Translate this page" as an editor: an English draft, nothing translated yet."""
    client.force_login(user_in("Redaktion", "translator"))
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [english().pk]})
    client.logout()
    return page.get_translation(english())


def translation_for(page) -> Translation:
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=english())


def post(client, user, url: str, data=None, **kwargs):
    client.force_login(user)
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(url, data or {}, follow=True, **kwargs)


# Convert to alias ---------------------------------------------------------------------------


def test_an_editor_cannot_turn_a_live_translation_into_the_german_page(client, offer):
    english_offer = translate(offer, ENGLISH)

    refused = post(
        client,
        user_in("Redaktion"),
        reverse("wagtail_localize:convert_to_alias", args=[english_offer.pk]),
    )

    assert "Nur die Moderation kann eine Übersetzung wieder in eine Kopie" in refused.text
    page = Page.objects.get(pk=english_offer.pk)
    assert page.live and page.alias_of_id is None
    text = assert_no_german_in_public(client)
    assert "Accessible forms workshop" in text


def test_a_moderators_alias_of_the_german_page_is_never_live(client, offer):
    english_offer = translate(offer, ENGLISH)

    post(
        client,
        user_in("Moderation"),
        reverse("wagtail_localize:convert_to_alias", args=[english_offer.pk]),
    )

    page = Page.objects.get(pk=english_offer.pk)
    assert page.alias_of_id == offer.pk and not page.live
    # Publishing the German page again updates its aliases: the English one stays offline.
    offer.save_revision().publish()
    assert not Page.objects.get(pk=english_offer.pk).live
    assert_no_german_in_public(client)


# A child translated before its parent ------------------------------------------------------


def test_translating_a_child_first_makes_its_parent_a_draft_not_a_live_alias(client):
    translate(german_home(), {"ProXLab": "ProXLab", "home": "home"})
    index = OfferIndexPageFactory(title="Angebote", slug="angebote")
    offer = OfferPageFactory(
        parent=index,
        title="Workshop Barrierefreie Formulare",
        slug="workshop-barrierefreie-formulare",
    )

    english_offer = english_draft(client, offer)

    english_index = index.get_translation(english())
    assert english_index.alias_of_id is None and not english_index.live
    assert translation_for(index).enabled  # a translation draft, in the translation editor
    assert not english_offer.live
    assert_no_german_in_public(client)

    # Translated, the child still waits for its parent, and the moderator is told so.
    for german, english_text in ENGLISH.items():
        _translate_string(offer, german, english_text)
    _translate_everything_else(offer)
    refused = post(
        client,
        user_in("Moderation"),
        f"/admin/pages/{english_offer.pk}/edit/",
        {"action": "publish"},
    )
    assert "Übersetzen und veröffentlichen Sie zuerst die übergeordnete Seite" in refused.text
    assert not Page.objects.get(pk=english_offer.pk).live
    assert_no_german_in_public(client)


def _translate_string(page, german: str, english_text: str) -> None:
    from wagtail_localize.models import StringSegment, StringTranslation

    source = TranslationSource.objects.get(object_id=page.translation_key)
    for segment in StringSegment.objects.filter(source=source, string__data=german):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=english(),
            context=segment.context,
            defaults={"data": english_text},
        )


def _translate_everything_else(page) -> None:
    from wagtail_localize.models import StringSegment, StringTranslation

    source = TranslationSource.objects.get(object_id=page.translation_key)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=english(),
            context=segment.context,
            defaults={"data": segment.string.data},
        )


# Bulk publish in the explorer ---------------------------------------------------------------


def bulk_publish(client, page):
    return post(
        client,
        user_in("Moderation", "bulk-moderator"),
        f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}&next=/admin/pages/",
    )


def test_bulk_publish_refuses_an_untranslated_draft(client, offer):
    draft = english_draft(client, offer)

    refused = bulk_publish(client, draft)

    assert "Texte sind noch nicht übersetzt" in refused.text
    assert "Titel (Reiter" in refused.text
    assert not Page.objects.get(pk=draft.pk).live
    assert_no_german_in_public(client)


def test_a_refusal_speaks_the_moderators_admin_language(client, offer):
    from wagtail.users.models import UserProfile

    draft = english_draft(client, offer)
    moderator = user_in("Moderation", "moderator-en")
    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = "en"
    profile.save()

    refused = post(
        client, moderator, f"/admin/bulk/wagtailcore/page/publish/?id={draft.pk}&next=/admin/"
    )

    assert "texts still untranslated: Title (tab" in refused.text
    assert not Page.objects.get(pk=draft.pk).live


def test_bulk_publish_refuses_the_german_draft_behind_a_live_translation(client, offer):
    english_offer = translate(offer, ENGLISH)
    offer.teaser = "Praxisnah und barrierefrei, jetzt mit Übungen."
    offer.save_revision().publish()
    source = TranslationSource.objects.get(object_id=offer.translation_key)
    post(
        client,
        user_in("Moderation"),
        f"/admin/localize/update/{source.pk}/",
        {"publish_translations": "on"},
    )
    live = OfferPage.objects.get(pk=english_offer.pk)
    assert live.has_unpublished_changes  # "Live + Draft", the draft in German

    refused = bulk_publish(client, live)

    assert "noch nicht übersetzt" in refused.text
    assert OfferPage.objects.get(pk=live.pk).teaser == "Hands-on learning with regional employers."
    assert "Hands-on learning" in assert_no_german_in_public(client)


# Stop synced translation, submit, approve ---------------------------------------------------


def test_stopping_the_translation_and_approving_it_publishes_no_german(client, offer):
    draft = english_draft(client, offer)
    translation = translation_for(offer)
    stop = reverse("wagtail_localize:stop_translation", args=[translation.pk])
    editor, moderator = user_in("Redaktion"), user_in("Moderation")

    refused = post(client, editor, stop)
    assert "Nur die Moderation kann die synchronisierte Übersetzung" in refused.text
    assert Translation.objects.get(pk=translation.pk).enabled

    post(client, moderator, stop)
    client.force_login(editor)
    data = edit_form_data(client, draft)
    client.post(f"/admin/pages/{draft.pk}/edit/", {**data, "action-submit": ["Submit"]})
    draft = Page.objects.get(pk=draft.pk)
    task_state = draft.current_workflow_task_state
    assert task_state is not None

    refused = post(
        client, moderator, f"/admin/pages/workflow/action/{draft.pk}/approve/{task_state.pk}/"
    )

    assert "noch nicht übersetzt" in refused.text
    draft = Page.objects.get(pk=draft.pk)
    assert not draft.live
    assert draft.current_workflow_task_state.status == "in_progress"  # nothing half-approved
    assert_no_german_in_public(client)


# Revert to an older revision -----------------------------------------------------------------


def test_reverting_to_the_german_first_draft_is_refused(client, offer):
    english_offer = translate(offer, ENGLISH)
    moderator = user_in("Moderation")
    stop = reverse("wagtail_localize:stop_translation", args=[translation_for(offer).pk])
    post(client, moderator, stop)
    first = Revision.page_revisions.filter(object_id=str(english_offer.pk)).order_by("pk").first()
    assert first.as_object().title == "Workshop Barrierefreie Formulare"

    client.force_login(moderator)
    url = f"/admin/pages/{english_offer.pk}/revisions/{first.pk}/revert/"
    data = {
        **edit_form_data(client, english_offer),
        "title": [first.as_object().title],
        "action-publish": ["Publish"],
    }
    refused = post(client, moderator, url, data)

    assert "noch nicht übersetzt" in refused.text
    assert OfferPage.objects.get(pk=english_offer.pk).title == "Accessible forms workshop"
    assert "Accessible forms workshop" in assert_no_german_in_public(client)


# Copy into the English tree ------------------------------------------------------------------


def test_copying_a_german_page_into_the_english_tree_is_refused(client, offer):
    english_index = offer.get_parent().get_translation(english())

    response = post(
        client,
        user_in("Moderation"),
        f"/admin/pages/{offer.pk}/copy/",
        {
            "new_title": "Workshop Barrierefreie Formulare",
            "new_slug": "workshop-kopie",
            "new_parent_page": english_index.pk,
            "publish_copies": "on",
        },
    )

    assert "Seiten werden nur innerhalb ihrer Sprache kopiert" in response.text
    assert 'value="workshop-kopie"' in response.text  # what was typed is still there
    assert not english_index.get_children().exists()
    assert_no_german_in_public(client, "/en/offers/workshop-kopie/")


# Scheduled go-live -----------------------------------------------------------------------------


def test_a_scheduled_go_live_of_german_text_does_not_happen(client, offer):
    draft = english_draft(client, offer)
    # A go-live scheduled before the text was checked (older data, a script).
    past = timezone.now() - timedelta(minutes=1)
    revision = draft.get_latest_revision()
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()

    call_command("publish_scheduled")

    assert not Page.objects.get(pk=draft.pk).live
    assert Revision.objects.get(pk=revision.pk).approved_go_live_at is None  # not retried
    assert_no_german_in_public(client)
