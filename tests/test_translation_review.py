"""An editor hands a finished translation to a moderator from the translation editor.

Driven through the real admin views as Redaktion and Moderation: the refusal names each missing
string with its field and tab, moderators are mailed in their own admin language, and the
English page is public only after a moderator approves it.
"""

import pytest

from django.core import mail
from django.test import Client

from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from tests.factories import OfferIndexPageFactory, OfferPageFactory, english, translate
from tests.public_forms import user_in

pytestmark = pytest.mark.django_db

ENGLISH = {
    "Workshop Barrierefreie Formulare": "Accessible forms workshop",
    "workshop-barrierefreie-formulare": "accessible-forms-workshop",
    "Praxisnah lernen mit regionalen Arbeitgebern.": "Hands-on learning with regional employers.",
}
URL = "/en/offers/accessible-forms-workshop/"


@pytest.fixture
def english_draft(client, django_capture_on_commit_callbacks):
    index = OfferIndexPageFactory()
    translate(index, {"Angebote": "Offers", "angebote": "offers"})
    german = OfferPageFactory(
        parent=index,
        title="Workshop Barrierefreie Formulare",
        slug="workshop-barrierefreie-formulare",
    )
    client.force_login(user_in("Redaktion"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/localize/submit/page/{german.pk}/", {"locales": [english().pk]})
    return german.get_translation(english())


def translation_of(page) -> Translation:
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=english())


def translate_strings(page, strings: dict[str, str]) -> None:
    translation = translation_of(page)
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


def submit(client, page):
    return client.post(
        f"/admin/translations/{translation_of(page).pk}/submit/", follow=True
    ).content.decode()


def test_the_translation_editor_offers_editors_to_submit_for_review(client, english_draft):
    editor_page = client.get(f"/admin/pages/{english_draft.pk}/edit/").content.decode()
    assert "Zur Prüfung einreichen" in editor_page
    assert "Texte sind noch unübersetzt" in editor_page


def test_a_half_translated_page_is_refused_naming_each_missing_string_field_and_tab(
    client, english_draft
):
    translate_strings(
        english_draft,
        {"Workshop Barrierefreie Formulare": ENGLISH["Workshop Barrierefreie Formulare"]},
    )
    answer = submit(client, english_draft)
    assert "Nicht eingereicht" in answer
    assert "„Praxisnah lernen mit regionalen Arbeitgebern.“ (Feld „Anreißer“, Reiter „Inhalt“)" in (
        answer
    )
    assert "„workshop-barrierefreie-formulare“ (Feld „Kurztitel“, Reiter „Veröffentlichung“)" in (
        answer
    )
    assert not Page.objects.get(pk=english_draft.pk).workflow_in_progress
    assert mail.outbox == []


def test_a_submitted_translation_reaches_moderators_in_their_language_and_goes_live_on_approval(
    client, english_draft, django_capture_on_commit_callbacks
):
    german_moderator = user_in("Moderation", "moderation-de")
    english_moderator = user_in("Moderation", "moderation-en")
    UserProfile.objects.filter(user=english_moderator).update(preferred_language="en")
    translate_strings(english_draft, ENGLISH)

    answer = submit(client, english_draft)
    assert "zur Prüfung eingereicht" in answer
    page = Page.objects.get(pk=english_draft.pk)
    assert page.workflow_in_progress and not page.live
    assert Client().get(URL).status_code == 404
    to_german = [m for m in mail.outbox if german_moderator.email in m.to]
    to_english = [m for m in mail.outbox if english_moderator.email in m.to]
    assert to_german and "eingereicht" in to_german[0].subject + to_german[0].body
    assert to_english and "submitted" in (to_english[0].subject + to_english[0].body).lower()
    assert "eingereicht" not in to_english[0].subject + to_english[0].body

    # A second click does not start a second review.
    assert "wartet bereits auf Prüfung" in submit(client, english_draft)

    client.force_login(german_moderator)
    editor_page = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Freigeben und veröffentlichen" in editor_page
    task_state = page.current_workflow_task_state
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {})
    visitor = Client().get(URL)
    assert visitor.status_code == 200
    assert "Hands-on learning with regional employers." in visitor.content.decode()
    assert "Praxisnah" not in visitor.content.decode()


def test_a_menu_translation_is_submitted_and_goes_live_on_the_english_site_when_approved(
    client, django_capture_on_commit_callbacks
):
    from wagtail_localize.operations import TranslationCreator

    from home.models import NavigationItem, NavigationMenu
    from tests.factories import german_home

    offers = OfferIndexPageFactory()
    translate(offers, {"Angebote": "Offers", "angebote": "offers"})
    menu = NavigationMenu(locale=german_home().locale, slot="main")
    menu.items = [NavigationItem(page=offers, label="Alle Angebote", locale=menu.locale)]
    menu.save()
    with django_capture_on_commit_callbacks(execute=True):
        TranslationCreator(None, [english()]).create_translations(menu)
    english_menu = NavigationMenu.objects.get(locale=english())
    assert not english_menu.live
    translate_strings(menu, {"Alle Angebote": "Every offer"})

    client.force_login(user_in("Redaktion"))
    assert "zur Prüfung eingereicht" in submit(client, english_menu)
    english_menu.refresh_from_db()
    assert english_menu.workflow_in_progress and not english_menu.live
    assert "Every offer" not in Client().get("/en/").content.decode()

    client.force_login(user_in("Moderation"))
    task_state = english_menu.current_workflow_task_state
    client.post(
        f"/admin/snippets/home/navigationmenu/workflow/action/{english_menu.pk}/approve/"
        f"{task_state.pk}/",
        {},
    )
    english_site = Client().get("/en/").content.decode()
    assert "Every offer" in english_site and "Alle Angebote" not in english_site
