"""The offer and challenge listings answered by the search service (the `exchange_listing`
hook of offers.listing): the same URL parameters, a count for every filter value, and the
listing's search box, on Elasticsearch or the database fallback alike."""

from django.conf import settings

from offers.listing import ListingAnswer, ListingRequest
from search import service
from search.adapters import MODELS
from search.documents import LANGUAGES

# The listing's URL parameter -> the search facet it filters.
FIELD_FACETS = {
    "type": "offer_type",
    "audience": "audience",
    "format": "format",
    "topic": "topic",
    "competence": "competence",
    "place": "place",
    "partner": "partner",
    "status": "status",
}
# "Upcoming dates only": starts from now on. The windows "this month" ([now, end of month))
# and "later" (from the end of the month) are exactly that, and never overlap, so the
# checkbox's count is the sum of theirs.
UPCOMING = ["month", "later"]
# Elasticsearch pages no further than 10,000 hits (index.max_result_window).
MAX_RESULT_WINDOW = 10_000


def _filters(form) -> dict[str, list[str]] | None:
    """The form's valid filters as facet filters; None if one has no facet (the ORM knows)."""
    filters: dict[str, list[str]] = {}
    for name, value in form.cleaned_data.items():
        if name == "q" or name in form.errors or not value:
            continue
        if name == "upcoming":
            filters["date"] = UPCOMING
        elif name in FIELD_FACETS:
            filters[FIELD_FACETS[name]] = value if isinstance(value, list) else [value]
        else:
            return None
    return filters


def _counts(form, facets: dict[str, list]) -> dict[str, dict[str, int]]:
    counts = {
        name: {value.value: value.count for value in facets[facet]}
        for name, facet in FIELD_FACETS.items()
        if name in form.fields
    }
    if "upcoming" in form.fields:
        dates = {value.value: value.count for value in facets["date"]}
        counts["upcoming"] = {"on": sum(dates.get(window, 0) for window in UPCOMING)}
    return counts


def answer_listing(request: ListingRequest) -> ListingAnswer | None:
    """Hits of one listing page and every filter value's count, in one search."""
    index = request.index
    adapter = MODELS.get(index.items().model)
    language = index.locale.language_code
    filters = _filters(request.form)
    if adapter is None or language not in LANGUAGES or filters is None:
        return None
    last_reachable = max(1, MAX_RESULT_WINDOW // request.per_page)
    query = service.Query(
        language=language,
        text=request.form.cleaned_data.get("q") or "",
        filters=filters,
        sort=index.listing_order,
        page=min(request.page, last_reachable),
        per_page=request.per_page,
        scope=(adapter.content_type,),
        labels=False,
    )
    result = service.search(query)
    last = min(last_reachable, max(1, -(-result.count // query.per_page)))
    if query.page > last:  # a page number past the end shows the last page
        query.page = last
        result = service.search(query)
    return ListingAnswer(
        ids=[hit.page_id for hit in result.hits],
        count=result.count,
        page=query.page,
        counts=_counts(request.form, result.facets),
        reduced=result.reduced,
        # A fallback while Elasticsearch is configured is an outage: render it fresh each time.
        cacheable=result.backend == "elasticsearch" or not settings.ELASTICSEARCH_URL,
    )
