"""'Translate this page' makes a draft: /en/ is unchanged until the English text is translated
and approved, and the page then lives under an English slug."""

import pytest

from django.test import TestCase

from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from home.publish_rule import missing_strings
from offers.models import OfferPage
from tests.factories import (
    OfferIndexPageFactory,
    OfferPageFactory,
    english,
    translate,
)
from tests.public_forms import user_in

pytestmark = pytest.mark.django_db

ENGLISH = {
    "Workshop Barrierefreie Formulare": "Accessible forms workshop",
    "workshop-barrierefreie-formulare": "accessible-forms-workshop",
    "Praxisnah lernen mit regionalen Arbeitgebern.": "Hands-on learning with regional employers.",
}


@pytest.fixture
def german_offer():
    index = OfferIndexPageFactory()
    translate(index, {"Angebote": "Offers", "angebote": "offers"})
    return OfferPageFactory(
        parent=index,
        title="Workshop Barrierefreie Formulare",
        slug="workshop-barrierefreie-formulare",
    )


def english_strings(translation, strings: dict[str, str]) -> None:
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    ):
        if segment.string.data in strings:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=english(),
                context=segment.context,
                defaults={"data": strings[segment.string.data]},
            )


def test_translate_this_page_leaves_english_unchanged_until_translated_and_approved(
    client, german_offer, django_capture_on_commit_callbacks
):
    moderator = user_in("Moderation")
    client.force_login(moderator)
    before = client.get("/en/offers/").text

    client.post(f"/admin/localize/submit/page/{german_offer.pk}/", {"locales": [english().pk]})

    draft = german_offer.get_translation(english())
    assert not draft.live
    client.logout()
    assert client.get("/en/offers/").text == before
    assert "/en/offers/workshop-barrierefreie-formulare/" not in client.get("/sitemap.xml").text
    assert client.get("/en/offers/workshop-barrierefreie-formulare/").status_code == 404
    assert "Barrierefreie" not in client.get("/en/offers/feed/").text
    assert client.get("/api/v2/pages/?locale=en&type=offers.OfferPage").json()["items"] == []

    # Half translated: "Publish" in the translation editor is refused.
    translation = Translation.objects.get(
        source__object_id=german_offer.translation_key, target_locale=english()
    )
    english_strings(translation, {"Workshop Barrierefreie Formulare": "Accessible forms workshop"})
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        refused = client.post(f"/admin/pages/{draft.pk}/edit/", {"action": "publish"}, follow=True)
    assert "Nicht veröffentlicht: 2 Texte sind noch nicht übersetzt" in refused.text
    assert not Page.objects.get(pk=draft.pk).live

    # Fully translated and approved: live under its English slug.
    english_strings(translation, ENGLISH)
    # wagtail-localize publishes on commit; the test's transaction never commits.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/pages/{draft.pk}/edit/", {"action": "publish"})
    client.logout()
    live = Page.objects.get(pk=draft.pk)
    assert live.live and live.url == "/en/offers/accessible-forms-workshop/"
    listing = client.get("/en/offers/").text
    assert "Accessible forms workshop" in listing and "Barrierefreie" not in listing
    assert "Accessible forms workshop" in client.get("/en/offers/feed/").text


def test_an_editor_cannot_publish_a_translation(client, german_offer):
    translate(german_offer, ENGLISH)  # test helper: translated and published
    editor = user_in("Redaktion")
    english_offer = german_offer.get_translation(english())
    assert not english_offer.permissions_for_user(editor).can_publish()
    assert english_offer.permissions_for_user(editor).can_edit()


NEW_GERMAN = "Jetzt mit Übungen am eigenen Laptop."
NEW_ENGLISH = {NEW_GERMAN: "Now with exercises on your laptop."}


def change_german_teaser(german_offer) -> None:
    german_offer.teaser = NEW_GERMAN
    german_offer.save_revision().publish()


def update_translations(client, german_page, user, publish: bool) -> Translation:
    """ "Update translations" in the admin, as `user`, with or without "Publish immediately"."""
    source = TranslationSource.objects.get(object_id=german_page.translation_key)
    client.force_login(user)
    data = {"publish_translations": "on"} if publish else {}
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(f"/admin/localize/update/{source.pk}/", data)
    assert response.status_code == 302
    client.logout()
    return Translation.objects.get(source=source, target_locale=english())


@pytest.mark.parametrize("publish", [True, False], ids=["publish-immediately", "update-only"])
def test_update_translations_keeps_the_live_english_page_and_drafts_the_change(
    client, german_offer, publish
):
    english_offer = translate(german_offer, ENGLISH)
    url = "/en/offers/accessible-forms-workshop/"
    before = client.get(url).text
    assert "Hands-on learning with regional employers." in before
    moderator = user_in("Moderation")

    change_german_teaser(german_offer)
    translation = update_translations(client, german_offer, moderator, publish)

    # /en/ is as it was: no German text, the English teaser still there.
    assert client.get(url).text == before
    assert "Laptop" not in client.get("/en/offers/").text
    assert "Laptop" not in client.get("/en/offers/feed/").text
    api = client.get(f"/api/v2/pages/{english_offer.pk}/").json()
    assert api["teaser"] == "Hands-on learning with regional employers."
    live = OfferPage.objects.get(pk=english_offer.pk)
    assert live.live and live.teaser == "Hands-on learning with regional employers."
    # The change waits for its translation; "Publish immediately" leaves it in a draft.
    assert missing_strings(live) == 1
    if publish:
        assert live.has_unpublished_changes
        assert live.get_latest_revision_as_object().teaser == NEW_GERMAN

    # Translated, then published by a moderator in the translation editor: live in English.
    english_strings(translation, NEW_ENGLISH)
    client.force_login(moderator)
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(f"/admin/pages/{live.pk}/edit/", {"action": "publish"})
    client.logout()
    assert "Now with exercises on your laptop." in client.get(url).text
    assert not OfferPage.objects.get(pk=live.pk).has_unpublished_changes


def test_an_editor_cannot_publish_through_update_translations_even_when_translated(
    client, german_offer
):
    english_offer = translate(german_offer, ENGLISH)
    change_german_teaser(german_offer)
    translation = update_translations(client, german_offer, user_in("Moderation"), publish=False)
    english_strings(translation, NEW_ENGLISH)

    update_translations(client, german_offer, user_in("Redaktion"), publish=True)

    live = OfferPage.objects.get(pk=english_offer.pk)
    assert live.teaser == "Hands-on learning with regional employers."
    assert live.get_latest_revision_as_object().teaser == "Now with exercises on your laptop."


def test_a_moderator_publishes_a_fully_translated_update_at_once(client, german_offer):
    english_offer = translate(german_offer, ENGLISH)
    change_german_teaser(german_offer)
    moderator = user_in("Moderation")
    translation = update_translations(client, german_offer, moderator, publish=False)
    english_strings(translation, NEW_ENGLISH)

    update_translations(client, german_offer, moderator, publish=True)

    assert OfferPage.objects.get(pk=english_offer.pk).teaser == "Now with exercises on your laptop."


def test_the_update_page_says_what_publish_immediately_does(client, german_offer):
    translate(german_offer, ENGLISH)
    source = TranslationSource.objects.get(object_id=german_offer.translation_key)
    client.force_login(user_in("Moderation"))

    page = client.get(f"/admin/localize/update/{source.pk}/").text

    assert "Sonst bleibt die veröffentlichte Seite, wie sie ist" in page
    assert "original language until translated" not in page
