"""The English twin of the demo, made through wagtail-localize as an editor's "Translate" would.

For every German demo page without an English version (the home page, the partners before the
offers and challenges that name them, then the other sections, then the text pages) and for
both navigation menus:

1. the TranslationSource and the Translation into English, as ``TranslationCreator`` makes them;
2. the English text: the page is made in memory from its record's English (``spec.english()``)
   with the same code as the German, both are cut into segments by wagtail-localize, and each
   German source string gets the English string at the same place as its StringTranslation;
   page choosers in body blocks point to the English page (a SegmentOverride);
3. ``Translation.save_target``, then the page's revision is published.

The German page must still read as its record does, and the English must have its shape: any
difference fails the seed, naming the page and the field. A second run finds every English
version in place and returns after a handful of queries.
"""

import datetime
import json
import re
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from taggit.models import Tag
from wagtail.blocks import PageChooserBlock
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from home.models import HomePage, NavigationMenu, StandardPage, Topic
from offers.models import PartnerIndexPage

from . import content
from .builder import all_specs
from .specs import DemoSeedError, MenuSpec
from .text import page_model, text_fields

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass
class EnglishReport:
    pages: int = 0
    menus: int = 0
    strings: int = 0
    present: dict[str, int] = field(default_factory=dict)

    def __str__(self) -> str:
        if not (self.pages or self.menus):
            pages, menus = self.present["pages"], self.present["menus"]
            return f"English: already present ({pages} pages, {menus} menus)."
        return (
            f"English: {self.pages} pages and {self.menus} menus translated "
            f"({self.strings} strings)."
        )


def translate_demo() -> EnglishReport:
    """Translate every German demo page and menu that has no English version yet."""
    german = Locale.objects.get(language_code="de")
    target = Locale.objects.get(language_code="en")
    _name_topics(german, target)
    twins = _Twins()
    # Pages the demo did not make (an employer's draft, an editor's page) are left alone.
    pending = [instance for instance in _pending(german, target) if twins.knows(instance)]
    report = EnglishReport()
    if not pending:
        report.present = {
            "pages": Page.objects.filter(locale=target, depth__gt=1).count(),
            "menus": NavigationMenu.objects.filter(locale=target).count(),
        }
        return report
    with transaction.atomic():
        # Every English text is paired before anything is saved.
        jobs = [_Job(instance, target, *twins.of(instance)) for instance in pending]
        for job in jobs:
            report.strings += job.save()
            if isinstance(job.instance, Page):
                report.pages += 1
            else:
                report.menus += 1
    return report


def _name_topics(german: Locale, target: Locale) -> None:
    """Every demo tag gets a German and an English topic name (a translatable Topic snippet).
    Tags the demo did not make (an approved submission's, an editor's) are left to the editors."""
    named = set(Topic.objects.values_list("locale_id", "tag_id"))
    for tag in Tag.objects.filter(name__in=content.TOPICS).order_by("name"):
        if (german.pk, tag.pk) in named and (target.pk, tag.pk) in named:
            continue
        source = Topic.objects.filter(locale=german, tag=tag).first()
        if source is None:
            source = Topic.objects.create(locale=german, tag=tag, name=tag.name)
        if (target.pk, tag.pk) not in named:
            Topic.objects.create(
                locale=target,
                tag=tag,
                name=content.TOPICS[tag.name],
                translation_key=source.translation_key,
            )


def _pending(german: Locale, target: Locale) -> list:
    """The German demo objects without an English version, parents before their children."""
    home = HomePage.objects.filter(depth=2, locale=german).first()
    if home is None:
        raise DemoSeedError("There is no German home page; run the migrations first.")
    done = set(Page.objects.filter(locale=target).values_list("translation_key", flat=True)) | set(
        NavigationMenu.objects.filter(locale=target).values_list("translation_key", flat=True)
    )
    pages = Page.objects.descendant_of(home, inclusive=True).filter(locale=german)
    menus = NavigationMenu.objects.filter(locale=german).order_by("slot")
    todo = [page for page in pages.only("translation_key") if page.translation_key not in done]
    todo_menus = [menu for menu in menus if menu.translation_key not in done]
    if not (todo or todo_menus):
        return []

    partner_index = PartnerIndexPage.objects.child_of(home).first()
    standard = set(StandardPage.objects.child_of(home).values_list("pk", flat=True))

    def order(page: Page) -> tuple:
        # Offers and challenges name a partner: its English page must exist before theirs.
        # Text pages link to the sections: they come last.
        if page.pk == home.pk:
            return (0, page.path)
        if partner_index is not None and page.path.startswith(partner_index.path):
            return (1, page.path)
        return (3 if page.pk in standard else 2, page.path)

    todo = sorted(Page.objects.filter(pk__in=[p.pk for p in todo]).specific(), key=order)
    return todo + todo_menus


class _Twins:
    """For a German demo page or menu: the German as its record reads, and the English."""

    def __init__(self) -> None:
        self._by_day: dict[datetime.date, dict] = {}

    def knows(self, instance) -> bool:
        """Whether the demo has a record of this German page or menu."""
        if isinstance(instance, HomePage | NavigationMenu):
            return True
        return (type(instance), instance.slug) in self._records(self._review_day(instance))

    def of(self, instance) -> tuple:
        if isinstance(instance, HomePage):
            # The migrations wrote the German home page; the demo has only its English.
            return instance, HomePage(**content.HOME_EN), "the home page"
        if isinstance(instance, NavigationMenu):
            spec = self._menus.get(instance.slot)
            if spec is None:
                raise DemoSeedError(f"No demo record for the {instance.slot!r} menu.")
            return (
                NavigationMenu(**text_fields(spec, "de")),
                NavigationMenu(**text_fields(spec.english(), "en")),
                spec.label,
            )
        spec = self._records(self._review_day(instance))[(type(instance), instance.slug)]
        # Calls to action in text pages name a section: the same in both languages.
        sections = {page.slug: page for page in instance.get_parent().get_children()}
        model = type(instance)
        return (
            model(**text_fields(spec, "de", sections)),
            model(**text_fields(spec.english(), "en", sections)),
            spec.label,
        )

    @property
    def _menus(self) -> dict[str, MenuSpec]:
        return {spec.slot: spec for spec in content.MENUS}

    @staticmethod
    def _review_day(page: Page) -> datetime.date:
        """The accessibility statement names the day it was made: the day it was published."""
        published = page.first_published_at
        return timezone.localtime(published).date() if published else timezone.localdate()

    def _records(self, day: datetime.date) -> dict:
        if day not in self._by_day:
            self._by_day[day] = {
                (page_model(spec), spec.slug): spec
                for spec in all_specs(day)
                if not isinstance(spec, MenuSpec)
            }
        return self._by_day[day]


def _strings(instance) -> list[tuple[str, str]]:
    """(path, text) of every source string of an instance, as wagtail-localize cuts it."""
    for model_field in instance._meta.get_fields():
        if isinstance(model_field, StreamField):
            # Blocks get their ids when saved; an in-memory page needs them now.
            model_field.get_prep_value(getattr(instance, model_field.name))
    segments = [s for s in extract_segments(instance) if isinstance(s, StringSegmentValue)]
    paths = _numbered([segment.path for segment in segments])
    return [(path, s.string.data) for path, s in zip(paths, segments, strict=True)]


def _numbered(paths: list[str]) -> list[str]:
    """Block and row ids differ between two copies of a page: number them in order instead."""
    numbers: dict[str, str] = {}
    return [UUID.sub(lambda m: numbers.setdefault(m[0], str(len(numbers))), p) for p in paths]


def _pair(in_db: list, german: list, english: list, label: str) -> list[str]:
    """The English of each German source string, in order; fails on the first difference."""
    index = _difference([path for path, _ in german], [path for path, _ in english])
    if index is not None:
        raise DemoSeedError(
            f"Demo {label}: the English does not have the German's shape in field "
            f"{_field(german, english, index)!r} (German: {_text(german, index)}; "
            f"English: {_text(english, index)})."
        )
    index = _difference(in_db, german)
    if index is not None:
        raise DemoSeedError(
            f"Demo {label}: the German page no longer reads as its record in cms/demo/content/, "
            f"in field {_field(in_db, german, index)!r} (page: {_text(in_db, index)}; record: "
            f"{_text(german, index)}); translate it in the admin instead."
        )
    return [text for _, text in english]


def _difference(one: list, other: list) -> int | None:
    """The index of the first item that differs, or None."""
    for index, (a, b) in enumerate(zip(one, other, strict=False)):
        if a != b:
            return index
    return None if len(one) == len(other) else min(len(one), len(other))


def _field(one: list, other: list, index: int) -> str:
    path = (one if index < len(one) else other)[index][0]
    return path.split(".")[0]


def _text(strings: list, index: int) -> str:
    return repr(strings[index][1]) if index < len(strings) else "nothing more"


class _Job:
    """One German object on its way to English."""

    def __init__(self, instance, target: Locale, german, english, label: str) -> None:
        self.instance = instance
        self.target = target
        self.source, _ = TranslationSource.get_or_create_from_instance(instance)
        self.segments = list(
            StringSegment.objects.filter(source=self.source)
            .select_related("string", "context")
            .order_by("order")
        )
        paths = _numbered([segment.context.path for segment in self.segments])
        in_db = [(path, s.string.data) for path, s in zip(paths, self.segments, strict=True)]
        self.english = _pair(in_db, _strings(german), _strings(english), label)

    def save(self) -> int:
        """Enter the English strings, save and publish the English version; the strings entered."""
        for segment, english in zip(self.segments, self.english, strict=True):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=self.target,
                context=segment.context,
                defaults={
                    "data": english,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "has_error": False,
                },
            )
        self._check_strings()
        self._override_page_choosers()
        translation, _ = Translation.objects.get_or_create(
            source=self.source, target_locale=self.target
        )
        is_page = isinstance(self.instance, Page)
        # A page is saved as a draft and published below, within this transaction: save_target's
        # own publishing waits for the commit, which a test's rolled-back transaction never sees.
        translation.save_target(publish=not is_page)
        translated = self.instance.get_translation(self.target)
        if is_page:
            translated.specific.get_latest_revision().publish()
        return len(self.segments)

    def _check_strings(self) -> None:
        broken = StringTranslation.objects.filter(
            locale=self.target,
            context__object_id=self.source.object_id,
            has_error=True,
        ).select_related("translation_of")
        if broken:
            shown = "; ".join(f"{b.translation_of.data!r} → {b.data!r}" for b in broken[:3])
            raise DemoSeedError(
                f"English text that wagtail-localize rejects (its inline tags must match the "
                f"German ones) in {self.instance}: {shown}"
            )

    def _override_page_choosers(self) -> None:
        """A page chosen in a body block (a call to action) becomes its English version."""
        for segment in OverridableSegment.objects.filter(source=self.source).select_related(
            "context"
        ):
            chosen = segment.data
            if not isinstance(chosen, int) or not _is_page_chooser(self.instance, segment.context):
                continue
            page = Page.objects.filter(pk=chosen).first()
            translated = page.get_translation_or_none(self.target) if page else None
            if translated is not None:
                SegmentOverride.objects.update_or_create(
                    locale=self.target,
                    context=segment.context,
                    defaults={"data_json": json.dumps(translated.pk)},
                )


def _is_page_chooser(instance, context) -> bool:
    name, *names = context.get_field_path(instance).split(".")
    block = getattr(instance._meta.get_field(name), "stream_block", None)
    for child in names:
        block = getattr(block, "child_blocks", {}).get(child)
    return isinstance(block, PageChooserBlock)
