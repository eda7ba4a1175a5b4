"""One small adapter per content type: which pages are searchable and what their document says.

This is the only module that reads the content apps' models; the rest of search speaks in
documents (plain dicts with the fields of documents.PageDocument).
"""

import datetime
import json
from collections.abc import Iterable, Iterator

from django.db.models import Model, QuerySet
from django.utils import timezone
from django.utils.html import strip_tags

from wagtail.models import Page

from home.models import ArticlePage, Topic
from offers.choices import Audience
from offers.models import ChallengePage, OfferPage, PartnerPage


def _stream_text(value) -> str:
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
    return strip_tags(" ".join(strings))


def _iso(value: datetime.date | datetime.datetime | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, datetime.datetime):
        # A day starts at local midnight, so date windows and status agree with the database.
        value = timezone.make_aware(datetime.datetime.combine(value, datetime.time.min))
    return value.isoformat()


class Adapter:
    """Turns live pages of one type into documents."""

    model: type[Page]
    content_type: str
    related: tuple[str, ...] = ()

    def searchable(self, language: str) -> QuerySet:
        """The live, public pages of this type in one language."""
        return (
            self.model.objects.live()
            .public()
            .filter(locale__language_code=language)
            .select_related("locale")
        )

    def documents(self, pages: Iterable[Page], language: str) -> Iterator[dict]:
        pages = list(pages)
        topic_names = Topic.names(language)
        for page in pages:
            yield self.document(page, topic_names)

    def load(self, language: str) -> QuerySet:
        return self.searchable(language).prefetch_related(*self.related)

    def document(self, page: Page, topic_names: dict[int, str]) -> dict:
        # Through tagged_items, which load() prefetches (topics.all() would ask per page).
        tags = [item.tag for item in page.tagged_items.all()] if hasattr(page, "topics") else []
        competences = list(page.competences.all()) if hasattr(page, "competences") else []
        return {
            "page_id": str(page.pk),
            "content_type": self.content_type,
            "url": page.url,
            "title": page.title,
            "teaser": page.teaser or page.search_description,
            "topics": [tag.slug for tag in tags],
            "topic_names": [topic_names.get(tag.pk, tag.name) for tag in tags],
            "competences": [competence.code for competence in competences],
            "competence_names": [competence.name for competence in competences],
            "published": _iso(page.first_published_at),
            **self.fields(page),
        }

    def fields(self, page: Page) -> dict:
        """What this type adds to the document."""
        return {}


class ExchangeAdapter(Adapter):
    related = ("tagged_items__tag", "competences", "place", "partner")

    def load(self, language: str) -> QuerySet:
        return super().load(language).select_related("place", "partner")

    def fields(self, page) -> dict:
        return {
            "format": page.format,
            "place": [page.place.slug] if page.place else [],
            "place_name": page.place.name if page.place else "",
            "partner": page.partner.slug if page.partner else None,
            "partner_name": page.partner.title if page.partner else "",
        }


class OfferAdapter(ExchangeAdapter):
    model = OfferPage
    content_type = "offer"

    def fields(self, page: OfferPage) -> dict:
        audience = [
            code
            for code, chosen in (
                (Audience.STUDENTS, page.for_students),
                (Audience.GRADUATES, page.for_graduates),
                (Audience.EMPLOYERS, page.for_employers),
            )
            if chosen
        ]
        return {
            **super().fields(page),
            "body": _stream_text(page.body),
            "offer_type": page.offer_type,
            "audience": [str(code) for code in audience],
            "date": _iso(page.starts_at),
            "end_date": _iso(page.ends_at),
            "expires_on": _iso(page.expires_on),
        }


class ChallengeAdapter(ExchangeAdapter):
    model = ChallengePage
    content_type = "challenge"

    def fields(self, page: ChallengePage) -> dict:
        return {
            **super().fields(page),
            "body": strip_tags(f"{page.problem} {page.expected_results}"),
            "date": _iso(page.starts_on),
            "end_date": _iso(page.ends_on),
            "application_opens": _iso(page.application_opens),
            "application_closes": _iso(page.application_closes),
        }


class PartnerAdapter(Adapter):
    model = PartnerPage
    content_type = "partner"
    related = ("cities",)

    def fields(self, page: PartnerPage) -> dict:
        cities = list(page.cities.all())
        return {
            "body": strip_tags(f"{page.industry} {page.description}"),
            "place": [city.slug for city in cities],
            "place_name": " ".join(city.name for city in cities),
            "partner": page.slug,
            "partner_name": page.title,
        }


class ArticleAdapter(Adapter):
    model = ArticlePage
    content_type = "article"
    related = ("tagged_items__tag", "competences")

    def fields(self, page: ArticlePage) -> dict:
        return {"body": _stream_text(page.body), "published": _iso(page.date)}


ADAPTERS: dict[str, Adapter] = {
    adapter.content_type: adapter
    for adapter in (OfferAdapter(), ChallengeAdapter(), PartnerAdapter(), ArticleAdapter())
}
MODELS: dict[type[Model], Adapter] = {adapter.model: adapter for adapter in ADAPTERS.values()}


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
    found = adapter.load(language).filter(pk=page_id).first()
    if found is None:
        return language, None
    return language, next(adapter.documents([found], language))


def all_documents(language: str) -> Iterator[dict]:
    """Every searchable page of one language as a document."""
    for adapter in ADAPTERS.values():
        yield from adapter.documents(adapter.load(language).iterator(chunk_size=200), language)


def searchable_ids(language: str) -> set[str]:
    ids: set[str] = set()
    for adapter in ADAPTERS.values():
        ids.update(str(pk) for pk in adapter.searchable(language).values_list("pk", flat=True))
    return ids
