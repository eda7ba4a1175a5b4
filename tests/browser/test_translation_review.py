"""The translation editor's review bar and the translation status board in Chromium, in German,
as an editor (Redaktion) and a moderator (Moderation)."""

from django.contrib.auth.models import Group, User
from django.test import TestCase

from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator

from tests import factories
from tests.browser.helpers import BROWSER_TEST, csp_violations, journey_screenshot, watch

pytestmark = BROWSER_TEST

PASSWORD = "a-long-password-1"


def person(group: str) -> User:
    user = User.objects.create_user(group.lower(), f"{group.lower()}@proxlab.example", PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    return user


def signed_in(browser, live_server, user: User):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    watch(page)
    page.goto(f"{live_server.url}/admin/login/")
    page.locator("#id_username").fill(user.username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    return context, page


def test_an_editor_hands_a_translation_over_and_a_moderator_approves_it(browser, live_server):
    index = factories.OfferIndexPageFactory()
    factories.translate(index, {"Angebote": "Offers", "angebote": "offers"})
    german = factories.OfferPageFactory(parent=index, title="Workshop Git")
    with TestCase.captureOnCommitCallbacks(execute=True):
        TranslationCreator(None, [factories.english()]).create_translations(german)
    english_page = german.get_translation(factories.english())
    editor, moderator = person("Redaktion"), person("Moderation")

    context, page = signed_in(browser, live_server, editor)
    page.goto(f"{live_server.url}/admin/pages/{english_page.pk}/edit/")
    page.wait_for_load_state("networkidle")
    journey_screenshot(page, "translation-editor-redaktion")
    page.get_by_role("button", name="Zur Prüfung einreichen").click()
    page.wait_for_load_state("networkidle")
    refusal = page.locator(".messages").inner_text()
    assert "Nicht eingereicht" in refusal and "Reiter „Inhalt“" in refusal
    journey_screenshot(page, "translation-editor-refused")

    translation = Translation.objects.get(source__object_id=german.translation_key)
    for segment in StringSegment.objects.filter(source=translation.source):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=factories.english(),
            context=segment.context,
            data=f"en {segment.string.data}",
        )
    page.get_by_role("button", name="Zur Prüfung einreichen").click()
    page.wait_for_load_state("networkidle")
    assert "zur Prüfung eingereicht" in page.locator(".messages").inner_text()
    page.goto(f"{live_server.url}/admin/translations/?section={index.pk}")
    assert page.get_by_role("link", name="Workshop Git").count() == 1
    journey_screenshot(page, "translation-board-redaktion")
    assert csp_violations(page) == []
    context.close()

    context, page = signed_in(browser, live_server, moderator)
    journey_screenshot(page, "dashboard-moderation")
    assert "Übersetzungsstand" in page.content()
    page.goto(f"{live_server.url}/admin/translations/")
    assert page.get_by_role("link", name="Workshop Git").count() == 1
    journey_screenshot(page, "translation-board-moderation")
    page.goto(f"{live_server.url}/admin/pages/{english_page.pk}/edit/")
    page.wait_for_load_state("networkidle")
    journey_screenshot(page, "translation-editor-moderation")
    page.get_by_role("button", name="Freigeben und veröffentlichen").click()
    page.wait_for_load_state("networkidle")
    english_page.refresh_from_db()
    assert english_page.live
    assert csp_violations(page) == []
    assert [m for m in page.console_messages if "Uncaught" in m] == []
    context.close()
