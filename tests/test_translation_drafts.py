"""'Translate this page' makes a draft: /en/ is unchanged until the English text is translated
and approved, and the page then lives under an English slug."""

import pytest

from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from tests.factories import OfferIndexPageFactory, OfferPageFactory, english, translate
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

    # Half translated: "Publish" in the translation editor is refused.
    translation = Translation.objects.get(
        source__object_id=german_offer.translation_key, target_locale=english()
    )
    english_strings(translation, {"Workshop Barrierefreie Formulare": "Accessible forms workshop"})
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        refused = client.post(f"/admin/pages/{draft.pk}/edit/", {"action": "publish"}, follow=True)
    assert "Übersetzen Sie alle Texte vor dem Veröffentlichen" in refused.text
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


def test_an_editor_cannot_publish_a_translation(client, german_offer):
    translate(german_offer, ENGLISH)  # test helper: translated and published
    editor = user_in("Redaktion")
    english_offer = german_offer.get_translation(english())
    assert not english_offer.permissions_for_user(editor).can_publish()
    assert english_offer.permissions_for_user(editor).can_edit()
