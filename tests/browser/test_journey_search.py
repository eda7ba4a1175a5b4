"""Journey 2 on the real Elasticsearch node: a visitor searches with a typo, narrows the results
with two facets, removes one, pages on and opens a result; with and without JavaScript."""

import pytest

from offers.choices import Format, OfferType
from search.documents import LANGUAGES
from search.indexing import rebuild
from tests import factories
from tests.browser.helpers import (
    BROWSER_TEST,
    csp_violations,
    foreign_requests,
    journey_screenshot,
    watch,
)

pytestmark = [*BROWSER_TEST, pytest.mark.elasticsearch]


@pytest.fixture
def kubernetes_offers(elasticsearch):
    """25 offers on Kubernetes: 22 workshops (12 online) and 3 online talks, indexed."""
    factories.german_home()
    kinds = [(OfferType.WORKSHOP, Format.ONLINE)] * 12
    kinds += [(OfferType.WORKSHOP, Format.ON_SITE)] * 10
    kinds += [(OfferType.TALK, Format.ONLINE)] * 3
    for number, (kind, where) in enumerate(kinds, start=1):
        factories.OfferPageFactory(
            title=f"Kubernetes im Betrieb, Teil {number}", offer_type=kind, format=where
        )
    factories.OfferPageFactory(title="Datenbanken für Einsteiger")
    for language in LANGUAGES:
        rebuild(elasticsearch, language)


def count(page) -> str:
    return page.locator("#results-heading").inner_text()


def hits(page) -> list[str]:
    return page.locator(".search-hit__title").all_inner_texts()


def facet(page, name: str, value: str):
    return page.locator(f"[data-search-facets] input[name={name}][value={value}]")


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_journey_2_a_visitor_searches_with_a_typo_narrows_pages_and_opens_a_result(
    browser, live_server, kubernetes_offers, javascript
):
    context = browser.new_context(locale="de-DE", java_script_enabled=javascript)
    page = context.new_page()
    watch(page)
    page.goto(f"{live_server.url}/de/suche/")

    page.locator("#search-q").fill("Kubernetis")  # one letter wrong
    page.locator(".search-form").get_by_role("button", name="Suche").click()
    page.wait_for_url("**q=Kubernetis**")
    assert count(page) == "25 Ergebnisse"
    assert all(title.startswith("Kubernetes im Betrieb") for title in hits(page))

    def choose(name: str, value: str, expected: str) -> None:
        facet(page, name, value).check()
        if not javascript:  # without the script the plain form is sent with its button
            page.locator("[data-search-facets]").get_by_role(
                "button", name="Ergebnisse anzeigen"
            ).click()
        page.wait_for_function(
            "expected => document.querySelector('#results-heading').innerText === expected",
            arg=expected,
        )

    choose("offer_type", "workshop", "22 Ergebnisse")
    choose("format", "online", "12 Ergebnisse")
    assert "offer_type=workshop" in page.url and "format=online" in page.url
    chips = page.get_by_role("list", name="Aktive Filter").get_by_role("link")
    assert chips.count() == 2

    chips.filter(has_text="Format").click()  # remove the format again
    page.wait_for_function(
        "() => document.querySelector('#results-heading').innerText === '22 Ergebnisse'"
    )
    assert "format=" not in page.url
    assert facet(page, "offer_type", "workshop").is_checked()
    assert not facet(page, "format", "online").is_checked()
    first_page = hits(page)
    assert len(first_page) == 10

    page.get_by_role("navigation", name="Seiten").get_by_role("link", name="Weiter").click()
    page.wait_for_url("**page=2**")
    page.wait_for_function(
        "() => document.querySelector('.pagination [aria-current=page]')?.innerText.includes('2')"
    )
    second_page = hits(page)
    assert len(second_page) == 10 and not set(first_page) & set(second_page)
    assert "q=Kubernetis" in page.url and "offer_type=workshop" in page.url
    assert count(page) == "22 Ergebnisse"

    title = second_page[0]
    page.get_by_role("link", name=title, exact=True).click()
    page.wait_for_url("**/de/angebote/**")
    assert page.get_by_role("heading", level=1).inner_text() == title
    assert csp_violations(page) == []
    assert foreign_requests(page, live_server) == []

    journey_screenshot(page, f"2-search-{'javascript' if javascript else 'no-javascript'}")
    context.close()
