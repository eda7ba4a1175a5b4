"""The language an offer is held in, where a reader of this site needs it."""

from django import template
from django.utils import translation

from offers.choices import OfferLanguage

register = template.Library()


@register.filter
def working_language(code: str) -> str:
    """The label of an offer's working language: always on the English site (most offers are
    held in German), on the German site only when it is not German alone; "" otherwise."""
    if code not in OfferLanguage.values:
        return ""
    if translation.get_language() != "en" and code == OfferLanguage.GERMAN:
        return ""
    return str(OfferLanguage(code).label)
