"""Site-wide navigation: the menu pages of the current language tree."""

from django import template

from wagtail.models import Locale, Page, Site

register = template.Library()


def _home(context) -> Page | None:
    """The root of the language tree the visitor is in."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    page = context.get("page")
    locale = page.locale if page is not None else Locale.get_active()
    root = site.root_page
    if root.locale_id == locale.pk:
        return root
    return root.get_translation_or_none(locale) or root


@register.simple_tag(takes_context=True)
def language_home(context) -> Page | None:
    return _home(context)


@register.simple_tag(takes_context=True)
def menu_pages(context) -> list[Page]:
    """Live children of the language's home page marked "show in menus", in tree order."""
    home = _home(context)
    if home is None:
        return []
    return list(home.get_children().live().public().in_menu().specific(defer=True))
