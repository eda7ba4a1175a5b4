"""The English of the demo: every German source string, as wagtail-localize segments it.

One module per content module (``content/``), each with ``TEXT`` (titles, teasers, bodies,
roles, notes …) and ``SLUGS`` (the German slug → the English one). Keys are the German strings
exactly as segmented: plain text HTML-escaped (``&amp;``), rich text as inline HTML whose tags
carry ids (``<a id="a1">…</a>``) that the English keeps. Names, addresses and e-mail addresses
that read the same in both languages map to themselves. A German date in a string is written
``{date}``; the mechanism (``translation.py``) puts in the English date.
"""

from . import (
    challenges,
    common,
    events,
    jobs,
    knowhow,
    menus,
    news,
    pages,
    partners,
    programmes,
    topics,
)

MODULES = (common, pages, menus, partners, events, programmes, jobs, challenges, news, knowhow)


def _merge(name: str) -> dict[str, str]:
    merged: dict[str, str] = {}
    for module in MODULES:
        for german, english in getattr(module, name, {}).items():
            if merged.get(german, english) != english:
                raise ValueError(
                    f"{module.__name__}.{name} translates {german!r} differently than before."
                )
            merged[german] = english
    return merged


TEXT = _merge("TEXT")
TOPICS = topics.TOPICS
SLUGS = _merge("SLUGS")
