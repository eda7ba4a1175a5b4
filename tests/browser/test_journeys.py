"""Journeys through the portal as visitors make them; each leaves its last step as a screenshot."""

from pathlib import Path

import pytest

from tests.browser.helpers import BROWSER_TEST, csp_violations, journey_screenshot, watch

pytestmark = BROWSER_TEST


def test_journey_1_a_student_finds_an_offer_saves_its_date_and_reads_it_in_english(
    browser, live_server, site
):
    context = browser.new_context(locale="de-DE", accept_downloads=True)
    page = context.new_page()
    watch(page)

    page.goto(f"{live_server.url}/")
    assert page.url == f"{live_server.url}/de/"

    page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name="Angebote"
    ).click()
    assert page.url == f"{live_server.url}{site['offers']['de']}"

    page.get_by_label("Vor Ort").check()
    page.get_by_label("Ort", exact=True).select_option(value="hildesheim")  # "Hildesheim (1)"
    page.get_by_role("button", name="Ergebnisse anzeigen").click()
    assert "format=on_site" in page.url
    assert "place=" in page.url
    titles = page.locator(".card__title").all_inner_texts()
    assert titles == ["Cloud-Workshop in Hildesheim"]

    page.get_by_role("link", name="Cloud-Workshop in Hildesheim").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Cloud-Workshop in Hildesheim"

    with page.expect_download() as download_info:
        page.get_by_role("link", name="In den Kalender eintragen").click()
    calendar = download_info.value
    assert calendar.suggested_filename.endswith(".ics")
    ics = Path(calendar.path()).read_text(encoding="utf-8")
    assert ics.startswith("BEGIN:VCALENDAR")
    assert "SUMMARY:Cloud-Workshop in Hildesheim" in ics

    page.get_by_role("navigation", name="Sprache").get_by_role("link", name="English").click()
    assert page.url == f"{live_server.url}{site['offer']['en']}"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "Cloud workshop in Hildesheim"
    assert csp_violations(page) == []

    journey_screenshot(page, "1-student-offer-in-english")
    context.close()


FOCUS_STYLE = """() => {
    const element = document.activeElement;
    const box = element.getBoundingClientRect();
    // The focus ring may be drawn by the element or by the card around it.
    let outlined = false;
    for (let node = element; node && node !== document.body; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) {
            outlined = true;
            break;
        }
    }
    return {
        outline: outlined,
        visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
        text: (element.labels?.[0]?.innerText || element.innerText || "").trim(),
        tag: element.tagName.toLowerCase(),
    };
}"""


def tab_to(page, text: str, limit: int = 40) -> dict:
    """Press Tab until the element named `text` has the focus; it must show that it has."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUS_STYLE)
        if focused["text"] == text:
            assert focused["visible"], f"{text} has the focus but is out of sight"
            assert focused["outline"], f"{text} has the focus but does not show it"
            return focused
    raise AssertionError(f"Tab never reached {text!r}")


@pytest.mark.parametrize("width", [1280, 390])
def test_journey_5_keyboard_only_skip_link_menu_and_filters(browser, live_server, site, width):
    context = browser.new_context(locale="de-DE", viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(f"{live_server.url}/de/")

    skip = tab_to(page, "Zum Inhalt springen", limit=1)
    assert skip["tag"] == "a"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    page.keyboard.press("Shift+Tab")  # back into the header, before the menu
    if width < 896:  # on a phone the navigation opens from its menu button
        tab_to(page, "Menü")
        page.keyboard.press("Enter")
    tab_to(page, "Angebote")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{site['offers']['de']}")

    if width < 960:  # on a phone the filters fold away behind their summary
        tab_to(page, "Filter")
        page.keyboard.press("Enter")
    # Each filter value shows its count: "Vor Ort (2)".
    tab_to(page, page.locator("label.check", has_text="Vor Ort").inner_text().strip())
    page.keyboard.press("Space")
    place = tab_to(page, "Ort")
    assert place["tag"] == "select"
    page.keyboard.type("Hildesheim")
    tab_to(page, "Ergebnisse anzeigen")
    page.keyboard.press("Enter")
    page.wait_for_url("**format=on_site**")

    assert page.locator(".card__title").all_inner_texts() == ["Cloud-Workshop in Hildesheim"]
    tab_to(page, "Cloud-Workshop in Hildesheim", limit=60)  # past the listing's search box
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{site['offer']['de']}")

    journey_screenshot(page, f"5-keyboard-only-{width}px")
    context.close()
