"""The portal in a real browser: Debian's Chromium driven by Playwright, checked with axe-core."""

import os
import shutil
from urllib.parse import urlparse

import pytest

from django.db import DEFAULT_DB_ALIAS, connections

from home.models import NavigationItem, NavigationMenu
from offers.choices import Format, OfferType
from tests import factories
from tests.browser.helpers import watch

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser(django_db_setup):
    if not shutil.which(CHROMIUM):
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{CHROMIUM} is required in CI for the browser tests.", pytrace=False)
        pytest.skip(f"no browser at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread; Django would take
    # the test's own database calls for calls from async code.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    # Django's connections are context-local and Playwright runs the test in a new context:
    # hand the database contents saved after migrating (for serialized rollback) over to it.
    saved = getattr(connections[DEFAULT_DB_ALIAS], "_test_serialized_contents", None)
    with sync_playwright() as playwright:
        if saved is not None:
            connections[DEFAULT_DB_ALIAS]._test_serialized_contents = saved
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def visit(browser, live_server):
    """Open a path of the live portal; collects every request the page makes."""
    contexts = []

    def open_page(path: str, width: int = 1280, **context_options):
        context = browser.new_context(viewport={"width": width, "height": 900}, **context_options)
        contexts.append(context)
        page = context.new_page()
        watch(page)
        page.requested_hosts = set()
        page.on("request", lambda request: page.requested_hosts.add(urlparse(request.url).netloc))
        page.goto(f"{live_server.url}{path}")
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def content():
    partner = factories.PartnerPageFactory(title="Weserbyte GmbH")
    factories.OfferPageFactory(title="Cloud-Workshop", partner=partner)
    factories.OfferPageFactory(title="Praktikum Data Science", offer_type=OfferType.INTERNSHIP)
    factories.ChallengePageFactory(title="Smarte Lagerlogistik", partner=partner)
    factories.ArticlePageFactory(title="Interview mit Weserbyte")
    return partner


# German source strings of the bilingual site and their English translations.
ENGLISH = {
    "Angebote": "Offers",
    "angebote": "offers",
    "Magazin": "Magazine",
    "magazin": "magazine",
    "Partner": "Partners",
    "partner": "partners",
    "Über uns": "About us",
    "ueber-uns": "about-us",
    "Cloud-Workshop in Hildesheim": "Cloud workshop in Hildesheim",
    "cloud-workshop-in-hildesheim": "cloud-workshop-in-hildesheim",
    "Praxisnah lernen mit regionalen Arbeitgebern.": "Hands-on learning with regional employers.",
}


@pytest.fixture
def site() -> dict[str, dict[str, str]]:
    """One live page of every public type, in German and English, with a main menu.

    Returns the paths by page type and language: ``site["offer"]["en"]``.
    """
    home = factories.german_home()
    partner = factories.PartnerPageFactory(title="Weserbyte GmbH", slug="weserbyte")
    offer = factories.OfferPageFactory(
        title="Cloud-Workshop in Hildesheim",
        slug="cloud-workshop-in-hildesheim",
        partner=partner,
        format=Format.ON_SITE,
        place=factories.place("hildesheim"),
    )
    factories.OfferPageFactory(
        title="Online-Sprechstunde", format=Format.ONLINE, place=factories.place("hannover")
    )
    factories.OfferPageFactory(
        title="Hackathon in Hameln", format=Format.ON_SITE, place=factories.place("hameln")
    )
    challenge = factories.ChallengePageFactory(title="Smarte Lagerlogistik", partner=partner)
    article = factories.ArticlePageFactory(title="Interview mit Weserbyte")
    standard = factories.StandardPageFactory(title="Über uns", slug="ueber-uns")
    menu = NavigationMenu(locale=home.locale, slot="main")
    menu.items = [
        NavigationItem(page=page)
        for page in (offer.get_parent(), challenge.get_parent(), partner.get_parent(), standard)
    ]
    menu.save()

    pages = {
        "home": home,
        "offers": offer.get_parent(),
        "challenges": challenge.get_parent(),
        "partners": partner.get_parent(),
        "magazine": article.get_parent(),
        "offer": offer,
        "challenge": challenge,
        "partner": partner,
        "article": article,
        "standard": standard,
    }
    paths = {}
    for kind, page in pages.items():  # parents first: an English child needs its parent
        english = factories.translate(page, ENGLISH)
        paths[kind] = {"de": page.specific.url, "en": english.specific.url}
    return paths
