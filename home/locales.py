from wagtail.models import Locale, Page

from home.lookups import active_locale, locale_by_id


def context_locale(context) -> Locale:
    """The language a template renders in: its page's locale, else the active language's."""
    page = context.get("page")
    return locale_by_id(page.locale_id) if isinstance(page, Page) else active_locale()
