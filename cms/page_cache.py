"""The page cache: what an anonymous visitor gets is rendered once per content generation.

Built on Django's cache API rather than wagtail-cache: a cached page must be purged from every
page that shows it (listings, home, partner pages, feeds, calendars, sitemap) in every
gunicorn worker. One content generation (home.content_cache) read in the same round trip as
the page does that exactly, where a per-URL purge would have to know every page that shows a
card. Entries live in the "shared" cache (database cache by default, Redis through CACHE_URL).

Only what opts in is stored: Wagtail pages (home.wagtail_hooks marks them) and views wrapped
in ``home.content_cache.cacheable``. Never stored: anything but GET/HEAD, requests with a
session or messages cookie (logged-in editors, visitors in the middle of a form), the admin
and previews, responses that set a cookie, vary on Cookie (forms with a CSRF token), are
private, streamed, or not 200. Query strings: tracking parameters (utm_*, fbclid, gclid, …)
are left out of the key, so a campaign link is served the cached page. Any other parameter
must be one the view declared (its filters and page number, see
``home.content_cache.mark_cacheable``), else the page renders without being stored: made-up
parameters write no cache rows. What remains is cached when at most PAGE_CACHE_MAX_QUERY
characters; longer ones render every time. The search
page is a view that does not opt in: its results follow the index, which a background task
updates after a publish, so a page cached in between would hide the new offer.

Headers added outside this middleware (security headers, CSP) are added to hits as well;
every header set inside it is stored with the page.
"""

import hashlib
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import cc_delim_re, patch_cache_control

from home.content_cache import GENERATION_KEY, generation_from, request_scope, shared_cache
from home.lookups import next_expiry
from home.pagination import parse_page

HEADER = "X-Page-Cache"
_SKIPPED_PATHS = ("/admin/", "/documents/", "/healthz")
# Added by newsletters, ads and social networks to links; no page reads them.
TRACKING_PREFIXES = ("utm_",)
TRACKING_PARAMETERS = frozenset(
    {"fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid"}
    | {"mc_cid", "mc_eid", "igshid", "_ga", "_gl", "srsltid", "li_fat_id", "mkt_tok", "ref_src"}
)


def is_tracking(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)


def kept_parameters(request: HttpRequest) -> list[tuple[str, str]]:
    """The query's parameters without tracking ones, in their order."""
    query = request.META.get("QUERY_STRING", "")
    return [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not is_tracking(k)]


def may_serve_from_cache(request: HttpRequest) -> bool:
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(_SKIPPED_PATHS):
        return False
    if len(urlencode(kept_parameters(request))) > settings.PAGE_CACHE_MAX_QUERY:
        return False
    # A session (a logged-in editor, a visitor amid a form) or pending messages: render.
    return not any(name in request.COOKIES for name in (settings.SESSION_COOKIE_NAME, "messages"))


def may_store(request: HttpRequest, response: HttpResponse) -> bool:
    if not getattr(request, "page_cacheable", False) or request.method != "GET":
        return False
    declared = getattr(request, "page_cache_parameters", frozenset())
    if any(name not in declared for name, _value in kept_parameters(request)):
        return False
    # "?page=junk", "?page=007": the page shows page 1 or 7, but only the plain number is
    # stored, so made-up values cannot fill the cache with copies.
    if any(
        name == "page" and value != str(parse_page(value))
        for name, value in kept_parameters(request)
    ):
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    vary = {v.strip().lower() for v in cc_delim_re.split(response.get("Vary", "")) if v}
    if vary & {"cookie", "authorization", "*"}:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


def page_key(request: HttpRequest) -> str:
    """One key per address (without tracking parameters) and day: what is upcoming or open
    changes at midnight."""
    query = urlencode(kept_parameters(request))
    address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    day = timezone.localdate().isoformat()
    return f"page:{day}:{hashlib.sha256(address.encode()).hexdigest()[:40]}"


def fresh(entry: tuple | None, generation: str) -> bool:
    """A stored page of this generation whose shown pages have not expired since."""
    if entry is None or len(entry) != 5 or entry[0] != generation:
        return False
    until = entry[4]
    return until is None or timezone.now() < until


def _seconds_until(moment) -> int:
    return max(0, int((moment - timezone.now()).total_seconds()))


class PageCacheMiddleware:
    """Serve stored pages before sessions, users or the database are touched."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not may_serve_from_cache(request):
            with request_scope():
                return self.get_response(request)
        cache = shared_cache()
        key = page_key(request)
        found = cache.get_many([GENERATION_KEY, key])
        generation = generation_from(found.get(GENERATION_KEY))
        entry = found.get(key)
        if fresh(entry, generation):
            return self._replay(entry)
        with request_scope(generation):
            response = self.get_response(request)
            # A page that expires (Wagtail's expire_at) leaves every cached page at that moment.
            until = next_expiry()
        if may_store(request, response):
            seconds = settings.PAGE_CACHE_SECONDS
            if getattr(settings, "WAGTAILFRONTENDCACHE", None):  # a proxy in front may keep it
                proxy_seconds = settings.FRONTEND_CACHE_SECONDS
                if until is not None:
                    proxy_seconds = min(proxy_seconds, _seconds_until(until))
                patch_cache_control(response, public=True, s_maxage=proxy_seconds)
            headers = [(name, value) for name, value in response.items() if name != HEADER]
            entry = (generation, response.status_code, headers, response.content, until)
            if until is not None:
                seconds = min(seconds, _seconds_until(until) + 1)
            cache.set(key, entry, timeout=seconds)
            response[HEADER] = "miss"
        return response

    @staticmethod
    def _replay(entry: tuple) -> HttpResponse:
        _generation, status, headers, content, _until = entry
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response[HEADER] = "hit"
        return response
