"""The English twin of the demo, made through wagtail-localize as an editor's "Translate" would.

For every German demo page without an English version (the home page, the partners before the
offers and challenges that name them, then the other sections, then the text pages) and for
both navigation menus:

1. the TranslationSource and the Translation into English, as ``TranslationCreator`` makes them;
2. a StringTranslation with the English text of every source string, from ``english/``;
   page choosers in body blocks point to the English page (a SegmentOverride);
3. ``Translation.save_target``, then the page's revision is published.

Every German string must have an English entry: a missing one fails the seed, listing it.
A second run finds every English version in place and returns after a handful of queries.
"""

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction

from taggit.models import Tag
from wagtail.blocks import PageChooserBlock
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from home.models import HomePage, NavigationMenu, StandardPage, Topic
from offers.models import PartnerIndexPage

from . import english
from .builder import DemoSeedError
from .richtext import MONTHS

SHOWN_MISSING = 8

# The accessibility statement names the day of its last review, so its text changes daily:
# the dictionaries write that date as {date}.
GERMAN_DATE = re.compile(rf"\b(\d{{1,2}})\. ({'|'.join(MONTHS)}) (\d{{4}})\b")
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


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


def english_for(text: str, *, slug: bool = False) -> str | None:
    """The English of a German source string (of a slug), or None when the dictionaries lack it."""
    table = english.SLUGS if slug else english.TEXT
    if text in table:
        return table[text]
    dated = GERMAN_DATE.search(text)
    if dated is None:
        return None
    template = table.get(text[: dated.start()] + "{date}" + text[dated.end() :])
    if template is None:
        return None
    day, month, year = dated.groups()
    return template.replace("{date}", f"{day} {ENGLISH_MONTHS[MONTHS.index(month)]} {year}")


def translate_demo() -> EnglishReport:
    """Translate every German demo page and menu that has no English version yet."""
    german = Locale.objects.get(language_code="de")
    target = Locale.objects.get(language_code="en")
    _name_topics(german, target)
    pending = _pending(german, target)
    report = EnglishReport()
    if not pending:
        report.present = {
            "pages": Page.objects.filter(locale=target, depth__gt=1).count(),
            "menus": NavigationMenu.objects.filter(locale=target).count(),
        }
        return report
    with transaction.atomic():
        jobs = [_Job(instance, target) for instance in pending]
        _fail_on_missing(jobs)
        for job in jobs:
            report.strings += job.save()
            if isinstance(job.instance, Page):
                report.pages += 1
            else:
                report.menus += 1
    return report


def _name_topics(german: Locale, target: Locale) -> None:
    """Every tag gets a German and an English topic name (a translatable Topic snippet)."""
    named = set(Topic.objects.values_list("locale_id", "tag_id"))
    for tag in Tag.objects.order_by("name"):
        if (german.pk, tag.pk) in named and (target.pk, tag.pk) in named:
            continue
        if tag.name not in english.TOPICS:
            raise DemoSeedError(f"No English in cms/demo/english/topics.py for {tag.name!r}.")
        source = Topic.objects.filter(locale=german, tag=tag).first()
        if source is None:
            source = Topic.objects.create(locale=german, tag=tag, name=tag.name)
        if (target.pk, tag.pk) not in named:
            Topic.objects.create(
                locale=target,
                tag=tag,
                name=english.TOPICS[tag.name],
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


class _Job:
    """One German object on its way to English."""

    def __init__(self, instance, target: Locale) -> None:
        self.instance = instance
        self.target = target
        self.source, _ = TranslationSource.get_or_create_from_instance(instance)
        self.segments = list(
            StringSegment.objects.filter(source=self.source).select_related("string", "context")
        )

    def missing(self) -> Iterable[str]:
        for segment in self.segments:
            if english_for(segment.string.data, slug=_is_slug(segment)) is None:
                yield segment.string.data

    def save(self) -> int:
        """Enter the English strings, save and publish the English version; the strings entered."""
        for segment in self.segments:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=self.target,
                context=segment.context,
                defaults={
                    "data": english_for(segment.string.data, slug=_is_slug(segment)),
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


def _fail_on_missing(jobs: list[_Job]) -> None:
    missing = list(dict.fromkeys(text for job in jobs for text in job.missing()))
    if missing:
        shown = "\n".join(f"  {text!r}" for text in missing[:SHOWN_MISSING])
        more = len(missing) - SHOWN_MISSING
        more = f"\n  … and {more} more" if more > 0 else ""
        raise DemoSeedError(
            f"No English in cms/demo/english/ for {len(missing)} German demo string(s):\n"
            f"{shown}{more}"
        )


def _is_slug(segment: StringSegment) -> bool:
    return segment.context.path == "slug"


def _is_page_chooser(instance, context) -> bool:
    name, *names = context.get_field_path(instance).split(".")
    block = getattr(instance._meta.get_field(name), "stream_block", None)
    for child in names:
        block = getattr(block, "child_blocks", {}).get(child)
    return isinstance(block, PageChooserBlock)
