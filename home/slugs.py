"""Page addresses the German way: "Rückblick" → "rueckblick", "Straße" → "strasse".

Wagtail keeps umlauts in slugs (rückblick, percent-encoded in every shared link) and Django's
ASCII slugify drops them ("ruckblick", the English translation's slug); German readers expect
ue, oe, ae and ss."""

from django.utils.text import slugify

from wagtail.coreutils import find_available_slug

GERMAN_LETTERS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ẞ": "SS"}
)


def german_slug(text: str) -> str:
    """An ASCII slug: German letters transliterated, other accents dropped (é → e)."""
    return slugify(text.translate(GERMAN_LETTERS))


def taken_by_routes(parent) -> set[str]:
    """Addresses a child of `parent` cannot have: the first segments of the parent's own routes
    ("feed", "ics" of a listing), which would answer instead of the child's page."""
    routes = getattr(parent.specific_class, "get_subpage_urls", None)
    if routes is None:
        return set()
    firsts = (str(route.pattern).lstrip("^").split("/")[0] for route in routes())
    return {first for first in firsts if first and not set(first) & set("<(?[\\")}


def free_slug(parent, text: str, fallback: str) -> str:
    """A German ASCII address for a new child of `parent` that no sibling or route has."""
    slug = german_slug(text)[:60] or fallback
    if slug in taken_by_routes(parent):
        slug = f"{slug}-1"
    return find_available_slug(parent, slug)
