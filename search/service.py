"""The search service: one contract, answered by Elasticsearch or, when it is not there or does
not answer in time, by the database. Views and the API call only `search()`,
`autocomplete()` and `similar()`."""

import logging

from elasticsearch import BadRequestError

from search.adapters import MODELS
from search.backends import database, elastic
from search.elastic import UNAVAILABLE, available_client, report_failure
from search.types import LISTING_SORTS, PER_PAGE, SORTS, FacetValue, Hit, Query, Result

__all__ = ["LISTING_SORTS", "PER_PAGE", "SORTS", "FacetValue", "Hit", "Query", "Result"]

logger = logging.getLogger(__name__)


def _failed(error: Exception, what: str) -> None:
    """An outage trips the breaker; a refused request (400: e.g. an index built before the
    mapping changed, until `search_index --rebuild`) is a fault to fix, logged as an error,
    and asking again in a moment will not help either."""
    if isinstance(error, BadRequestError):
        logger.error("%s: Elasticsearch refused the request (index out of date?): %s", what, error)
        return
    report_failure()
    logger.warning("%s: %s", what, error)


def search(query: Query) -> Result:
    """Hits and facet counts of one query, from Elasticsearch if it answers in time."""
    client = available_client()
    if client is not None:
        try:
            return elastic.search(client, query)
        except UNAVAILABLE as error:
            _failed(error, "search falls back to the database")
    return database.search(query)


def autocomplete(text: str, language: str, limit: int = 8) -> tuple[list[dict], str]:
    """Up to `limit` titles that complete what was typed, and the backend that answered."""
    client = available_client()
    if client is not None:
        try:
            return elastic.autocomplete(client, text, language, limit), "elasticsearch"
        except UNAVAILABLE as error:
            _failed(error, "autocomplete falls back to the database")
    return database.autocomplete(text, language, limit), "database"


def similar(page, language: str, limit: int = 3) -> list[Hit]:
    """Pages like this one of its type in its language (more_like_this), or by shared
    topics and competences."""
    adapter = MODELS.get(type(page))
    if adapter is None:
        return []
    client = available_client()
    if client is not None:
        try:
            return elastic.similar(client, page.pk, adapter.content_type, language, limit)
        except UNAVAILABLE as error:
            _failed(error, "similar pages fall back to the database")
    return database.similar(page, language, limit)
