"""Listings work without JavaScript; the skip link comes first."""

from tests.browser.helpers import BROWSER_TEST

pytestmark = BROWSER_TEST


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
