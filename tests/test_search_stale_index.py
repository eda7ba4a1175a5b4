"""An index built before the mapping changed (no `search_index --rebuild` after a deploy) makes
Elasticsearch refuse the query with 400. Visitors still get answers from the database; the
fault is logged as an error and the breaker stays closed (asking again will not help, and an
outage it is not)."""

import logging

import pytest

from search import elastic, service
from search.documents import index_name
from tests.factories import OfferPageFactory

pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db]


def test_a_refused_query_falls_back_and_is_logged_as_an_error(elasticsearch, caplog):
    OfferPageFactory(title="Java Praktikum")
    # An index under the portal's alias name without the analyzers the queries name.
    elasticsearch.indices.create(index=index_name("de"), mappings={"properties": {}})

    with caplog.at_level(logging.WARNING, logger="search.service"):
        result = service.search(service.Query(language="de", text="Java"))

    assert result.backend == "database" and result.count == 1
    assert [r.levelname for r in caplog.records] == ["ERROR"]
    assert "refused" in caplog.records[0].getMessage()
    assert elastic.available_client() is not None  # the breaker did not open
