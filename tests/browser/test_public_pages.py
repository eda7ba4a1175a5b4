"""Every public page type in both languages: own origin only, strict CSP, no cookie, axe-clean."""

import pytest

from tests.browser.helpers import BROWSER_TEST, csp_violations, foreign_requests, watch

pytestmark = BROWSER_TEST

ERROR_PAGES = {
    "400": "fehler/400/",
    "403": "fehler/403/",
    "404": "gibt-es-nicht/",
    "429": "fehler/429/",
    "500": "fehler/500/",
}
# WCAG 2.1 level A and AA, every impact.
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture
def error_pages(settings):
    """The portal's URLs plus views that fail on purpose (tests/error_urls.py)."""
    settings.ROOT_URLCONF = "tests.error_urls"
    return {
        name: {language: f"/{language}/{path}" for language in ("de", "en")}
        for name, path in ERROR_PAGES.items()
    }


def every_page(site, error_pages):
    for kind, paths in {**site, **error_pages}.items():
        for language, path in paths.items():
            yield f"{kind} ({language})", path


def show_csrf_failure(page, language: str) -> None:
    """Send a form without its CSRF token, as a form left open too long would be."""
    with page.expect_navigation():
        page.evaluate(
            """language => {
                const form = document.createElement("form");
                form.method = "post";
                form.action = `/${language}/formular/`;
                document.body.append(form);
                setTimeout(() => form.submit());
            }""",
            language,
        )


def test_every_public_page_loads_only_from_the_portal_without_csp_violation_or_cookie(
    browser, live_server, site, error_pages
):
    context = browser.new_context()
    page = context.new_page()
    watch(page)
    problems = {}
    for name, path in every_page(site, error_pages):
        page.console_messages.clear()
        page.goto(f"{live_server.url}{path}", wait_until="networkidle")
        found = {
            "csp": csp_violations(page),
            "foreign": foreign_requests(page, live_server),
            "h1": page.locator("h1").count() != 1,
        }
        if any(found.values()):
            problems[name] = found
    show_csrf_failure(page, "de")

    assert page.locator("h1").inner_text() == "Formular abgelaufen"
    assert problems == {}
    assert csp_violations(page) == []
    assert context.cookies() == []
    assert all(url.startswith(live_server.url) for url in page.requested_urls)
    context.close()


def axe_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}})
    return [
        f"{v['id']} ({v['impact']}): {', '.join(str(n['target']) for n in v['nodes'][:3])}"
        for v in result.response["violations"]
    ]


def test_every_public_page_passes_axe_in_both_languages_and_widths(
    browser, live_server, site, error_pages
):
    context = browser.new_context()
    page = context.new_page()
    violations = {}
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        for name, path in every_page(site, error_pages):
            page.goto(f"{live_server.url}{path}")
            if found := axe_violations(page):
                violations[f"{name} {width}px"] = found
        for language in ("de", "en"):
            page.goto(f"{live_server.url}/{language}/")
            show_csrf_failure(page, language)
            if found := axe_violations(page):
                violations[f"csrf ({language}) {width}px"] = found

    assert violations == {}
    context.close()
