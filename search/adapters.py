"""One small adapter per content type: which pages are searchable and what their document says.

Content apps subclass ``Adapter`` for their page types and ``register`` them when Django
starts; search keeps the article's (home's) own. The rest of search speaks in documents (plain
dicts with the fields of documents.PageDocument) and in the adapters' querysets.
"""

import datetime
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator

from django.db.models import Model, Q, QuerySet
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from home.models import ArticlePage, Topic
from search.facets import CONTENT_TYPES


def stream_text(value) -> str:
    """The words of a StreamField, without markup: every string in its stored JSON."""
    raw = value.get_prep_value() if hasattr(value, "get_prep_value") else value
    if isinstance(raw, str):
        raw = json.loads(raw or "[]")
    strings: list[str] = []

    def walk(node):
        if isinstance(node, str):
            strings.append(node)
        elif isinstance(node, dict):
            for key, item in node.items():
                if key not in {"type", "id"}:
                    walk(item)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(raw)
    return strip_tags(" ".join(strings).replace("<", " <"))  # no words glued across tags


def iso(value: datetime.date | datetime.datetime | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, datetime.datetime):
        # A day starts at local midnight, so date windows and status agree with the database.
        value = timezone.make_aware(datetime.datetime.combine(value, datetime.time.min))
    return value.isoformat()


def _grouped(rows: Iterable[tuple]) -> dict[int, list[tuple]]:
    """{page id: [the rest of each row]} from rows that start with a page id."""
    grouped: dict[int, list[tuple]] = defaultdict(list)
    for page_id, *values in rows:
        grouped[page_id].append(tuple(values))
    return grouped


def many(model: type[Page], name: str, pages: QuerySet, *columns: str) -> dict[int, list[tuple]]:
    """The related objects' ``columns`` of every page in ``pages``, in one query, in the
    related model's own order (as ``page.<name>.all()`` would give them)."""
    field = model._meta.get_field(name)
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    order = [f"{target}__{key}" for key in field.related_model._meta.ordering]
    rows = (
        field.remote_field.through.objects.filter(**{f"{source}__in": pages.values("pk")})
        .order_by(*order, "pk")
        .values_list(f"{source}_id", *(f"{target}__{column}" for column in columns))
    )
    return _grouped(rows)


def _tags(model: type[Page], pages: QuerySet) -> dict[int, list[tuple]]:
    """(tag id, slug, name) of every page's topics, in one query."""
    rows = (
        model.topics.through.objects.filter(content_object__in=pages.values("pk"))
        .order_by("pk")
        .values_list("content_object_id", "tag_id", "tag__slug", "tag__name")
    )
    return _grouped(rows)


class Adapter:
    """Turns live pages of one type into documents.

    What a document reads from other tables is looked up for all pages at once (one query
    per relation, whatever their number), not per page: a rebuild builds thousands.
    """

    model: type[Page]
    content_type: str
    label: str  # the content type's name, as its facet value shows it
    tagged = False  # has topics and competences
    # The database backend sorts and dates hits by these columns (None: the type has none).
    date_field: str | None = None  # when it starts
    end_date_field: str | None = None
    published_field = "first_published_at"  # newest first

    def current(self, now: datetime.datetime) -> Q:
        """Pages that have not left search by themselves (Wagtail's expiry)."""
        return ~Q(expire_at__lte=now)

    def closed(self, now: datetime.datetime) -> Q | None:
        """Pages one can no longer register for: a listing shows them after the open ones."""
        return None

    def searchable(self, language: str) -> QuerySet:
        """The live, public pages of this type in one language."""
        return (
            self.model.objects.live()
            .public()
            .filter(locale__language_code=language)
            .select_related("locale")
        )

    def load(self, language: str) -> QuerySet:
        return self.searchable(language)

    def working_language(self, page: Page) -> list[str]:
        """The languages the page's event or job is held in ("de", "en"); none by default."""
        return []

    def related(self, pages: QuerySet) -> dict[str, dict[int, list[tuple]]]:
        """{relation: {page id: rows}} for every page of ``pages``."""
        if not self.tagged:
            return {}
        return {
            "topics": _tags(self.model, pages),
            "competences": many(self.model, "competences", pages, "code", "name"),
        }

    def documents(self, pages: QuerySet, language: str, chunk_size: int = 0) -> Iterator[dict]:
        """The documents of ``pages`` (a queryset of ``load()``); with ``chunk_size`` the pages
        are streamed from the database rather than held all at once."""
        related = self.related(pages)
        topic_names = Topic.names(language)
        rows = pages.iterator(chunk_size=chunk_size) if chunk_size else pages
        for page in rows:
            yield self.document(page, related, topic_names, language)

    def document(
        self, page: Page, related: dict, topic_names: dict[int, str], language: str
    ) -> dict:
        tags = related.get("topics", {}).get(page.pk, [])
        competences = related.get("competences", {}).get(page.pk, [])
        return {
            "page_id": str(page.pk),
            "content_type": self.content_type,
            "url": page.url,
            "title": page.title,
            "teaser": page.teaser or page.search_description,
            "topics": [slug for _pk, slug, _name in tags],
            "topic_names": [
                shown
                for pk, _slug, name in tags
                if (shown := Topic.shown_name(topic_names, language, pk, name)) is not None
            ],
            "competences": [code for code, _name in competences],
            "competence_names": [name for _code, name in competences],
            "published": iso(page.first_published_at),
            "expire_at": iso(page.expire_at),
            **self.fields(page, related),
        }

    def fields(self, page: Page, related: dict) -> dict:
        """What this type adds to the document."""
        return {}


class ArticleAdapter(Adapter):
    model = ArticlePage
    content_type = "article"
    label = _("Articles")
    published_field = "date"
    tagged = True

    def fields(self, page: ArticlePage, related: dict) -> dict:
        return {"body": stream_text(page.body), "published": iso(page.date)}


ADAPTERS: dict[str, Adapter] = {}  # content type -> adapter, in the order registered
MODELS: dict[type[Model], Adapter] = {}


def register(adapter: Adapter) -> None:
    """Make a page type searchable: content apps call this when Django starts."""
    ADAPTERS[adapter.content_type] = adapter
    MODELS[adapter.model] = adapter
    CONTENT_TYPES[adapter.content_type] = adapter.label


def adapter_for(page: Page) -> Adapter | None:
    return MODELS.get(type(page))


def document_for(page_id: int) -> tuple[str, dict | None] | None:
    """(language, document) of a page; the document is None when the page is not searchable.

    None when no page with that id exists any more.
    """
    page = Page.objects.filter(pk=page_id).select_related("locale").first()
    if page is None:
        return None
    page = page.specific
    language = page.locale.language_code
    adapter = adapter_for(page)
    if adapter is None:
        return language, None
    return language, next(
        adapter.documents(adapter.load(language).filter(pk=page_id), language), None
    )


# Pages read from the database at a time during a rebuild.
CHUNK_SIZE = 1000


def all_documents(language: str) -> Iterator[dict]:
    """Every searchable page of one language as a document."""
    for adapter in ADAPTERS.values():
        yield from adapter.documents(adapter.load(language), language, chunk_size=CHUNK_SIZE)


def searchable_ids(language: str) -> set[str]:
    ids: set[str] = set()
    for adapter in ADAPTERS.values():
        ids.update(str(pk) for pk in adapter.searchable(language).values_list("pk", flat=True))
    return ids
