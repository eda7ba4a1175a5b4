"""Site-wide navigation: the editors' menus and the home page of the visitor's language."""

from dataclasses import dataclass

from django import template

from wagtail.models import Locale, Page, Site

from home.models import NavigationMenu, localize

register = template.Library()


@dataclass(frozen=True)
class MenuLink:
    text: str
    url: str
    page_id: int


def _active_locale(context) -> Locale:
    page = context.get("page")
    return page.locale if isinstance(page, Page) else Locale.get_active()


@register.simple_tag(takes_context=True)
def language_home(context) -> Page | None:
    """The root of the language tree the visitor is in."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    root = site.root_page
    locale = _active_locale(context)
    if root.locale_id == locale.pk:
        return root
    return root.get_translation_or_none(locale) or root


@register.simple_tag(takes_context=True)
def navigation(context, slot: str) -> dict:
    """A menu's text and links in the visitor's language."""
    menu = NavigationMenu.for_slot(slot)
    if menu is None:
        return {"text": "", "links": []}
    request = context.get("request")
    items = list(menu.items.all())
    # Menu items keep the pages chosen in the source language: show their translations.
    pages = localize([item.page for item in items], _active_locale(context))
    links = [
        MenuLink(text=item.label or page.title, url=page.get_url(request), page_id=page.pk)
        for item, page in zip(items, pages, strict=True)
        if page.live
    ]
    return {"text": menu.text, "links": links}
