"""The database fallback answers with ORM queries, a fixed number of them whatever the number
of pages: counts by conditional aggregates, only the page of hits shown loaded."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from offers.choices import Format, OfferType
from search import service
from tests import factories

pytestmark = pytest.mark.django_db


def _offers(count: int) -> None:
    for number in range(count):
        offer = factories.OfferPageFactory(
            title=f"Workshop {number:03d}",
            offer_type=OfferType.WORKSHOP if number % 3 else OfferType.TALK,
            format=Format.ON_SITE,
            place=factories.place("hameln"),
        )
        offer.topics.add("Cloud")
        offer.competences.set([factories.competence("B.1")])
        offer.save()
    factories.ArticlePageFactory(title="Workshop im Studium")
    factories.ChallengePageFactory(
        title="Workshop Challenge", format=Format.ON_SITE, place=factories.place("hameln")
    )


def _listing(**filters) -> service.Query:
    return service.Query(
        language="de",
        filters=filters,
        sort="soonest",
        per_page=12,
        scope=("offer",),
        labels=False,
        ids_only=True,
    )


def _queries(query: service.Query) -> tuple[int, service.Result]:
    service.search(query)  # the site's root paths and the labels are remembered once
    with CaptureQueriesContext(connection) as queries:
        result = service.search(query)
    return len(queries), result


@pytest.mark.parametrize("count", [4, 40])
def test_a_faceted_offer_listing_costs_three_queries(settings, count):
    settings.ELASTICSEARCH_URL = ""
    _offers(count)

    spent, result = _queries(_listing(offer_type=["workshop"], topic=["cloud"], place=["hameln"]))

    # One aggregate (the total and every fixed facet's counts), one grouped query (the open
    # facets' counts), the page of ids (the listing loads its own cards).
    assert spent == 3
    workshops = len([n for n in range(count) if n % 3])
    assert result.count == workshops
    assert len(result.hits) == min(12, workshops)
    counts = {name: {v.value: v.count for v in values} for name, values in result.facets.items()}
    assert counts["offer_type"] == {"workshop": workshops, "talk": count - workshops}
    assert counts["topic"] == {"cloud": workshops}


@pytest.mark.parametrize("count", [4, 40])
def test_the_search_page_costs_the_same_for_few_and_many_pages(settings, count):
    settings.ELASTICSEARCH_URL = ""
    _offers(count)

    spent, result = _queries(service.Query(language="de", filters={"format": ["on_site"]}))

    # Per type with the facet (offers, challenges): one aggregate, one grouped query, its
    # first rows; then the pages shown, one query per type among them. Partners and articles
    # have no format: no query.
    assert result.count == count + 1  # the on-site offers and the challenge
    shown = {hit.content_type for hit in result.hits}
    assert len(result.hits) == min(10, count + 1)
    assert spent == 2 * 3 + len(shown)


def test_highlights_mark_the_words_in_the_text_never_inside_markup_or_entities():
    from search.backends.database import _highlight

    marked = _highlight("Tom & Jerry lernen Java <3", ["amp", "mark", "a", "lt"])
    assert marked == "Tom &amp; Jerry lernen J<mark>a</mark>v<mark>a</mark> &lt;3"
    assert _highlight("Cloud-Workshop", ["workshop", "work"]) == "Cloud-<mark>Workshop</mark>"


def test_did_you_mean_suggests_only_a_correction_that_finds_pages_with_the_filters():
    factories.OfferPageFactory(title="Python Kurs", format=Format.ON_SITE)

    typo = service.Query(language="de", text="Pyhton")
    assert service.search(typo).suggestion == "python"
    elsewhere = service.Query(language="de", text="Pyhton", filters={"format": ["online"]})
    assert service.search(elsewhere).suggestion is None
