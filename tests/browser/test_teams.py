"""An open challenge in a real browser: the team form and the teammate notes, in both languages,
on a desk and on a phone; a team applies through the form."""

import pytest

from django.core import mail

from offers.models import TeamApplication, TeammateNote
from tests import factories
from tests.browser.helpers import BROWSER_TEST, csp_violations, foreign_requests
from tests.browser.test_public_pages import axe_violations

pytestmark = BROWSER_TEST


@pytest.fixture
def challenge():
    partner = factories.PartnerPageFactory(title="Weserbyte GmbH")
    challenge = factories.ChallengePageFactory(
        title="Smarte Lagerlogistik", partner=partner, team_size_min=2, team_size_max=3
    )
    english = factories.translate(challenge, {"Smarte Lagerlogistik": "Smart warehouses"})
    note, _token = TeammateNote.new(
        "browser-note",
        language="de",
        challenge=challenge,
        contact_name="Lena",
        email="lena@student.example",
        study_programme="Medieninformatik",
        topics="UX, Frontend",
        looking_for="Jemanden für das Backend.",
    )
    note.save()
    note.confirm()
    return challenge, english


@pytest.mark.parametrize(("language", "width"), [("de", 390), ("en", 1280), ("de", 1280)])
def test_an_open_challenge_shows_its_form_and_notes(visit, live_server, challenge, language, width):
    page_de, page_en = challenge
    page = visit(page_de.url if language == "de" else page_en.url, width)

    heading = {"de": "Als Team bewerben", "en": "Apply as a team"}[language]
    assert page.get_by_role("heading", name=heading).is_visible()
    assert page.get_by_role("link", name=heading).is_visible()
    note = page.locator(".teammate-note")
    assert note.count() == 1 and "Medieninformatik" in note.inner_text()
    assert "lena@student.example" not in page.content()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert foreign_requests(page, live_server) == []
    assert csp_violations(page) == []
    assert axe_violations(page) == []


@pytest.mark.parametrize("width", [390, 1280])
def test_a_team_applies_through_the_form_in_the_browser(
    visit, live_server, challenge, settings, width
):
    settings.PUBLIC_FORMS_MIN_FILL_SECONDS = 0
    page_de, _english = challenge
    page = visit(page_de.url, width)
    page.get_by_role("link", name="Als Team bewerben").click()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert axe_violations(page) == [] and csp_violations(page) == []

    page.locator("#id_team_name").fill("Die Lagerlotsen")
    page.get_by_role("textbox", name="Ansprechperson *", exact=True).fill("Jonas Weber")
    page.get_by_label("E-Mail der Ansprechperson").fill("jonas@student.example")
    page.get_by_label("Hochschule oder Schule").fill("HAWK Hildesheim")
    page.locator("#id_member_1_name").fill("Jonas Weber")
    page.locator("#id_member_1_programme").fill("Informatik")
    page.get_by_role("button", name="Bewerbung senden").click()
    # Refused with the reasons next to the fields; what was typed stays.
    assert page.locator("#id_member_2_name_error").is_visible()
    assert page.locator("#id_team_name").input_value() == "Die Lagerlotsen"

    page.locator("#id_member_2_name").fill("Aylin Demir")
    page.locator("#id_member_2_programme").fill("Wirtschaftsinformatik")
    page.get_by_label("Motivation").fill("Wir kennen Lager von innen.")
    page.get_by_text("Ich habe die Datenschutzerklärung gelesen").click()
    page.get_by_role("button", name="Bewerbung senden").click()

    assert page.get_by_role("heading", name="Status Ihrer Team-Bewerbung").is_visible()
    assert "/de/team-bewerbung/status/" in page.url
    application = TeamApplication.objects.get()
    assert application.team_name == "Die Lagerlotsen" and len(application.members) == 2
    assert any(message.to == ["jonas@student.example"] for message in mail.outbox)
