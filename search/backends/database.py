"""The database backend: Wagtail's database search finds the pages, the adapters turn them into
the same documents Elasticsearch holds, and facets are counted over those documents.

It answers the same contract as the Elasticsearch backend for filters and exact words;
ranking, typo tolerance and German word forms are Elasticsearch's extras.
"""

import datetime
import difflib
import html
import re

from django.db.models import Count, Q
from django.utils import timezone

from search.adapters import ADAPTERS
from search.facets import FACETS, FACETS_BY_NAME, document_matches
from search.labels import facet_values


def _matching_ids(adapter, language: str, text: str) -> list[int] | None:
    """Ids of this type's pages that contain every word, best first (None: no text given)."""
    if not text:
        return None
    # Words only: quotes and operators are syntax to SQLite's full-text search, not text.
    words = " ".join(re.findall(r"\w+", text))
    if not words:
        return []
    # Wagtail's search filters only on declared filter fields; the locale, privacy and expiry
    # are narrowed later, when the matching pages are loaded.
    found = adapter.model.objects.filter(live=True).search(words, operator="and")
    return [page.pk for page in found]


def _documents(language: str, text: str, scope: tuple[str, ...] = ()) -> list[dict]:
    documents = []
    today = timezone.localdate()
    for adapter in ADAPTERS.values():
        if scope and adapter.content_type not in scope:
            continue
        ids = _matching_ids(adapter, language, text)
        pages = adapter.load(language)
        if ids is not None:
            if not ids:
                continue
            pages = pages.filter(pk__in=ids)
        ranked = list(adapter.documents(pages, language))
        if ids is not None:
            rank = {str(pk): position for position, pk in enumerate(ids)}
            for document in ranked:
                document["_rank"] = rank[document["page_id"]]
        documents.extend(d for d in ranked if _current(d, today))
    return documents


def _current(document: dict, today: datetime.date) -> bool:
    expires = document.get("expires_on")
    return not expires or datetime.datetime.fromisoformat(expires).date() >= today


def _by_start(documents: list[dict], latest_first: bool) -> list[dict]:
    """A listing's order: what one can still register for first, then by start date (soonest
    or latest first), undated last, then title."""
    now = timezone.now()

    def key(d):
        date, closes = d.get("date"), d.get("closes")
        closed = closes is not None and datetime.datetime.fromisoformat(closes) <= now
        stamp = datetime.datetime.fromisoformat(date).timestamp() if date else 0.0
        return (closed, date is None, -stamp if latest_first else stamp, d["title"])

    return sorted(documents, key=key)


def _sorted(documents: list[dict], sort: str) -> list[dict]:
    if sort in ("soonest", "latest"):
        return _by_start(documents, latest_first=sort == "latest")
    if sort == "newest":
        return sorted(documents, key=lambda d: d.get("published") or "", reverse=True)
    if sort == "date":
        now = timezone.now()

        def upcoming_first(d):
            date = d.get("date")
            start = datetime.datetime.fromisoformat(date) if date else None
            return (start is None or start < now, start or now, d.get("_rank", 0))

        return sorted(documents, key=upcoming_first)
    return sorted(documents, key=lambda d: (d.get("_rank", 0), d["title"].lower()))


def _highlight(text: str, words: list[str]) -> str:
    escaped = html.escape(text or "")
    for word in words:
        pattern = re.compile(rf"({re.escape(html.escape(word))})", re.IGNORECASE)
        escaped = pattern.sub(r"<mark>\1</mark>", escaped)
    return escaped


def search(query):
    from search.service import Hit, Result

    documents = _documents(query.language, query.text, query.scope)
    chosen = {
        name: values for name, values in query.filters.items() if values and name in FACETS_BY_NAME
    }
    now = timezone.now()
    passes = {
        id(doc): {
            name: document_matches(doc, FACETS_BY_NAME[name], vals, now)
            for name, vals in chosen.items()
        }
        for doc in documents
    }
    hits = [doc for doc in documents if all(passes[id(doc)].values())]
    counts = {}
    for facet in FACETS:
        # Each facet's counts apply every other facet's filter, not its own.
        others = [
            doc
            for doc in documents
            if all(ok for name, ok in passes[id(doc)].items() if name != facet.name)
        ]
        counts[facet.name] = _count(facet, others, now)
    ordered = _sorted(hits, query.sort)
    page = ordered[query.offset : query.offset + query.per_page]
    words = query.text.split()
    return Result(
        query=query,
        count=len(hits),
        hits=[
            Hit(
                page_id=int(d["page_id"]),
                title=d["title"],
                content_type=d["content_type"],
                url=d["url"],
                teaser=d.get("teaser") or "",
                highlight=_highlight(d.get("teaser") or "", words) if words else "",
                date=d.get("date"),
                end_date=d.get("end_date"),
            )
            for d in page
        ],
        facets=facet_values(counts, query.filters, query.language, query.labels),
        suggestion=_suggestion(query) if not hits and query.text else None,
        backend="database",
    )


def _count(facet, documents: list[dict], now) -> dict[str, int]:
    if facet.windows:
        return {
            value: sum(1 for d in documents if document_matches(d, facet, [value], now))
            for value in facet.choices
        }
    counts: dict[str, int] = {}
    for document in documents:
        present = document.get(facet.field)
        for value in set(present if isinstance(present, list) else [present]):
            if value:
                counts[value] = counts.get(value, 0) + 1
    return counts


def _vocabulary(language: str) -> set[str]:
    words: set[str] = set()
    for adapter in ADAPTERS.values():
        for title, teaser in adapter.searchable(language).values_list("title", "teaser"):
            words.update(re.findall(r"\w{3,}", f"{title} {teaser}".lower()))
    return words


def _suggestion(query) -> str | None:
    vocabulary = sorted(_vocabulary(query.language))
    words, changed = [], False
    for word in query.text.split():
        close = difflib.get_close_matches(word.lower(), vocabulary, n=1, cutoff=0.75)
        if close and close[0] != word.lower():
            words.append(close[0])
            changed = True
        else:
            words.append(word)
    return " ".join(words) if changed else None


def autocomplete(text: str, language: str, limit: int) -> list[dict]:
    results = []
    for adapter in ADAPTERS.values():
        pages = adapter.searchable(language).filter(title__icontains=text).order_by("title")
        results += [
            {"title": page.title, "url": page.url, "type": adapter.content_type}
            for page in pages[:limit]
        ]
    starts = [r for r in results if r["title"].lower().startswith(text.lower())]
    rest = [r for r in results if r not in starts]
    return (starts + rest)[:limit]


def similar(page, language: str, limit: int) -> list:
    """Current offers that share the most topics and competences with the page, in one query."""
    from search.service import Hit

    adapter = ADAPTERS["offer"]
    model = adapter.model
    # Subqueries rather than id lists: no query of their own, and empty ones simply count 0.
    topics = model.topics.through.objects.filter(content_object_id=page.pk).values("tag_id")
    competences = model.competences.through.objects.filter(
        **{model._meta.model_name: page.pk}
    ).values("competence_id")
    shared = Count("tagged_items__tag", filter=Q(tagged_items__tag__in=topics), distinct=True)
    shared += Count("competences", filter=Q(competences__in=competences), distinct=True)
    offers = (
        adapter.searchable(language)
        .current()
        .exclude(pk=page.pk)
        .annotate(shared=shared)
        .filter(shared__gt=0)
        .order_by("-shared", "title")[:limit]
    )
    return [
        Hit(offer.pk, offer.title, "offer", offer.url, offer.teaser, "", None) for offer in offers
    ]
