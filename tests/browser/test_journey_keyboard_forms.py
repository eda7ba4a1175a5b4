"""Journey 5, continued: with the keyboard alone a visitor searches with the autocomplete, opens
a challenge and writes to a teammate through the relay form; every stop shows its focus."""

import pytest

from offers.models import TeammateMessage, TeammateNote
from tests import factories
from tests.browser.helpers import BROWSER_TEST, csp_violations, journey_screenshot, watch
from tests.browser.test_journeys import FOCUS_STYLE, tab_to

pytestmark = BROWSER_TEST


@pytest.fixture
def open_challenge():
    factories.german_home()
    challenge = factories.ChallengePageFactory(title="Smarte Lagerlogistik")
    note, _token = TeammateNote.new(
        "keyboard-note",
        language="de",
        challenge=challenge,
        contact_name="Lena",
        email="lena@student.example",
        study_programme="Medieninformatik",
        looking_for="Jemanden für das Backend.",
    )
    note.save()
    note.confirm()
    return challenge


def tab_to_field(page, element_id: str, limit: int = 40) -> None:
    """Press Tab until the form field `element_id` has the focus; it must show that it has."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == element_id:
            focused = page.evaluate(FOCUS_STYLE)
            assert focused["visible"] and focused["outline"], f"#{element_id} hides its focus"
            return
    raise AssertionError(f"Tab never reached #{element_id}")


def test_journey_5_keyboard_only_search_with_autocomplete_and_a_form(
    browser, live_server, open_challenge, settings
):
    settings.PUBLIC_FORMS_MIN_FILL_SECONDS = 0
    context = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    watch(page)
    page.goto(f"{live_server.url}/de/")

    tab_to_field(page, "site-search")
    page.keyboard.type("Smarte Lag")
    page.wait_for_function(
        "() => [...document.querySelectorAll('#site-search-suggestions [role=option]')]"
        ".some(option => option.textContent === 'Smarte Lagerlogistik')"
    )
    page.keyboard.type("erlogistik")  # as the suggestion says
    page.keyboard.press("Enter")
    page.wait_for_url("**/de/suche/?q=Smarte+Lagerlogistik")

    tab_to(page, "Smarte Lagerlogistik", limit=80)  # past the facets
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{open_challenge.url}")
    tab_to(page, "Lena schreiben")
    page.keyboard.press("Enter")
    page.wait_for_url("**/mitstreiter/**")

    tab_to_field(page, "id_contact_name")
    page.keyboard.type("Tarek")
    tab_to_field(page, "id_email")
    page.keyboard.type("tarek@student.example")
    tab_to_field(page, "id_message")
    page.keyboard.type("Hallo Lena, ich mache gern das Backend.")
    tab_to_field(page, "id_consent")
    page.keyboard.press("Space")
    tab_to(page, "Nachricht senden")
    page.keyboard.press("Enter")

    page.wait_for_url("**/mitstreiter/**")
    assert page.get_by_role("heading", level=1).inner_text() == "Nachricht gesendet"
    message = TeammateMessage.objects.get()
    assert message.contact_name == "Tarek" and message.forwarded_at is not None
    assert csp_violations(page) == []

    journey_screenshot(page, "5-keyboard-only-search-and-form")
    context.close()
