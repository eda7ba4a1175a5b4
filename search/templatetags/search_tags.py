"""Search reaches every page through these tags, so no content app imports search."""

import json

from django import template
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from home.lookups import locale_by_id
from search import service
from search.relevance import without

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
def search_url(context, text: str) -> str:
    """This search with other words: its filters kept, from the first page."""
    params = context["request"].GET.copy()
    params["q"] = text
    params.pop("page", None)
    return f"?{params.urlencode()}"


@register.simple_tag(takes_context=True)
def relaxed_search(context, dropped_words: list[str]) -> dict[str, str]:
    """The words a relaxed query dropped, quoted for this language, and the URL of this search
    without them (filters kept, first page)."""
    typed = context["request"].GET.get("q", "")
    quoted = ", ".join(_("“%(word)s”") % {"word": word} for word in dropped_words)
    return {"words": quoted, "url": search_url(context, without(typed, dropped_words))}


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


# What a hit's working languages are called; "German" alone is news only on the English site.
WORKING_LANGUAGE_LABELS = {
    ("de",): gettext_lazy("German"),
    ("en",): gettext_lazy("English"),
    ("de", "en"): gettext_lazy("German and English"),
}


@register.filter
def working_language_label(codes: list[str]) -> str:
    """The label of an offer's working languages where a reader of this site needs it: always
    on the English site (most offers are held in German), on the German site only when it is
    not German alone; "" for pages without one."""
    codes = tuple(sorted(codes or ()))
    if codes == ("de",) and translation.get_language() != "en":
        return ""
    return str(WORKING_LANGUAGE_LABELS.get(codes, ""))
