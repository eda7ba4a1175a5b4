"""The language an offer is held in, where a reader of this site needs it."""

from django import template
from django.utils import translation

from offers.choices import OfferLanguage
from offers.models import OfferPage

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


@register.simple_tag
def with_working_languages(hits) -> list[tuple]:
    """Search hits paired with the working-language label of the offers among them (one
    query for all)."""
    ids = [hit.page_id for hit in hits if hit.content_type == "offer"]
    codes = dict(OfferPage.objects.filter(pk__in=ids).values_list("pk", "language")) if ids else {}
    return [(hit, working_language(codes.get(hit.page_id, ""))) for hit in hits]
