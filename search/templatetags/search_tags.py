"""Search reaches every page through these tags, so no content app imports search."""

from django import template
from django.urls import reverse
from django.utils import translation

from home.lookups import locale_by_id
from search import service

register = template.Library()


@register.inclusion_tag("search/search_box.html", takes_context=True)
def search_box(context) -> dict:
    """The header's search form: a plain GET form to the search page of this language."""
    request = context.get("request")
    return {
        "action": reverse("search"),
        "value": request.GET.get("q", "")
        if request and request.resolver_match and request.resolver_match.url_name == "search"
        else "",
        "language": translation.get_language(),
    }


@register.inclusion_tag("search/similar_offers.html")
def similar_offers(page, limit: int = 3) -> dict:
    """ "Similar offers" for a detail page, in the page's language."""
    language = locale_by_id(page.locale_id).language_code  # remembered: no query
    return {"hits": service.similar(page, language, limit)}


@register.simple_tag
def content_type_label(value: str) -> str:
    from search.facets import CONTENT_TYPES

    return str(CONTENT_TYPES.get(value, value))
