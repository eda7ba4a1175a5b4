"""Turn the demo's plain text and block tuples into Wagtail rich text and StreamField data."""

import datetime
import html
from collections.abc import Iterable

from wagtail.models import Page
from wagtail.rich_text import RichText

from .specs import Block

MONTHS = {
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "en": (
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
    ),
}


def written_date(day: datetime.date, language: str) -> str:
    """A date as text, independent of the active language: 3. März 2026, 3 March 2026."""
    month = MONTHS[language][day.month - 1]
    return f"{day.day}. {month} {day.year}" if language == "de" else f"{day.day} {month} {day.year}"


def rich_text(paragraphs: Iterable[str]) -> str:
    return "".join(f"<p>{html.escape(text, quote=False)}</p>" for text in paragraphs)


def bullet_list(items: Iterable[str]) -> str:
    entries = "".join(f"<li>{html.escape(item, quote=False)}</li>" for item in items)
    return f"<ul>{entries}</ul>"


def stream(blocks: Iterable[Block], pages: dict[str, Page] | None = None) -> list:
    """StreamField data for home.blocks.BodyBlock; ``pages`` resolves call-to-action slugs."""
    data = []
    for kind, *values in blocks:
        if kind == "h":
            data.append(("heading", values[0]))
        elif kind == "p":
            data.append(("paragraph", RichText(rich_text(values))))
        elif kind == "ul":
            data.append(("paragraph", RichText(bullet_list(values))))
        elif kind == "html":
            data.append(("paragraph", RichText(values[0])))
        elif kind == "q":
            quote, attribution = (*values, "")[:2]
            data.append(("quote", {"quote": quote, "attribution": attribution}))
        elif kind == "cta":
            target = (pages or {})[values[1]]
            data.append(("call_to_action", {"text": values[0], "page": target, "link": ""}))
        else:
            raise ValueError(f"Unknown demo block {kind!r}")
    return data
