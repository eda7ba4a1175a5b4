"""Small display helpers for templates: dates, site links, breadcrumbs, pagination."""

import datetime

from django import template
from django.core.paginator import Page as PaginatorPage
from django.db.models import OuterRef, Subquery
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import pgettext

from wagtail.models import Page

register = template.Library()

# Legal pages are found by the slug of their German source, so translated slugs still match.
LEGAL_SLUGS = ("impressum", "datenschutz", "barrierefreiheit")


def _time_element(value: datetime.date | datetime.datetime, text: str) -> str:
    return format_html('<time datetime="{}">{}</time>', value.isoformat(), text)


def _local(value: datetime.date | datetime.datetime) -> datetime.date | datetime.datetime:
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


@register.simple_tag
def date_range(start, end=None, with_time: bool = True) -> str:
    """A date or a span of dates (with times for datetimes), in the active language's formats.

    Same-day spans name the day once: "12. März 2026, 14:00–16:00".
    """
    if start is None:
        return ""
    start = _local(start)
    end = _local(end) if end is not None else None
    timed = with_time and isinstance(start, datetime.datetime)

    def day(value) -> str:
        return formats.date_format(value, "DATE_FORMAT")

    def clock(value) -> str:
        return formats.time_format(value, "TIME_FORMAT")

    def moment(value) -> str:
        if not (timed and isinstance(value, datetime.datetime)):
            return _time_element(value, day(value))
        text = pgettext("date and time", "{date}, {time}").format(
            date=day(value), time=clock(value)
        )
        return _time_element(value, text)

    if end is None or end == start:
        return moment(start)
    start_day = start.date() if isinstance(start, datetime.datetime) else start
    end_day = end.date() if isinstance(end, datetime.datetime) else end
    if start_day == end_day:
        if not timed:
            return moment(start)
        pattern = pgettext("time span on one day", "{date}, {start}–{end}")
        return format_html(
            pattern,
            date=day(start),
            start=_time_element(start, clock(start)),
            end=_time_element(end, clock(end)),
        )
    pattern = pgettext("span of days", "{start} – {end}")
    return format_html(pattern, start=moment(start), end=moment(end))


@register.simple_tag
def site_links(home: Page | None) -> dict:
    """Top-level pages of a language tree, in one query.

    ``sections`` maps a model name ("offerindexpage", …) to the first live child of that type,
    so templates can link to the offers or the magazine without importing other apps;
    ``legal`` lists imprint, privacy and accessibility pages in that order.
    """
    if home is None:
        return {"sections": {}, "legal": []}
    source_slug = Subquery(
        Page.objects.filter(translation_key=OuterRef("translation_key"), slug__in=LEGAL_SLUGS)
        .order_by("pk")
        .values("slug")[:1]
    )
    children = (
        home.get_children()
        .live()
        .select_related("content_type")
        .annotate(legal_slug=source_slug)
        .only("id", "path", "depth", "url_path", "title", "slug", "locale_id", "content_type")
    )
    sections: dict[str, Page] = {}
    legal: list[Page] = []
    for child in children:
        sections.setdefault(child.content_type.model, child)
        if child.legal_slug:
            legal.append(child)
    legal.sort(key=lambda child: LEGAL_SLUGS.index(child.legal_slug))
    return {"sections": sections, "legal": legal}


@register.simple_tag
def breadcrumb_trail(page: Page) -> list[Page]:
    """The pages above this one, from the language's home page down to the parent (one query)."""
    ancestors = page.get_ancestors().filter(depth__gt=1)
    return list(ancestors.only("id", "path", "depth", "url_path", "title"))


@register.filter
def in_section(page: Page | None, section: Page) -> str:
    """aria-current value for a menu item: "page" on the item itself, "true" inside it."""
    if page is None or not getattr(page, "path", None):
        return ""
    if page.path == section.path:
        return "page"
    if page.path.startswith(section.path):
        return "true"
    return ""


@register.filter
def model_name(obj) -> str:
    """The lower-case model name, to pick the card that fits a page of mixed types."""
    return obj._meta.model_name


@register.simple_tag
def page_numbers(items: PaginatorPage) -> list:
    """Page numbers around the current one, with the paginator's ellipsis for gaps."""
    return list(items.paginator.get_elided_page_range(items.number, on_each_side=1, on_ends=1))
