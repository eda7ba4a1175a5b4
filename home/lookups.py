"""Lookups every page repeats, done once per worker and content generation (home.content_cache):
the site of a host, the locales, the private sections. Each saves a query on every page."""

import datetime

from django.db.models import Q
from django.http import HttpRequest
from django.utils import timezone, translation

from wagtail.models import Locale, Page, PageManager, PageViewRestriction, Site
from wagtail.query import PageQuerySet

from home.content_cache import remember


def private_paths() -> tuple[str, ...]:
    """Tree paths of the pages with a view restriction (usually none)."""
    return remember(
        "private-paths",
        lambda: tuple(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def private_q() -> Q:
    """Pages in a private section: Wagtail's ``private_q`` without its query per call."""
    q = Q()
    for path in private_paths():
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


def is_expired(page: Page, now: datetime.datetime | None = None) -> bool:
    """Past its Wagtail expiry: hidden at once, before `publish_scheduled` unpublishes it."""
    return page.expire_at is not None and page.expire_at <= (now or timezone.now())


def next_expiry() -> datetime.datetime | None:
    """The next moment a live page expires: a cached page may show it until then, not after."""
    moments = remember(
        "expiries",
        lambda: tuple(
            Page.objects.filter(live=True, expire_at__isnull=False)
            .order_by("expire_at")
            .values_list("expire_at", flat=True)
            .distinct()
        ),
    )
    now = timezone.now()
    return next((moment for moment in moments if moment > now), None)


class PortalPageQuerySet(PageQuerySet):
    def private_q(self) -> Q:
        return private_q()

    def live(self) -> "PortalPageQuerySet":
        """Live and not past its expiry (``expire_at``): a page leaves every listing, feed,
        calendar and search at that moment, not when `publish_scheduled` runs."""
        return super().live().exclude(expire_at__lte=timezone.now())


PortalPageManager = PageManager.from_queryset(PortalPageQuerySet)


def public_pages() -> PortalPageQuerySet:
    """All pages, with ``.public()`` that needs no query of its own."""
    return PortalPageQuerySet(Page)


def is_in_private_section(page: Page) -> bool:
    return any(page.path.startswith(path) for path in private_paths())


def _locales() -> dict[int, Locale]:
    return remember("locales", lambda: {locale.pk: locale for locale in Locale.objects.all()})


def all_locales() -> list[Locale]:
    """Every locale of the portal (remembered)."""
    return list(_locales().values())


def locale_by_id(locale_id: int) -> Locale:
    return _locales().get(locale_id) or Locale.objects.get(pk=locale_id)


def active_locale() -> Locale:
    """The locale of the active language, else the default (Locale.get_active, remembered)."""
    by_code = {locale.language_code: locale for locale in _locales().values()}
    return by_code.get(translation.get_language() or "") or Locale.get_default()


def site_for(request: HttpRequest) -> Site | None:
    """Site.find_for_request, remembered per host and port; Wagtail then reuses it."""
    if not hasattr(request, "_wagtail_site"):
        key = f"site:{request.get_host()}"
        request._wagtail_site = remember(key, lambda: Site._find_for_request(request))
    return request._wagtail_site
