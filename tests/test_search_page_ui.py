"""The search page as visitors use it: filters collapsed on phones below one "Filter" line, the
page's own box suggests titles, a relaxed search says which word it left out, and offers show
the language they are held in where a reader needs it."""

import pytest
from bs4 import BeautifulSoup

from django.template.loader import render_to_string
from django.utils import translation

from offers.choices import Format, OfferLanguage
from tests.factories import ChallengePageFactory, OfferPageFactory, translate

pytestmark = pytest.mark.django_db


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_filters_are_one_collapsed_line_before_the_results_and_open_on_a_bad_parameter(client):
    OfferPageFactory(title="Cloud Workshop", format=Format.ONLINE, place=None)

    page = soup(client.get("/de/suche/?q=Cloud"))
    filters = page.select_one("aside.listing__filters details.filters")
    assert filters is not None and not filters.has_attr("open")
    assert filters.summary.get_text(strip=True) == "Filter"
    assert filters.select("[data-search-facets] input[name=format][value=online]")
    # The aside comes first in the page, so on a phone the closed line sits above the hits.
    assert page.select_one(".search-hit__title").get_text(strip=True) == "Cloud Workshop"

    chosen = soup(client.get("/de/suche/?q=Cloud&format=online"))
    filters = chosen.select_one("details.filters")
    assert not filters.has_attr("open")  # the chips above the hits say what is chosen
    assert filters.summary.get_text(" ", strip=True) == "Filter (aktiv)"
    assert chosen.select_one("[data-search-facets] input[value=online]").has_attr("checked")

    wrong = soup(client.get("/de/suche/?q=Cloud&format=underwater"))
    assert wrong.select_one("details.filters").has_attr("open")
    # Each message names its parameter in German and leads to the filters, which exist.
    errors = soup(client.get("/de/suche/?q=Cloud&page=0&sort=bogus")).select("#filter-errors li a")
    assert {link.get_text() for link in errors} == {"Seite", "Sortieren nach"}
    assert {link["href"] for link in errors} == {"#search-filters"}
    assert wrong.select_one("#search-filters")


@pytest.mark.parametrize(
    "path, language", [("/de/suche/?q=Lager", "de"), ("/en/search/?q=Lager", "en")]
)
def test_both_search_boxes_suggest_titles_that_lead_to_the_item(client, path, language):
    challenge = ChallengePageFactory(title="Smarte Lagerlogistik")
    page = soup(client.get(path))
    boxes = [page.select_one("#site-search"), page.select_one("#search-q")]

    endpoints = {box["data-autocomplete"] for box in boxes}
    assert endpoints == {f"/api/v2/search/autocomplete/?locale={language}"}
    labels = {box["data-autocomplete-labels"] for box in boxes}
    assert len(labels) == 1 and ("Vorschläge" in labels.pop()) == (language == "de")

    if language == "de":
        suggestions = client.get(f"{endpoints.pop()}&q=Smarte Lag").json()["suggestions"]
        assert [(s["title"], s["url"]) for s in suggestions] == [
            ("Smarte Lagerlogistik", f"http://testserver{challenge.url}")
        ]


def relaxed_page(client, path: str, dropped: list[str]) -> BeautifulSoup:
    """The search page of `path` as it renders once the search service reports the words its
    relaxed query dropped (`Result.dropped_words`, from the relevance work)."""
    response = client.get(path)
    context = dict(response.context_data)
    context["result"].dropped_words = dropped
    with translation.override(path.split("/")[1]):
        html = render_to_string("search/search_page.html", context, request=response.wsgi_request)
    return BeautifulSoup(html, "html.parser")


@pytest.mark.parametrize(
    "path, message, link",
    [
        (
            "/de/suche/?q=Hameln+Java&format=online&page=2",
            "Keine Treffer mit allen Wörtern. Ergebnisse ohne „Hameln“:",
            ("Ohne „Hameln“ suchen", "?q=Java&format=online"),
        ),
        (
            "/en/search/?q=Hameln+Java",
            "No results with all words. Showing results without “Hameln”:",
            ("Search without “Hameln”", "?q=Java"),
        ),
    ],
)
def test_a_relaxed_search_says_which_word_it_left_out(client, path, message, link):
    assert "Keine Treffer mit allen" not in client.get(path).content.decode()

    notice = relaxed_page(client, path, ["Hameln"]).select_one(".search-results__relaxed")
    assert notice.get_text(" ", strip=True) == f"{message} {link[0]}"
    assert (notice.a.get_text(strip=True), notice.a["href"]) == link


def test_offers_show_their_working_language_on_the_english_site(client):
    german = OfferPageFactory(title="Cloud Workshop")
    english = translate(german)
    OfferPageFactory(title="Cloud Talk", language=OfferLanguage.ENGLISH)

    hits = soup(client.get("/en/search/?q=Cloud")).select(".search-hit")
    assert [h.select_one(".search-hit__language").get_text(strip=True) for h in hits] == [
        "Working language: German"
    ]
    card = soup(client.get(english.get_parent().url)).select_one(".card--offer")
    language = card.select_one(".meta__item--language")
    assert (language.dt.get_text(), language.dd.get_text()) == ("Working language", "German")

    # On the German site only what is not simply German says so.
    german_hits = soup(client.get("/de/suche/?q=Cloud")).select(".search-hit")
    languages = {
        h.select_one(".search-hit__title").get_text(strip=True): h.select_one(
            ".search-hit__language"
        )
        for h in german_hits
    }
    assert languages["Cloud Workshop"] is None
    assert languages["Cloud Talk"].get_text(strip=True) == "Arbeitssprache: Englisch"
    cards = soup(client.get(german.get_parent().url)).select(".card--offer")
    shown = {c.h3.get_text(strip=True): c.select_one(".meta__item--language") for c in cards}
    assert shown["Cloud Workshop"] is None
    assert shown["Cloud Talk"].dd.get_text(strip=True) == "Englisch"
