"""The database backend: the same contract as Elasticsearch, answered by ORM queries.

Per searchable type: Wagtail's database search finds the pages with every word, the facet
registry's ORM filters narrow them, one conditional aggregate counts the total and every
value of the fixed facets, one grouped query per open facet (topic, place, …) counts its
values, and only the page of hits shown is loaded. Ranking, typo tolerance and German word
forms are Elasticsearch's extras.
"""

import datetime
import difflib
import html
import re
from collections import defaultdict
from dataclasses import replace

from django.db.models import (
    Case,
    Count,
    DateTimeField,
    F,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Lower
from django.utils import timezone

from home.content_cache import remember
from home.lookups import all_locales
from search.adapters import ADAPTERS, MODELS, Adapter, iso
from search.facets import FACETS, FACETS_BY_NAME, NOTHING
from search.labels import facet_values
from search.types import LISTING_SORTS, Hit, Query, Result

NO_DATE = Value(None, output_field=DateTimeField())
OPEN = Value(0, output_field=IntegerField())


def _matching_ids(adapter: Adapter, text: str, language: str) -> list[int]:
    """Ids of this type's pages in one language that contain every word, best first."""
    # Words only: quotes and operators are syntax to SQLite's full-text search, not text.
    words = " ".join(re.findall(r"\w+", text))
    if not words:
        return []
    # Wagtail's search filters only on declared filter fields (live, locale); privacy and
    # expiry are narrowed by the queryset the ids then filter. Only the ids are read: loading
    # whole pages (with their bodies) cost seconds at 10,000 offers.
    locale = next((x for x in all_locales() if x.language_code == language), None)
    pages = adapter.model.objects.filter(live=True, locale=locale).only("pk")
    return [page.pk for page in pages.search(words, operator="and")]


class _Part:
    """One searchable type's share of a search: its pages, its filters, its ranking."""

    def __init__(self, adapter: Adapter, query: Query, chosen: dict, now: datetime.datetime):
        self.adapter = adapter
        self.model = adapter.model
        self.pages = adapter.searchable(query.language).filter(adapter.current(now))
        self.rank: dict[int, int] | None = None
        if query.text:
            ids = _matching_ids(adapter, query.text, query.language)
            self.rank = {pk: position for position, pk in enumerate(ids)}
            self.pages = self.pages.filter(pk__in=ids)
        # Each chosen facet's filter on this type (NOTHING: the type never has that facet).
        self.filters = {
            name: FACETS_BY_NAME[name].values_q(self.model, values)
            for name, values in chosen.items()
        }

    def where(self, leaving_out: str | None = None) -> Q | None:
        """Every chosen facet's filter but one; None when one of them excludes the type."""
        kept = [q for name, q in self.filters.items() if name != leaving_out]
        if any(q is NOTHING for q in kept):
            return None
        return Q(*kept)

    def counts(self, into: dict[str, dict[str, int]]) -> int:
        """Add every facet value's count to ``into``: each facet without its own filter.
        Returns the number of hits. Two queries: one aggregate, one for the open facets."""
        aggregates, keys = {}, {}
        everything = self.where()
        if everything is not None:
            aggregates["hits"] = Count("pk", filter=everything)
        for facet in FACETS:
            others = self.where(facet.name)
            if facet.choices is None or others is None or not facet.has(self.model):
                continue
            for value in facet.choices:
                condition = facet.value_q(self.model, value)
                if condition is not NOTHING:
                    keys[f"c{len(keys)}"] = (facet.name, value)
                    aggregates[f"c{len(keys) - 1}"] = Count("pk", filter=others & condition)
        row = self.pages.aggregate(**aggregates) if aggregates else {}
        for key, (name, value) in keys.items():
            into[name][value] += row[key]
        # The open facets' values and counts, each grouped without its own filter, in one
        # query (UNION ALL of one grouped select per facet).
        grouped = [
            self.pages.filter(others)
            .annotate(_facet=Value(facet.name), _value=F(facet.paths[self.model]))
            .values_list("_facet", "_value")
            .annotate(n=Count("pk", distinct=True))
            .order_by()
            for facet in FACETS
            if facet.choices is None
            and facet.has(self.model)
            and (others := self.where(facet.name)) is not None
        ]
        if grouped:
            for name, value, number in grouped[0].union(*grouped[1:], all=True):
                if value:
                    into[name][value] += number
        return row.get("hits", 0)

    def ordered(self, sort: str, now: datetime.datetime) -> QuerySet:
        """The hits in the sort's order as far as SQL can tell (the words' rank aside)."""
        hits = self.pages.filter(self.where())
        date, closed = self.adapter.date_field, self.adapter.closed(now)
        if sort in LISTING_SORTS:
            rank = Case(When(closed, then=1), default=0) if closed is not None else OPEN
            start = F(date) if date else NO_DATE
            start = start.desc(nulls_last=True) if sort == "latest" else start.asc(nulls_last=True)
            return hits.alias(_closed=rank).order_by("_closed", start, "title", "pk")
        if sort == "newest":
            return hits.order_by(F(self.adapter.published_field).desc(nulls_last=True), "pk")
        if sort == "date" and date:
            whole_days = self.model._meta.get_field(date).get_internal_type() == "DateField"
            upcoming = (
                {f"{date}__gt": timezone.localdate(now)} if whole_days else {f"{date}__gte": now}
            )
            past = Case(When(**upcoming, then=0), default=1, output_field=IntegerField())
            return hits.alias(_past=past).order_by("_past", F(date).asc(nulls_last=True), "pk")
        return hits.order_by(Lower("title"), "pk")

    def rows(self, sort: str, now: datetime.datetime, limit: int | None) -> list[tuple]:
        """(pk, start, published, title, closed) of the first ``limit`` hits, in order."""
        if self.where() is None:
            return []
        date, closed = self.adapter.date_field, self.adapter.closed(now)
        rows = self.ordered(sort, now).annotate(
            _start=F(date) if date else NO_DATE,
            _published=F(self.adapter.published_field),
            _is_closed=Case(When(closed, then=1), default=0) if closed is not None else OPEN,
        )
        rows = rows.values_list("pk", "_start", "_published", "title", "_is_closed")
        return list(rows[:limit] if limit is not None else rows)


def _moment(value) -> datetime.datetime | None:
    """A start or publication as a moment: a date counts from its local midnight."""
    if value is None or isinstance(value, datetime.datetime):
        return value
    return timezone.make_aware(datetime.datetime.combine(value, datetime.time.min))


def _merge_key(sort: str, now: datetime.datetime, rank: dict | None):
    """The order of hits of several types merged, as each type's SQL order has them."""

    def key(row):
        pk, start, published, title, closed = row
        start, published = _moment(start), _moment(published)
        stamp = start.timestamp() if start else 0.0
        position = rank.get(pk, 0) if rank else 0
        if sort in LISTING_SORTS:
            return (closed, start is None, -stamp if sort == "latest" else stamp, title)
        if sort == "newest":
            return (published is None, -(published.timestamp() if published else 0.0))
        if sort == "date":
            return (start is None or start < now, stamp or now.timestamp(), position)
        return (position, title.lower())

    return key


def _highlight(text: str, words: list[str]) -> str:
    """The text escaped, with <mark> around every word: one pass over the raw text, so a word
    never matches inside markup or an entity another word produced."""
    text = text or ""
    words = [word for word in words if word]
    if not words:
        return html.escape(text)
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I)
    pieces, last = [], 0
    for match in pattern.finditer(text):
        pieces += [html.escape(text[last : match.start()]), f"<mark>{html.escape(match[0])}</mark>"]
        last = match.end()
    return "".join(pieces) + html.escape(text[last:])


def _hits(shown: list[tuple[Adapter, int]], words: list[str], ids_only: bool) -> list[Hit]:
    """The page of hits, loading only the pages shown (one query per type among them)."""
    if ids_only:
        return [Hit(pk, "", adapter.content_type, "", "", "", None) for adapter, pk in shown]
    ids = defaultdict(list)
    for adapter, pk in shown:
        ids[adapter].append(pk)
    pages = {}
    for adapter, pks in ids.items():
        pages.update(
            (page.pk, (adapter, page))
            for page in adapter.model.objects.filter(pk__in=pks).defer_streamfields()
        )
    hits = []
    for _adapter, pk in shown:
        adapter, page = pages[pk]
        teaser = page.teaser or page.search_description
        start = getattr(page, adapter.date_field) if adapter.date_field else None
        end = getattr(page, adapter.end_date_field) if adapter.end_date_field else None
        hits.append(
            Hit(
                page_id=pk,
                title=page.title,
                content_type=adapter.content_type,
                url=page.url,
                teaser=teaser,
                highlight=_highlight(teaser, words) if words else "",
                date=iso(start),
                end_date=iso(end),
                working_language=adapter.working_language(page),
            )
        )
    return hits


def search(query: Query, suggest: bool = True) -> Result:
    now = timezone.now()
    chosen = {
        name: values for name, values in query.filters.items() if values and name in FACETS_BY_NAME
    }
    parts = [
        _Part(adapter, query, chosen, now)
        for adapter in ADAPTERS.values()
        if not query.scope or adapter.content_type in query.scope
    ]
    parts = [part for part in parts if part.rank is None or part.rank]  # words found nothing
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    total = sum(part.counts(counts) for part in parts)

    end = query.offset + query.per_page
    if len(parts) == 1 and (not query.text or query.sort in LISTING_SORTS + ("newest",)):
        # One type in an order SQL knows: the page of hits straight from the database.
        rows = parts[0].rows(query.sort, now, end)[query.offset :]
        shown = [(parts[0].adapter, row[0]) for row in rows]
    else:
        merged = []
        for part in parts:
            # Ranked by the words: every hit's rank is needed; otherwise each type's first
            # rows suffice to merge the page.
            limit = None if part.rank is not None and query.sort in ("relevance", "date") else end
            key = _merge_key(query.sort, now, part.rank)
            merged += [
                (key(row), part.adapter, row[0]) for row in part.rows(query.sort, now, limit)
            ]
        merged.sort(key=lambda item: item[0])
        shown = [(adapter, pk) for _key, adapter, pk in merged[query.offset : end]]

    return Result(
        query=query,
        count=total,
        hits=_hits(shown, query.text.split(), query.ids_only),
        facets=facet_values(
            {name: dict(values) for name, values in counts.items()},
            query.filters,
            query.language,
            query.labels,
        ),
        suggestion=_suggestion(query) if not total and query.text and suggest else None,
        backend="database",
    )


def _vocabulary(language: str) -> list[str]:
    """The words of every title and teaser, read once per content generation."""

    def read() -> list[str]:
        words: set[str] = set()
        for adapter in ADAPTERS.values():
            for title, teaser in adapter.searchable(language).values_list("title", "teaser"):
                words.update(re.findall(r"\w{3,}", f"{title} {teaser}".lower()))
        return sorted(words)

    return remember(f"search-vocabulary:{language}", read)


def _suggestion(query: Query) -> str | None:
    """The query with each misspelt word replaced by the nearest word of the content, if that
    finds pages with the same filters."""
    vocabulary = _vocabulary(query.language)
    words, changed = [], False
    for word in query.text.split():
        close = difflib.get_close_matches(word.lower(), vocabulary, n=1, cutoff=0.75)
        if close and close[0] != word.lower():
            words.append(close[0])
            changed = True
        else:
            words.append(word)
    if not changed:
        return None
    corrected = " ".join(words)
    found = search(replace(query, text=corrected, page=1, ids_only=True), suggest=False)
    return corrected if found.count else None


def autocomplete(text: str, language: str, limit: int) -> list[dict]:
    results, now = [], timezone.now()
    for adapter in ADAPTERS.values():
        # Current pages only, as search shows them: an offer past its last day is not offered.
        pages = (
            adapter.searchable(language)
            .filter(adapter.current(now), title__icontains=text)
            .order_by("title")
        )
        results += [
            {"title": page.title, "url": page.url, "type": adapter.content_type}
            for page in pages[:limit]
        ]
    starts = [r for r in results if r["title"].lower().startswith(text.lower())]
    rest = [r for r in results if r not in starts]
    return (starts + rest)[:limit]


def similar(page, language: str, limit: int) -> list[Hit]:
    """Current pages of the page's type that share the most topics and competences with it."""
    adapter = MODELS.get(type(page))
    if adapter is None or not adapter.tagged:
        return []
    model = adapter.model
    # Subqueries rather than id lists: no query of their own, and empty ones simply count 0.
    topics = model.topics.through.objects.filter(content_object_id=page.pk).values("tag_id")
    competences = model.competences.through.objects.filter(
        **{model._meta.model_name: page.pk}
    ).values("competence_id")
    shared = Count("tagged_items__tag", filter=Q(tagged_items__tag__in=topics), distinct=True)
    shared += Count("competences", filter=Q(competences__in=competences), distinct=True)
    pages = (
        adapter.searchable(language)
        .filter(adapter.current(timezone.now()))
        .exclude(pk=page.pk)
        .annotate(shared=shared)
        .filter(shared__gt=0)
        .order_by("-shared", "title")[:limit]
    )
    return [
        Hit(other.pk, other.title, adapter.content_type, other.url, other.teaser, "", None)
        for other in pages
    ]
