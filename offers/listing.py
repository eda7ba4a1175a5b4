"""How an offer or challenge listing finds its items: one search of the service for the page of
items and every filter value's count, on Elasticsearch or the database fallback alike.

The listing's form validates the URL parameters (offers.filters); its fields are the facets of
the registry (offers.search_facets), so a valid filter is a facet filter as it is.
"""

from dataclasses import dataclass, field

from django.conf import settings

from search import service
from search.adapters import MODELS
from search.facets import parameter_names

# "Upcoming dates only": starts from now on. The windows "this month" ([now, end of month))
# and "later" (from the end of the month) are exactly that, and never overlap, so the
# checkbox's count is the sum of theirs.
UPCOMING = ["month", "later"]
# Elasticsearch pages no further than 10,000 hits (index.max_result_window).
MAX_RESULT_WINDOW = 10_000


@dataclass
class ListingAnswer:
    ids: list[int]  # the requested page's items, in listing order
    count: int  # every item the filters let through
    page: int  # the page answered: a number past the end answers the last page
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # field -> value -> count
    reduced: bool = False  # a fallback answered while Elasticsearch is down: exact words only
    cacheable: bool = True  # False during an outage: keep no copy of this answer


def facet_filters(form) -> dict[str, list[str]]:
    """The form's valid filters as the registry's facet filters."""
    names = parameter_names()
    filters: dict[str, list[str]] = {}
    for name, value in form.cleaned_data.items():
        if name in form.errors or not value:
            continue
        if name == "upcoming":
            filters["date"] = UPCOMING
        elif name in names:
            filters[names[name]] = value if isinstance(value, list) else [value]
    return filters


def _counts(form, facets: dict[str, list]) -> dict[str, dict[str, int]]:
    """{form field: {value: count}} of the search's facets."""
    names = parameter_names()
    counts = {
        name: {value.value: value.count for value in facets[names[name]]}
        for name in form.fields
        if name in names
    }
    if "upcoming" in form.fields:
        dates = {value.value: value.count for value in facets["date"]}
        counts["upcoming"] = {"on": sum(dates.get(window, 0) for window in UPCOMING)}
    return counts


def answer(index, form, page: int, per_page: int) -> ListingAnswer:
    """Hits of one listing page and every filter value's count, in one search."""
    form.is_valid()
    last_reachable = max(1, MAX_RESULT_WINDOW // per_page)
    query = service.Query(
        language=index.locale.language_code,
        text=form.cleaned_data.get("q") or "",
        filters=facet_filters(form),
        sort=index.listing_order,
        page=min(page, last_reachable),
        per_page=per_page,
        scope=(MODELS[index.items().model].content_type,),
        labels=False,
        ids_only=True,
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
        counts=_counts(form, result.facets),
        reduced=result.reduced,
        # A fallback while Elasticsearch is configured is an outage: render it fresh each time.
        cacheable=result.backend == "elasticsearch" or not settings.ELASTICSEARCH_URL,
    )
