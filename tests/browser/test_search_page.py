"""The search page in a real browser: on a phone the results come before the filters (one
closed "Filter" line), on a desktop the filters stand beside them; the page's own box suggests
titles and the keyboard alone opens the chosen one."""

import pytest

from offers.choices import Format
from tests import factories
from tests.browser.helpers import BROWSER_TEST, csp_violations, journey_screenshot

pytestmark = BROWSER_TEST


@pytest.fixture
def cloud_offers():
    factories.german_home()
    for number in range(1, 4):
        factories.OfferPageFactory(title=f"Cloud Workshop {number}", format=Format.ONLINE)
    return factories.ChallengePageFactory(title="Smarte Lagerlogistik")


def test_phone_shows_results_first_and_the_box_opens_a_suggestion(visit, cloud_offers):
    phone = visit("/de/suche/?q=Cloud", width=390)
    first_hit = phone.locator(".search-hit__title").first
    online = phone.locator("[data-search-facets] input[name=format][value=online]")
    # The first hit is on the first screen; the facets wait behind "Filter".
    assert first_hit.bounding_box()["y"] + first_hit.bounding_box()["height"] < 900
    assert not online.is_visible()
    phone.locator("details.filters > summary").click()
    assert online.is_visible()
    assert online.bounding_box()["y"] < first_hit.bounding_box()["y"]

    desktop = visit("/de/suche/?q=Cloud", width=1280)
    facet = desktop.locator("[data-search-facets] input[name=format][value=online]")
    hit = desktop.locator(".search-hit__title").first
    assert facet.is_visible() and facet.bounding_box()["x"] < hit.bounding_box()["x"]

    box = phone.locator("#search-q")
    box.fill("")
    box.press_sequentially("Smarte Lag", delay=30)
    option = phone.get_by_role("option", name="Smarte Lagerlogistik")
    option.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == option.get_attribute("id")
    assert option.get_attribute("aria-selected") == "true"
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false" and not option.is_visible()
    box.press("ArrowDown")  # opens the list again on the same suggestion
    assert option.is_visible()
    journey_screenshot(phone, "search-page-phone-suggestion")
    box.press("Enter")
    phone.wait_for_url(f"**{cloud_offers.url}")
    assert phone.get_by_role("heading", level=1).inner_text() == "Smarte Lagerlogistik"
    assert csp_violations(phone) == [] and csp_violations(desktop) == []
