"""axe-core on what visitors fill in and come back to: the search with facets and with the
autocomplete open, every public form with its errors shown, and the status pages; in German and
English, at desk and phone width. WCAG 2.1 A and AA, every impact."""

import pytest

from django.urls import reverse
from django.utils import translation

from offers.choices import Format, OfferType
from offers.models import TeammateNote
from search.documents import LANGUAGES
from search.indexing import rebuild
from tests import factories
from tests.browser.helpers import BROWSER_TEST, csp_violations, watch
from tests.browser.test_public_pages import axe_violations
from tests.public_forms import offer_form_data, team_form_data

pytestmark = BROWSER_TEST

WIDTHS = (1280, 390)


@pytest.fixture
def challenge():
    """An open challenge in German and English with one confirmed teammate note."""
    factories.translate(factories.german_home())
    factories.translate(factories.OfferIndexPageFactory(), {"angebote": "offers"})
    factories.PartnerIndexPageFactory()
    challenge = factories.ChallengePageFactory(
        title="Smarte Lagerlogistik", team_size_min=2, team_size_max=3
    )
    factories.translate(challenge.get_parent())
    english = factories.translate(challenge, {"Smarte Lagerlogistik": "Smart warehouses"})
    note, _token = TeammateNote.new(
        "a11y-note",
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
    return {"de": challenge, "en": english, "note": note}


@pytest.fixture
def forms_open(settings):
    settings.PUBLIC_FORMS_MIN_FILL_SECONDS = 0
    settings.PUBLIC_FORMS_RATE_LIMIT = 1000


def form_urls(challenge, language: str) -> dict[str, str]:
    page = challenge[language]
    with translation.override(language):
        return {
            "offer submission": reverse("submit_offer"),
            "team application": reverse("team_application", args=[page.pk]),
            "teammate note": reverse("teammate_note", args=[page.pk]),
            "relay": reverse("teammate_message", args=[page.pk, challenge["note"].pk]),
        }


def axe_at_each_width(page, name: str, violations: dict) -> None:
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        if found := axe_violations(page):
            violations[f"{name} {width}px"] = found


def test_every_public_form_with_its_errors_shown_passes_axe(
    browser, live_server, challenge, forms_open
):
    context = browser.new_context()
    page = context.new_page()
    watch(page)
    violations, without_errors = {}, []
    for language in ("de", "en"):
        for name, path in form_urls(challenge, language).items():
            page.goto(f"{live_server.url}{path}")
            page.locator("main form[method=post] [type=submit]").first.click()
            page.wait_for_load_state()
            if page.locator(".field-error").count() == 0:
                without_errors.append(f"{name} ({language})")
            axe_at_each_width(page, f"{name} ({language})", violations)

    assert without_errors == []
    assert violations == {}
    assert csp_violations(page) == []
    context.close()


def test_status_pages_pass_axe(browser, live_server, client, challenge, forms_open):
    status_pages = {}
    for language in ("de", "en"):
        urls = form_urls(challenge, language)
        place = factories.place("hildesheim", language)
        sent = client.post(urls["offer submission"], offer_form_data(place=str(place.pk)))
        status_pages[f"submission status ({language})"] = sent["Location"]
        applied = client.post(urls["team application"], team_form_data(members=2))
        status_pages[f"team application status ({language})"] = applied["Location"]
    assert all("/status/" in url for url in status_pages.values()), status_pages

    context = browser.new_context()
    page = context.new_page()
    violations = {}
    for name, path in status_pages.items():
        page.goto(f"{live_server.url}{path}")
        assert page.get_by_role("status").is_visible(), name
        axe_at_each_width(page, name, violations)

    assert violations == {}
    context.close()


@pytest.mark.elasticsearch
def test_search_with_facets_and_with_the_autocomplete_open_passes_axe(
    browser, live_server, elasticsearch
):
    factories.translate(factories.german_home())
    factories.translate(factories.OfferIndexPageFactory(), {"angebote": "offers"})
    for number, where in enumerate((Format.ONLINE, Format.ON_SITE, Format.ONLINE), start=1):
        offer = factories.OfferPageFactory(
            title=f"Kubernetes im Betrieb, Teil {number}",
            offer_type=OfferType.WORKSHOP,
            format=where,
            place=factories.place("hildesheim"),
        )
        factories.translate(offer, {offer.title: f"Kubernetes in production, part {number}"})
    factories.ChallengePageFactory(title="Kubernetes-Challenge")
    for language in LANGUAGES:
        rebuild(elasticsearch, language)

    context = browser.new_context()
    page = context.new_page()
    watch(page)
    violations = {}
    for language in ("de", "en"):
        with translation.override(language):
            search = reverse("search")
        page.goto(f"{live_server.url}{search}?q=Kubernetes&content_type=offer&format=online")
        assert page.locator(".search-hit").count() == 2
        assert page.locator(".active-filters .chip").count() == 2
        axe_at_each_width(page, f"search with facets ({language})", violations)

        page.set_viewport_size({"width": 1280, "height": 900})
        box = page.locator("#site-search")
        box.fill("Kube")
        page.wait_for_function(
            "() => document.querySelectorAll('#site-search-suggestions [role=option]').length > 0"
        )
        box.focus()
        axe_at_each_width(page, f"search with the autocomplete open ({language})", violations)

    assert violations == {}
    assert csp_violations(page) == []
    context.close()
