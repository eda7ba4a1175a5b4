"""The search contract's types: what a caller asks (Query) and what it gets back (Result)."""

from dataclasses import dataclass, field

from django.conf import settings

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
    ids_only: bool = False  # True: hits may carry no more than their ids (a listing has cards)

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
    working_language: list[str] = field(default_factory=list)  # an offer's: "de", "en" or both


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
