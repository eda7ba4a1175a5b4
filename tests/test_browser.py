"""The portal in a real browser: Debian's Chromium driven by Playwright, checked with axe-core."""

import os
import shutil
from urllib.parse import urlparse

import pytest

from django.db import DEFAULT_DB_ALIAS, connections

from offers.choices import OfferType
from tests import factories

# Live server in another thread: committed data, restored (with the migrations' content) afterwards.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

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
    pages = []

    def open_page(path: str, width: int = 1280):
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.requested_hosts = set()
        page.on("request", lambda request: page.requested_hosts.add(urlparse(request.url).netloc))
        page.goto(f"{live_server.url}{path}")
        pages.append(page)
        return page

    yield open_page
    for page in pages:
        page.close()


@pytest.fixture
def content():
    partner = factories.PartnerPageFactory(title="Weserbyte GmbH")
    factories.OfferPageFactory(title="Cloud-Workshop", partner=partner)
    factories.OfferPageFactory(title="Praktikum Data Science", offer_type=OfferType.INTERNSHIP)
    factories.ChallengePageFactory(title="Smarte Lagerlogistik", partner=partner)
    factories.ArticlePageFactory(title="Interview mit Weserbyte")
    return partner


def _serious_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page).response["violations"]
    return [v["id"] for v in violations if v["impact"] in {"serious", "critical"}]


@pytest.mark.parametrize("path", ["/de/", "/de/angebote/", "/de/challenges/", "/de/magazin/"])
@pytest.mark.parametrize("width", [1280, 390])
def test_pages_load_only_from_the_portal_and_pass_axe(visit, live_server, content, path, width):
    page = visit(path, width)

    assert page.locator("h1").count() == 1
    assert page.requested_hosts == {urlparse(live_server.url).netloc}
    assert _serious_violations(page) == []


def test_filter_form_works_without_javascript(browser, live_server, content):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/de/angebote/")

    page.get_by_label("Praktikum").check()
    page.get_by_role("button", name="Ergebnisse anzeigen").click()

    assert "type=internship" in page.url
    assert page.locator("article h2, article h3").all_inner_texts() == ["Praktikum Data Science"]
    context.close()


def test_skip_link_is_the_first_stop_for_the_keyboard(visit, content):
    page = visit("/de/")

    page.keyboard.press("Tab")

    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
