"""The English state of every German page and snippet, for the translation status board.

A fixed number of queries however many pages there are: the German items, their English
versions, their translations and the untranslated strings of all of them are each read once.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q, QuerySet
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringSegment, Translation

from offers.models import ChallengePage, OfferPage, PartnerPage

ENGLISH = "en"


class EnglishState:
    MISSING = "missing"
    DRAFT = "draft"
    UNTRANSLATED = "untranslated"
    CURRENT = "current"
    CHANGED = "changed"

    labels = {
        MISSING: _("missing"),
        DRAFT: _("draft"),
        UNTRANSLATED: _("strings untranslated"),
        CURRENT: _("live and current"),
        CHANGED: _("live, German changed since"),
    }
    choices = list(labels.items())


@dataclass
class Row:
    key: str  # "page:12" or "home.place:7": what the bulk action posts
    title: str
    kind: str
    section: str
    state: str
    missing: int
    german_url: str
    english_url: str | None

    @property
    def state_label(self) -> str:
        if self.state == EnglishState.UNTRANSLATED:
            return _("%(count)s strings untranslated") % {"count": self.missing}
        return str(EnglishState.labels[self.state])


def translatable_snippets() -> list[type]:
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def german_sections() -> QuerySet:
    """The sections of the German page tree: Angebote, Challenges, Partner, Magazin, …"""
    return Page.objects.filter(locale__language_code=settings.LANGUAGE_CODE, depth=3).order_by(
        "path"
    )


def german_partners() -> QuerySet:
    return PartnerPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by(
        "title"
    )


def german_pages(section: Page | None = None, partner: PartnerPage | None = None) -> QuerySet:
    pages = Page.objects.filter(locale__language_code=settings.LANGUAGE_CODE, depth__gte=2)
    if section is not None:
        pages = pages.filter(path__startswith=section.path)
    if partner is not None:
        pages = pages.filter(
            Q(pk=partner.pk)
            | Q(pk__in=OfferPage.objects.filter(partner=partner).values("pk"))
            | Q(pk__in=ChallengePage.objects.filter(partner=partner).values("pk"))
        )
    return pages


def _state(english: dict | None, translation: dict | None, missing: int, changed_at) -> str:
    if english is None or english.get("alias_of_id"):
        return EnglishState.MISSING
    if missing:
        return EnglishState.UNTRANSLATED
    if not english["live"]:
        return EnglishState.DRAFT
    synced_at = translation["source__last_updated_at"] if translation else None
    if synced_at and changed_at and changed_at > synced_at:
        return EnglishState.CHANGED
    return EnglishState.CURRENT


def _translations_and_missing(keys: QuerySet, english: Locale) -> tuple[dict, dict]:
    """Translation keys (a subquery, never a long list of values) to their translation into
    English, and each translation's source to its number of untranslated strings."""
    translations = Translation.objects.filter(target_locale=english, source__object_id__in=keys)
    by_key = {
        row["source__object_id"]: row
        for row in translations.values(
            "id", "source_id", "source__object_id", "source__last_updated_at"
        )
    }
    missing = dict(
        StringSegment.objects.filter(source_id__in=translations.values("source_id"))
        .annotate_translation(english)
        .filter(translation__isnull=True)
        .values("source_id")
        .annotate(count=Count("pk"))
        .values_list("source_id", "count")
    )
    return by_key, missing


def page_rows(pages: QuerySet, english: Locale) -> list[Row]:
    german = list(
        pages.order_by("path").values(
            "pk", "title", "path", "translation_key", "last_published_at", "content_type_id"
        )
    )
    keys = pages.values("translation_key")
    sections = {page.path: page.title for page in german_sections()}
    english_pages = {
        page["translation_key"]: page
        for page in Page.objects.filter(locale=english, translation_key__in=keys).values(
            "pk", "translation_key", "live", "alias_of_id"
        )
    }
    translations, missing = _translations_and_missing(keys, english)
    rows = []
    for page in german:
        key = page["translation_key"]
        target, translation = english_pages.get(key), translations.get(key)
        count = missing.get(translation["source_id"], 0) if translation else 0
        rows.append(
            Row(
                key=f"page:{page['pk']}",
                title=page["title"],
                kind=str(_("page")),
                section=sections.get(page["path"][: Page.steplen * 3], ""),
                state=_state(target, translation, count, page["last_published_at"]),
                missing=count,
                german_url=reverse("wagtailadmin_pages:edit", args=[page["pk"]]),
                english_url=reverse("wagtailadmin_pages:edit", args=[target["pk"]])
                if target
                else None,
            )
        )
    return rows


def snippet_rows(english: Locale) -> list[Row]:
    rows = []
    for model in translatable_snippets():
        draftable = issubclass(model, DraftStateMixin)
        german_items = model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        german = list(german_items.select_related("locale"))
        keys = german_items.values("translation_key")
        fields = ["pk", "translation_key"] + (["live"] if draftable else [])
        english_items = {
            item["translation_key"]: {"live": True, **item}
            for item in model.objects.filter(locale=english, translation_key__in=keys).values(
                *fields
            )
        }
        translations, missing = _translations_and_missing(keys, english)
        edit = model.snippet_viewset.get_url_name("edit")
        for item in german:
            target = english_items.get(item.translation_key)
            translation = translations.get(item.translation_key)
            count = missing.get(translation["source_id"], 0) if translation else 0
            changed_at = getattr(item, "last_published_at", None)
            rows.append(
                Row(
                    key=f"{model._meta.label_lower}:{item.pk}",
                    title=str(item),
                    kind=str(model._meta.verbose_name),
                    section="",
                    state=_state(target, translation, count, changed_at),
                    missing=count,
                    german_url=reverse(edit, args=[item.pk]),
                    english_url=reverse(edit, args=[target["pk"]]) if target else None,
                )
            )
    return rows


def board_rows(
    section: Page | None = None, partner: PartnerPage | None = None, snippets: bool = True
) -> list[Row]:
    english = Locale.objects.get(language_code=ENGLISH)
    rows = page_rows(german_pages(section, partner), english)
    if snippets and section is None and partner is None:
        rows += snippet_rows(english)
    return rows
