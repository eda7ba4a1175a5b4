"""wagtail-localize as staff meet it in the German admin: "Update translations" says what went
live and what did not (and why), and its screens speak German."""

import pytest

from django.test import TestCase

from wagtail_localize.models import Translation, TranslationSource

from offers.models import OfferPage
from tests.factories import OfferIndexPageFactory, OfferPageFactory, english, translate
from tests.public_forms import user_in
from tests.test_translation_drafts import ENGLISH, NEW_ENGLISH, NEW_GERMAN, english_strings

pytestmark = pytest.mark.django_db


@pytest.fixture
def german_offer():
    index = OfferIndexPageFactory()
    translate(index, {"Angebote": "Offers", "angebote": "offers"})
    offer = OfferPageFactory(
        parent=index,
        title="Workshop Barrierefreie Formulare",
        slug="workshop-barrierefreie-formulare",
    )
    translate(offer, ENGLISH)
    offer.teaser = NEW_GERMAN
    offer.save_revision().publish()
    return offer


def update_translations(client, page, user, publish: bool = True) -> str:
    """ "Update translations" as `user`; the admin page it leads to, with its message."""
    source = TranslationSource.objects.get(object_id=page.translation_key)
    client.force_login(user)
    data = {"publish_translations": "on"} if publish else {}
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(f"/admin/localize/update/{source.pk}/", data, follow=True)
    assert response.status_code == 200
    return response.text


def english_offer(german_offer) -> OfferPage:
    return OfferPage.objects.get(translation_key=german_offer.translation_key, locale=english())


def translate_the_change(client, german_offer, moderator) -> None:
    """The new German text reaches the translation editor, where it is translated."""
    update_translations(client, german_offer, moderator, publish=False)
    translation = Translation.objects.get(
        source__object_id=german_offer.translation_key, target_locale=english()
    )
    english_strings(translation, NEW_ENGLISH)


@pytest.mark.parametrize("role", ["Redaktion", "Moderation"])
def test_update_with_german_text_left_says_it_was_not_published_and_why(client, german_offer, role):
    page = update_translations(client, german_offer, user_in(role))

    assert "erfolgreich" not in page
    assert "Englisch: als Entwurf gespeichert." in page
    assert "Nicht veröffentlicht: 1 Text ist noch nicht übersetzt: Anreißer" in page
    assert english_offer(german_offer).teaser == "Hands-on learning with regional employers."


def test_an_editors_update_says_only_moderators_publish(client, german_offer):
    translate_the_change(client, german_offer, user_in("Moderation"))

    page = update_translations(client, german_offer, user_in("Redaktion"))

    assert "Englisch: als Entwurf gespeichert." in page
    assert "Nur die Moderation kann diese Übersetzung veröffentlichen." in page
    assert english_offer(german_offer).teaser != NEW_ENGLISH[NEW_GERMAN]


def test_an_update_the_rule_refuses_after_saving_names_the_refusal(client, german_offer):
    moderator = user_in("Moderation")
    translate_the_change(client, german_offer, moderator)
    english_offer(german_offer).get_parent().specific.unpublish()

    page = update_translations(client, german_offer, moderator)

    assert "erfolgreich" not in page
    assert "Englisch: als Entwurf gespeichert." in page
    assert "Übersetzen und veröffentlichen Sie zuerst die übergeordnete Seite" in page
    assert english_offer(german_offer).teaser != NEW_ENGLISH[NEW_GERMAN]


def test_a_fully_translated_update_says_it_was_published(client, german_offer):
    moderator = user_in("Moderation")
    translate_the_change(client, german_offer, moderator)

    page = update_translations(client, german_offer, moderator)

    assert "Veröffentlicht: Englisch." in page
    assert "als Entwurf" not in page
    assert english_offer(german_offer).teaser == NEW_ENGLISH[NEW_GERMAN]


def test_an_update_without_publishing_says_what_is_left_to_translate(client, german_offer):
    page = update_translations(client, german_offer, user_in("Moderation"), publish=False)

    assert "erfolgreich" not in page
    assert "Englisch: bereit zum Übersetzen, nicht veröffentlicht." in page
    assert "1 Text ist noch nicht übersetzt: Anreißer" in page


# What the German admin showed in English or in wagtail-localize's unidiomatic German, and what
# it says now.
FORMER = ["PO Datei", "Synchronisiere", "Wähle einen", "Zurückgehen", "Wende Editor-Sperre"]


def test_the_translate_dialog_speaks_german(client):
    offer = OfferPageFactory()
    client.force_login(user_in("Redaktion"))

    page = client.get(f"/admin/localize/submit/page/{offer.pk}/").text

    assert "Sprachen" in page and "Zurück" in page
    assert ">Locale" not in page and "Zurückgehen" not in page


def test_the_update_dialog_speaks_german(client, german_offer):
    source = TranslationSource.objects.get(object_id=german_offer.translation_key)
    client.force_login(user_in("Moderation"))

    page = client.get(f"/admin/localize/update/{source.pk}/").text

    assert "Zuletzt synchronisiert am" in page
    assert "Das letzte Datum der Synchronisation" not in page and "Zurückgehen" not in page


def test_the_translation_editor_speaks_german(client, german_offer):
    client.force_login(user_in("Redaktion"))

    page = client.get(f"/admin/pages/{english_offer(german_offer).pk}/edit/").text
    scripts = client.get("/admin/localize/jsi18n/").text

    assert "Übersetzte Seiten synchronisieren" not in page  # a translation has nothing to sync
    assert not [former for former in FORMER if former in page + scripts]
    # The editor's toolbar and status texts (the catalogue escapes umlauts).
    assert '"Download PO file": "PO-Datei herunterladen"' in scripts
    assert '"Applying editor lock": "Bearbeitungssperre wird gesetzt"' in scripts


def test_the_pages_menu_offers_synchronising_in_german(client, german_offer):
    client.force_login(user_in("Moderation"))

    page = client.get(f"/admin/pages/{german_offer.pk}/edit/").text

    assert "Übersetzte Seiten synchronisieren" in page
    assert "Synchronisiere übersetzte Seiten" not in page
