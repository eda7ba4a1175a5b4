"""What search costs the database: a rebuild reads every page's relations in one query per
relation, however many pages there are; the API's facet labels need no query per value."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.adapters import all_documents
from tests.factories import (
    ArticlePageFactory,
    ChallengePageFactory,
    OfferPageFactory,
    PartnerPageFactory,
    competence,
    place,
)

pytestmark = pytest.mark.django_db


def _pages(numbers: range) -> None:
    """A page of every searchable type per number, each with every relation a document reads."""
    for n in numbers:
        partner = PartnerPageFactory(title=f"Leinetal {n} GmbH")
        partner.cities.add(place("hameln"), place("hildesheim"))
        partner.save()
        for page in (
            OfferPageFactory(partner=partner, competences=[competence("B.1"), competence("A.2")]),
            ChallengePageFactory(partner=partner, competences=[competence("C.1")]),
            ArticlePageFactory(competences=[competence("D.1")]),
        ):
            page.topics.add("Cloud", "KI")
            page.save()


def _built() -> tuple[list[dict], int]:
    # Once before counting: the site's root paths and the view restrictions, looked up once
    # per content generation, are remembered from then on.
    list(all_documents("de"))
    with CaptureQueriesContext(connection) as queries:
        documents = list(all_documents("de"))
    return documents, len(queries)


def test_building_documents_costs_the_same_queries_for_few_and_many_pages():
    _pages(range(1))
    few, few_queries = _built()
    _pages(range(1, 7))
    many, many_queries = _built()

    assert len(few) == 4 and len(many) == 28
    assert many_queries == few_queries
    offer = next(d for d in many if d["content_type"] == "offer" and d["partner"])
    assert offer["topics"] == ["cloud", "ki"]
    assert offer["competences"] == ["A.2", "B.1"]  # in the framework's order
    assert offer["partner_name"].startswith("Leinetal") and offer["place"] == ["hildesheim"]
    partner = next(d for d in many if d["content_type"] == "partner")
    assert partner["place"] == ["hameln", "hildesheim"]
    assert partner["place_name"] == "Hameln Hildesheim"


@pytest.mark.elasticsearch
def test_api_search_with_facets_asks_the_database_the_same_few_times_for_any_hits(
    elasticsearch, client
):
    from search.indexing import rebuild

    _pages(range(6))
    for language in ("de", "en"):
        rebuild(elasticsearch, language)
    url = "/api/v2/search/?q=Workshop&locale=de&content_type=offer&topic=cloud&format=on_site"
    client.get(url)  # the facet labels, looked up once for this content generation

    with CaptureQueriesContext(connection) as queries:
        body = client.get(url).json()

    assert body["backend"] == "elasticsearch" and body["count"] == 6
    labels = {
        name: {v["value"]: v["label"] for v in values} for name, values in body["facets"].items()
    }
    assert labels["topic"]["cloud"] == "Cloud"
    assert labels["competence"]["B.1"].startswith("B.1 ")
    assert labels["partner"]["leinetal-0-gmbh"] == "Leinetal 0 GmbH"
    # The content generation (once per request) and the count for the editors' statistics.
    assert [q["sql"].split()[0] for q in queries.captured_queries] == ["SELECT", "UPDATE"]
    assert "proxlab_cache" in queries.captured_queries[0]["sql"]
