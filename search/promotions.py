"""Editors' promoted results (Wagtail's search_promotions) for the search page's query."""

from dataclasses import dataclass

from django.http import HttpRequest

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from home.lookups import public_pages


@dataclass
class Promotion:
    title: str
    url: str
    description: str


def promoted(text: str, language: str, request: HttpRequest | None = None) -> list[Promotion]:
    """The promoted results for `text`, in the editors' order. A promoted page appears in the
    search page's language: its live, public translation, or not at all."""
    if not text.split():
        return []
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(text))
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    keys = [pick.page.translation_key for pick in picks if pick.page]
    translations = (
        {
            page.translation_key: page
            for page in public_pages()
            .live()
            .public()
            .filter(translation_key__in=keys, locale__language_code=language)
        }
        if keys
        else {}
    )
    found = []
    for pick in picks:
        if pick.page is None:
            title = pick.external_link_text or pick.external_link_url
            found.append(Promotion(title, pick.external_link_url, pick.description))
            continue
        page = translations.get(pick.page.translation_key)
        if page is None:
            continue
        # The editor's words describe the chosen page; its translation brings its own.
        same = page.pk == pick.page.pk
        description = (pick.description if same else "") or page.search_description
        found.append(Promotion(page.title, page.get_url(request), description))
    return found
