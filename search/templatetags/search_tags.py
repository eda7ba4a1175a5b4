"""Search reaches every page through these tags, so no content app imports search."""

import json

from django import template
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

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


@register.simple_tag
def autocomplete_attributes() -> SafeString:
    """What search.js needs to suggest titles under a search input, in this language."""
    language = translation.get_language()
    return format_html(
        'data-autocomplete="{}?locale={}" data-autocomplete-labels="{}"',
        reverse("search_autocomplete"),
        language,
        json.dumps(
            {
                "list": _("Suggestions"),
                "count": _("Suggestions: %(count)s. Choose one with the arrow keys."),
            },
            ensure_ascii=False,
        ),
    )


@register.simple_tag(takes_context=True)
def relaxed_search(context, words: list[str]) -> dict[str, str]:
    """The words a relaxed query dropped, quoted for this language, and the URL of this search
    without them (filters kept, first page)."""
    request = context["request"]
    dropped = {word.lower() for word in words}
    kept = [word for word in request.GET.get("q", "").split() if word.lower() not in dropped]
    params = request.GET.copy()
    params["q"] = " ".join(kept)
    params.pop("page", None)
    quoted = ", ".join(_("“%(word)s”") % {"word": word} for word in words)
    return {"words": quoted, "url": f"?{params.urlencode()}"}


@register.filter
def urls(items) -> set[str]:
    """The URLs of promoted results: their hits are not listed a second time below them."""
    return {item.url for item in items}


@register.inclusion_tag("search/similar_offers.html")
def similar_offers(page, limit: int = 3) -> dict:
    """ "Similar offers" for a detail page, in the page's language."""
    language = locale_by_id(page.locale_id).language_code  # remembered: no query
    return {"hits": service.similar(page, language, limit)}


@register.simple_tag
def content_type_label(value: str) -> str:
    from search.facets import CONTENT_TYPES

    return str(CONTENT_TYPES.get(value, value))
