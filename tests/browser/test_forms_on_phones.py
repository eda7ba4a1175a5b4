"""The employer form and the team application on a phone and a desk, in German and English:
nothing runs off the screen, before or after a send with errors, and the error summary's
links lead to the fields. Screenshots land in test-artifacts/forms/ for reviewers."""

from pathlib import Path

import pytest

from tests import factories
from tests.browser.helpers import BROWSER_TEST

pytestmark = BROWSER_TEST

SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "forms"
CASES = [("de", 390), ("en", 390), ("de", 1280), ("en", 1280)]
SEND = {"de": "Angebot zur Prüfung senden", "en": "Send offer for review"}
APPLY = {"de": "Bewerbung senden", "en": "Send application"}


def shoot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def overflow(page) -> int:
    """How far the page is wider than the window (0: nothing runs off the screen)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


@pytest.fixture
def site():
    factories.german_home()
    factories.OfferIndexPageFactory()
    factories.PartnerIndexPageFactory()
    # A long organisation name: the select is as wide as its longest option.
    factories.PartnerPageFactory(title="Weserbergland Software- und Systemhaus Genossenschaft eG")
    challenge = factories.ChallengePageFactory(
        title="Smarte Lagerlogistik", team_size_min=2, team_size_max=3
    )
    english = factories.translate(challenge, {"Smarte Lagerlogistik": "Smart warehouses"})
    return {"de": challenge, "en": english}


@pytest.mark.parametrize(("language", "width"), CASES)
def test_the_employer_form_fits_and_its_errors_lead_to_the_fields(
    visit, site, settings, language, width
):
    settings.PUBLIC_FORMS_MIN_FILL_SECONDS = 0
    path = {"de": "/de/angebot-einreichen/", "en": "/en/submit-offer/"}[language]
    page = visit(path, width)
    shoot(page, f"employer-{language}-{width}")
    assert overflow(page) == 0

    page.get_by_role("button", name=SEND[language]).click()
    page.wait_for_selector("#form-errors")
    shoot(page, f"employer-{language}-{width}-errors")
    assert overflow(page) == 0
    summary = page.locator("#form-errors a")
    assert summary.count() >= 5
    page.locator("#form-errors a[href='#id_email']").click()
    assert page.evaluate("document.activeElement.id") == "id_email"
    described = page.locator("#id_email").get_attribute("aria-describedby").split()
    assert all(page.locator(f"#{ref}").count() == 1 for ref in described)


@pytest.mark.parametrize(("language", "width"), CASES)
def test_the_team_form_fits_on_a_phone_and_a_desk(visit, site, settings, language, width):
    settings.PUBLIC_FORMS_MIN_FILL_SECONDS = 0
    challenge = site[language]
    path = {"de": "/de/challenges/{}/bewerben/", "en": "/en/challenges/{}/apply/"}[language]
    page = visit(path.format(challenge.pk), width)
    shoot(page, f"team-{language}-{width}")
    assert overflow(page) == 0
    page.get_by_role("button", name=APPLY[language]).click()
    page.wait_for_selector("#form-errors")
    shoot(page, f"team-{language}-{width}-errors")
    assert overflow(page) == 0
