"""Language switcher, hreflang alternates and canonical link: the same page in each language."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.utils import translation

from wagtail.models import Page

from home.content_cache import remember
from home.lookups import private_q, site_for

register = template.Library()


@dataclass(frozen=True)
class LanguageVersion:
    language_code: str
    name: str  # the language's own name, e.g. "Deutsch", "English"
    url: str
    full_url: str
    is_current: bool
    is_translated: bool  # False: url leads to that language's home page instead
    is_missing: bool  # a page is shown whose translation into this language does not exist


def _language_homes(request) -> dict[str, Page]:
    site = site_for(request)
    if site is None:
        return {}
    return remember(
        f"language-homes:{site.pk}",
        lambda: {
            home.locale.language_code: home
            for home in site.root_page.get_translations(inclusive=True)
            .live()
            .select_related("locale")
        },
    )


@register.simple_tag(takes_context=True)
def language_versions(context) -> list[LanguageVersion]:
    """One entry per portal language: the page's live translation, or that language's home.

    A listing may put `language_queries` (language code to URL query) in the context, so the
    switch keeps its filters and page number.
    """
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    current = translation.get_language()
    translations = {}
    if isinstance(page, Page):
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True)
            .live()
            .exclude(private_q())
            .select_related("locale")
        }
    queries = context.get("language_queries") or {}
    homes = None
    versions = []
    for code, _label in settings.LANGUAGES:
        target = translations.get(code)
        if target is None:
            homes = homes if homes is not None else _language_homes(request)
            target = homes.get(code)
        if target is None:
            continue
        url = target.get_url(request)
        if code in translations and queries.get(code):
            url = f"{url}?{queries[code]}"
        versions.append(
            LanguageVersion(
                language_code=code,
                name=translation.get_language_info(code)["name_local"],
                url=url,
                full_url=target.get_full_url(request),
                is_current=code == current,
                is_translated=code in translations,
                is_missing=isinstance(page, Page) and code not in translations,
            )
        )
    return versions


@register.simple_tag(takes_context=True)
def canonical_url(context) -> str:
    page = context.get("page")
    request = context.get("request")
    if isinstance(page, Page) and request is not None:
        return page.get_full_url(request)
    return request.build_absolute_uri(request.path) if request is not None else ""


@register.simple_tag
def default_language() -> str:
    return settings.LANGUAGE_CODE
