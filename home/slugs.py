"""Page addresses the German way: "Rückblick" → "rueckblick", "Straße" → "strasse".

Wagtail keeps umlauts in slugs (rückblick, percent-encoded in every shared link) and Django's
ASCII slugify drops them ("ruckblick", the English translation's slug); German readers expect
ue, oe, ae and ss."""

from django.utils.text import slugify

GERMAN_LETTERS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ẞ": "SS"}
)


def german_slug(text: str) -> str:
    """An ASCII slug: German letters transliterated, other accents dropped (é → e)."""
    return slugify(text.translate(GERMAN_LETTERS))
