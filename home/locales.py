from wagtail.models import Locale, Page


def context_locale(context) -> Locale:
    """The language a template renders in: its page's locale, else the active language's."""
    page = context.get("page")
    return page.locale if isinstance(page, Page) else Locale.get_active()
