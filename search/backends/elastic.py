"""The Elasticsearch backend: one request per search for hits, facets and a spelling hint.

Facet counts use elasticsearch.dsl's FacetedSearch to build the request: every chosen filter
goes into the post_filter, and each facet's aggregation is filtered by every other facet, not
its own. The answer is read as the plain JSON it is: wrapping it in elasticsearch.dsl's
response objects cost more than the rest of the search's own work. Only a query that finds
nothing asks again: whether the spelling hint finds pages, which words to leave out (those
the best page with most of them lacks), and for the pages with every other word.
The query itself is built in search/relevance.py.
"""

from dataclasses import replace

from elasticsearch import Elasticsearch
from elasticsearch.dsl import FacetedSearch, Q, Search
from elasticsearch.dsl.faceted_search import Facet as DslFacet
from elasticsearch.dsl.query import MoreLikeThis

from django.conf import settings
from django.utils import timezone

from search import relevance
from search.documents import index_name
from search.facets import FACETS
from search.labels import facet_values
from search.types import Hit, Result

ALL_VALUES = 1000  # no facet is cut at Elasticsearch's default of 10 values


class ValuesFacet(DslFacet):
    """A facet over one field's values (terms) or over computed values (filters), each value
    filtered as the facet registry defines it."""

    def __init__(self, facet):
        self.facet = facet
        if facet.es_value is not None:
            super().__init__(filters={value: facet.es_filter(value) for value in facet.choices})
            self.agg_type = "filters"
        else:
            super().__init__(field=facet.field, size=ALL_VALUES)
            self.agg_type = "terms"

    def get_value_filter(self, filter_value):
        return self.facet.es_filter(filter_value)


def current() -> Q:
    """Offers past their last day, and pages past their Wagtail expiry, leave search by
    themselves, before `publish_scheduled` unpublishes them."""
    day = {"gte": timezone.localdate().isoformat(), "time_zone": settings.TIME_ZONE}
    valid = Q("bool", must_not=Q("exists", field="expires_on")) | Q("range", expires_on=day)
    return valid & ~Q("range", expire_at={"lte": timezone.now().isoformat()})


LISTING_ORDERS = ("soonest", "latest")


def still_open() -> Q:
    """Pages one can still register for: nothing closes them, or not yet."""
    not_yet = Q("range", closes={"gt": timezone.now().isoformat()})
    return Q("bool", must_not=Q("exists", field="closes")) | not_yet


class PortalSearch(FacetedSearch):
    fields = relevance.FIELDS

    def __init__(self, client: Elasticsearch, query, relaxed: str | None = None):
        self.using = client
        self.index = index_name(query.language)
        self.portal_query = query
        self.relaxed = relaxed  # how many words must match instead of every word
        self.facets = {facet.name: ValuesFacet(facet) for facet in FACETS}
        sort = {
            "date": ["_score", {"date": {"order": "asc", "missing": "_last"}}],
            "newest": [{"published": {"order": "desc", "missing": "_last"}}],
            # Listings: open ones first (scored 1 in query()), then by start.
            "soonest": ["_score", {"date": {"order": "asc", "missing": "_last"}}, "title.raw"],
            "latest": ["_score", {"date": {"order": "desc", "missing": "_last"}}, "title.raw"],
        }.get(query.sort, ())
        super().__init__(query.text, query.filters, sort=sort)

    def page(self, offset: int, size: int) -> Search:
        """The request for one page of hits, built once in __init__ (FacetedSearch's _s)."""
        return self._s[offset : offset + size]

    def search(self) -> Search:
        s = Search(using=self.using, index=self.index).filter(current())
        if self.portal_query.scope:
            s = s.filter("terms", content_type=list(self.portal_query.scope))
        if self.portal_query.text:
            s = s.suggest("spelling", self.portal_query.text, term=relevance.SPELLING)
        return s

    def text_query(self, text: str) -> Q:
        if self.relaxed:
            return relevance.relaxed_query(text, self.portal_query.language, self.relaxed)
        return relevance.text_query(text, self.portal_query.language)

    def query(self, search: Search, query: str) -> Search:
        if self.portal_query.sort == "date":
            # Upcoming first: a constant score for what is still to come, then by date.
            upcoming = Q("range", date={"gte": timezone.now().isoformat()})
            scored = Q("constant_score", filter=upcoming, boost=1)
            base = self.text_query(query) if query else Q("match_all")
            return search.query(Q("bool", filter=[base], should=[scored], minimum_should_match=0))
        if self.portal_query.sort in LISTING_ORDERS:
            # What one can still register for scores 1, the rest 0; the words only filter.
            base = self.text_query(query) if query else Q("match_all")
            return search.query(
                Q("bool", filter=[base], should=[Q("constant_score", filter=still_open())])
            )
        return search.query(self.text_query(query)) if query else search

    def highlight(self, search: Search) -> Search:
        text, language = self.portal_query.text, self.portal_query.language
        return relevance.highlight(search, text, language) if text else search


def _hit(raw: dict):
    """A hit of the raw response: plain dicts, no elasticsearch.dsl wrapping per hit."""
    source, highlight = raw["_source"], raw.get("highlight") or {}
    # The text under the title: a marked teaser or body passage; a marked title would only
    # repeat the title, so then the teaser shows unmarked.
    fragment = next((highlight[name][0] for name in ("teaser", "body") if highlight.get(name)), "")
    return Hit(
        page_id=int(source["page_id"]),
        title=source["title"],
        content_type=source["content_type"],
        url=source["url"],
        teaser=source.get("teaser") or "",
        highlight=fragment,
        date=source.get("date"),
        end_date=source.get("end_date"),
        working_language=source.get("working_language") or [],
    )


def _counts(response: dict) -> dict[str, dict[str, int]]:
    """{facet: {value: count}} from the aggregations FacetedSearch names _filter_<facet>."""
    counts = {}
    for facet in FACETS:
        buckets = response["aggregations"][f"_filter_{facet.name}"][facet.name]["buckets"]
        if isinstance(buckets, dict):  # a filters aggregation: the windows by name
            counts[facet.name] = {key: bucket["doc_count"] for key, bucket in buckets.items()}
        else:
            counts[facet.name] = {bucket["key"]: bucket["doc_count"] for bucket in buckets}
    return counts


def _send(client: Elasticsearch, index: str, search: Search) -> dict:
    return client.search(index=index, body=search.to_dict()).body


def _finds(client: Elasticsearch, faceted: PortalSearch, text: str) -> bool:
    """Whether `text` finds anything with the same filters: a suggestion must."""
    s = faceted.filter(faceted.search().query(faceted.text_query(text)))
    s = s.extra(size=0, track_total_hits=1)
    return _send(client, faceted.index, s)["hits"]["total"]["value"] > 0


def _dropped(client: Elasticsearch, faceted: PortalSearch, text: str) -> list[str]:
    """The words to leave out when no page has them all: those the best page with most of
    them (then with any of them) lacks, with the same filters. Nothing when none has any."""
    for minimum in relevance.relaxations(text):
        relaxed = PortalSearch(client, faceted.portal_query, relaxed=minimum)
        s = relaxed.filter(relaxed.search().query(relaxed.text_query(text)))
        hits = _send(client, relaxed.index, s.extra(size=1, _source=False))["hits"]["hits"]
        if hits:
            return relevance.dropped_words(text, hits[0])
    return []


def search(client: Elasticsearch, query):
    faceted = PortalSearch(client, query)
    response = _send(client, faceted.index, faceted.page(query.offset, query.per_page))
    total = response["hits"]["total"]["value"]
    suggestion, dropped = None, []
    if total == 0 and query.text:
        suggestion = relevance.suggestion(response, query.text)
        if suggestion and not _finds(client, faceted, suggestion):
            suggestion = None
        if dropped := _dropped(client, faceted, query.text):
            # Every word but the dropped ones, on every page: what "search without X" shows.
            kept = relevance.without(query.text, dropped)
            relaxed = PortalSearch(client, replace(query, text=kept))
            response = _send(client, relaxed.index, relaxed.page(query.offset, query.per_page))
            total = response["hits"]["total"]["value"]
    return Result(
        query=query,
        count=total,
        hits=[_hit(hit) for hit in response["hits"]["hits"]],
        facets=facet_values(_counts(response), query.filters, query.language, query.labels),
        suggestion=suggestion,
        backend="elasticsearch",
        dropped_words=dropped,
    )


def autocomplete(client: Elasticsearch, text: str, language: str, limit: int) -> list[dict]:
    s = (
        Search()
        .filter(current())
        .query(Q("match", **{"title.autocomplete": {"query": text, "operator": "and"}}))
        .source(["title", "url", "content_type"])[:limit]
    )
    return [
        {
            "title": hit["_source"]["title"],
            "url": hit["_source"]["url"],
            "type": hit["_source"]["content_type"],
        }
        for hit in _send(client, index_name(language), s)["hits"]["hits"]
    ]


def similar(
    client: Elasticsearch, page_id: int, content_type: str, language: str, limit: int
) -> list:
    """Pages of one type like this one (more_like_this)."""
    index = index_name(language)
    like = MoreLikeThis(
        like=[{"_index": index, "_id": str(page_id)}],
        fields=["title", "teaser", "body", "topic_names", "competence_names"],
        min_term_freq=1,
        min_doc_freq=1,
        max_query_terms=25,
        minimum_should_match="10%",
    )
    s = Search().filter(current()).filter("term", content_type=content_type).query(like)[:limit]
    return [_hit(hit) for hit in _send(client, index, s)["hits"]["hits"]]
