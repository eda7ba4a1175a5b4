"""A CDN or caching proxy in front (Wagtail's frontend cache, configured by environment):
a publish purges the page (Wagtail does) and every page that shows it (done here)."""

from django.conf import settings

from wagtail.models import Page, Site


def configured() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def pages_showing(page: Page) -> list[Page]:
    """The page's listings and home (its ancestors) and the pages it names (its partner)."""
    specific = page.specific
    pages = [ancestor.specific for ancestor in page.get_ancestors().filter(depth__gt=1)]
    pages += list(getattr(specific, "pages_showing_this", lambda: [])())
    return pages


def purge_pages_showing(page: Page) -> None:
    if not configured():
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    batch.add_pages(pages_showing(page))
    for site in Site.objects.all():
        batch.add_url(f"{site.root_url}/sitemap.xml")
    batch.purge()
