"""Site-wide navigation: the editors' menus and the home page of the visitor's language."""

from dataclasses import dataclass

from django import template

from wagtail.models import Page

from home.content_cache import remember
from home.locales import context_locale
from home.lookups import site_for
from home.models import NavigationMenu, localize
from home.registry import header_links

register = template.Library()


@dataclass(frozen=True)
class MenuLink:
    text: str
    url: str
    page_id: int | None


@register.simple_tag(takes_context=True)
def language_home(context) -> Page | None:
    """The root of the language tree the visitor is in."""
    request = context.get("request")
    site = site_for(request) if request else None
    if site is None:
        return None
    locale = context_locale(context)

    def find() -> Page:
        root = site.root_page
        if root.locale_id == locale.pk:
            return root
        return root.get_translation_or_none(locale) or root

    return remember(f"language-home:{site.pk}:{locale.pk}", find)


@register.simple_tag(takes_context=True)
def navigation(context, slot: str) -> dict:
    """A menu's text and links in the visitor's language."""
    return _menus(context).get(slot, {"text": "", "links": []})


def _menus(context) -> dict[str, dict]:
    """All menus of the request's language, built once per worker and content generation."""
    request = context.get("request")
    locale = context_locale(context)
    site = site_for(request) if request is not None else None
    key = f"menus:{site.pk if site else 0}:{locale.pk}"
    return remember(key, lambda: _build_menus(request, locale))


def _build_menus(request, locale) -> dict[str, dict]:
    menus = NavigationMenu.for_language(locale.language_code)
    entries = [(slot, item) for slot, menu in menus.items() for item in menu.items.all()]
    # Menu items keep the pages chosen in the source language: show their translations.
    pages = localize([item.page for _slot, item in entries], locale)
    built = {slot: {"text": menu.text, "links": []} for slot, menu in menus.items()}
    for (slot, item), page in zip(entries, pages, strict=True):
        if page.live:
            link = MenuLink(
                text=item.label or page.title, url=page.get_url(request), page_id=page.pk
            )
            built[slot]["links"].append(link)
    main = built.setdefault("main", {"text": "", "links": []})
    main["links"] += [MenuLink(text, url, None) for text, url in header_links(locale, request)]
    return built
