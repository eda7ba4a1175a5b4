"""Small display helpers for templates: dates, site links, breadcrumbs, pagination."""

import datetime

from django import template
from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import pgettext

from wagtail.models import Page

from home import models

register = template.Library()


def _time_element(value: datetime.date | datetime.datetime, text: str) -> str:
    # HTML allows at most three digits of a second's fraction: whole seconds are plenty.
    if isinstance(value, datetime.datetime):
        stamp = value.isoformat(timespec="seconds")
    else:
        stamp = value.isoformat()
    return format_html('<time datetime="{}">{}</time>', stamp, text)


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
def section_pages(home: Page | None) -> dict[str, Page]:
    """The sections below a language's home page by model name, for links in templates."""
    return models.section_pages(home) if home is not None else {}


@register.simple_tag
def section_actions(sections: dict[str, Page]) -> list[tuple[Page, str]]:
    """The sections that invite visitors in ("Browse offers" …), with their button text."""
    # section_pages loaded each page's content type: its model class costs no query.
    models_ = [(page, page.content_type.model_class()) for page in sections.values()]
    return [
        (page, model.call_to_action)
        for page, model in models_
        if getattr(model, "call_to_action", "")
    ]


@register.simple_tag(takes_context=True)
def card(context, page: Page, level: int = 3) -> str:
    """The card of a page of any type, in the template its page type names."""
    template = context.template.engine.get_template(page.card_template)
    with context.push({page.card_name: page, "level": level}):
        return template.render(context)


@register.simple_tag
def breadcrumb_trail(page: Page) -> list[Page]:
    """The pages above this one, from the language's home page down to the parent (one query)."""
    ancestors = page.get_ancestors().filter(depth__gt=1)
    return list(ancestors.only("id", "path", "depth", "url_path", "title"))


@register.simple_tag(takes_context=True)
def nav_current(context, link, home: Page | None = None) -> str:
    """aria-current for a menu link: "page" on the page itself, "true" anywhere below it.

    ``link`` is a menu link (``page_id``, ``url``) or a page; the home page is never a section.
    """
    page = context.get("page")
    request = context.get("request")
    page_id = getattr(link, "page_id", None) or getattr(link, "pk", None)
    url = getattr(link, "url", "") or ""
    path = request.path if request is not None else ""
    if (isinstance(page, Page) and page.pk == page_id) or (url and path == url):
        return "page"
    if home is not None and page_id == home.pk:
        return ""
    if url.startswith("/") and path.startswith(url):
        return "true"
    return ""


@register.simple_tag
def site_name() -> str:
    """The portal's name from settings, for titles and pages that cannot ask the database."""
    return settings.WAGTAIL_SITE_NAME


@register.simple_tag
def page_numbers(items: PaginatorPage) -> list:
    """Page numbers around the current one, with the paginator's ellipsis for gaps."""
    return list(items.paginator.get_elided_page_range(items.number, on_each_side=1, on_ends=1))
