"""The search service: one contract, answered by Elasticsearch or, when it is not there or does
not answer in time, by the database. Views and the API call only `search()`,
`autocomplete()` and `similar()`."""

import logging
from dataclasses import dataclass, field

from django.conf import settings

from search.backends import database, elastic
from search.elastic import UNAVAILABLE, available_client, report_failure

logger = logging.getLogger(__name__)

PER_PAGE = 10
SORTS = ("relevance", "date", "newest")
# The orders of the offer and challenge listings: by start date, undated last, then by title.
LISTING_SORTS = ("soonest", "latest")


@dataclass
class Query:
    """A validated search request."""

    language: str
    text: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    per_page: int = PER_PAGE
    scope: tuple[str, ...] = ()  # only these content types (a listing), not a facet choice
    labels: bool = True  # False: facet values keep their codes (a listing has its own labels)

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    group: str = ""  # e.g. the e-CF area of a competence


@dataclass
class Hit:
    page_id: int
    title: str
    content_type: str
    url: str
    teaser: str
    highlight: str  # HTML: escaped text with <mark> around the matches
    date: str | None
    end_date: str | None = None


@dataclass
class Result:
    query: Query
    count: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]
    suggestion: str | None
    backend: str  # "elasticsearch" or "database"
    dropped_words: list[str] = field(default_factory=list)  # left out: no page had every word

    @property
    def reduced(self) -> bool:
        """Answered by the database although Elasticsearch is configured: it did not answer.
        Without ELASTICSEARCH_URL the database is the chosen search, and nothing is amiss."""
        return self.backend == "database" and bool(settings.ELASTICSEARCH_URL)


def search(query: Query) -> Result:
    """Hits and facet counts of one query, from Elasticsearch if it answers in time."""
    client = available_client()
    if client is not None:
        try:
            return elastic.search(client, query)
        except UNAVAILABLE as error:
            report_failure()
            logger.warning("search falls back to the database: %s", error)
    return database.search(query)


def autocomplete(text: str, language: str, limit: int = 8) -> tuple[list[dict], str]:
    """Up to `limit` titles that complete what was typed, and the backend that answered."""
    client = available_client()
    if client is not None:
        try:
            return elastic.autocomplete(client, text, language, limit), "elasticsearch"
        except UNAVAILABLE as error:
            report_failure()
            logger.warning("autocomplete falls back to the database: %s", error)
    return database.autocomplete(text, language, limit), "database"


def similar(page, language: str, limit: int = 3) -> list[Hit]:
    """Offers like this page in its language (more_like_this), or by shared topics."""
    client = available_client()
    if client is not None:
        try:
            return elastic.similar(client, page.pk, language, limit)
        except UNAVAILABLE as error:
            report_failure()
            logger.warning("similar offers fall back to the database: %s", error)
    return database.similar(page, language, limit)
