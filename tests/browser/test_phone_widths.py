"""On a phone 390 px wide, no public form and no search page is wider than the screen, in
either language: nothing to scroll sideways, no field cut off."""

import pytest

from django.utils import timezone

from offers.models import TeammateNote
from tests.browser.helpers import BROWSER_TEST, journey_screenshot

pytestmark = BROWSER_TEST

PHONE = 390


@pytest.fixture
def form_paths(site) -> dict[str, str]:
    """Every public form and the search page, by name and language."""
    from offers.models import ChallengePage

    challenge = ChallengePage.objects.get(title="Smarte Lagerlogistik", locale__language_code="de")
    note, _token = TeammateNote.new(
        "phone-note",
        challenge=challenge,
        contact_name="Lena",
        email="lena@student.example",
        study_programme="Wirtschaftsinformatik mit Schwerpunkt Datenbanksysteme",
        looking_for="Zwei Leute fürs Backend",
        language="de",
        confirmed_at=timezone.now(),
    )
    note.save()
    pk = challenge.pk
    return {
        "submit-de": "/de/angebot-einreichen/",
        "submit-en": "/en/submit-offer/",
        "apply-de": f"/de/challenges/{pk}/bewerben/",
        "apply-en": f"/en/challenges/{pk}/apply/",
        "note-de": f"/de/challenges/{pk}/mitstreiter/",
        "note-en": f"/en/challenges/{pk}/teammates/",
        "relay-de": f"/de/challenges/{pk}/mitstreiter/{note.pk}/",
        "relay-en": f"/en/challenges/{pk}/teammates/{note.pk}/",
        "search-de": "/de/suche/?q=Werkstudierendenstelle",
        "search-en": "/en/search/?q=workshop",
        "offers-de": site["offers"]["de"],
        "offers-en": site["offers"]["en"],
        "challenge-de": site["challenge"]["de"],
        "challenge-en": site["challenge"]["en"],
    }


def test_no_public_form_or_search_page_is_wider_than_a_phone(visit, form_paths):
    too_wide = {}
    for name, path in form_paths.items():
        page = visit(path, width=PHONE)
        assert page.locator("main").count() == 1, name
        widths = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        journey_screenshot(page, f"phone-{name}")
        if widths[0] > widths[1]:
            wide = page.evaluate(
                """() => [...document.querySelectorAll('main *')]
                    .filter(e => e.getBoundingClientRect().right > innerWidth + 0.5)
                    .slice(0, 3).map(e => e.tagName + '.' + e.className)"""
            )
            too_wide[name] = (widths, wide)

    assert too_wide == {}
