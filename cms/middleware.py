from contextlib import suppress

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse
from django.middleware.http import ConditionalGetMiddleware
from django.middleware.locale import LocaleMiddleware
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import patch_cache_control

from home.lookups import site_for


class RequestBodyLimitMiddleware:
    """Refuse a body over the limit with 413 before anything reads it (by its Content-Length).

    A body without a length (chunked) is never read by Django, so it needs no cap. The admin
    has its own, larger limit for documents and images.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        admin = request.path.startswith("/admin/")
        limit = settings.MAX_ADMIN_REQUEST_BODY_MB if admin else settings.MAX_REQUEST_BODY_MB
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0  # Django reads no body whose length it cannot tell
        if length > limit * 1024 * 1024:
            return self.refuse(request, limit)
        return self.get_response(request)

    @staticmethod
    def refuse(request: HttpRequest, limit_mb: int) -> HttpResponse:
        # Before LocaleMiddleware: the language comes from the path, cookie or browser.
        language = translation.get_language_from_request(request, check_path=True)
        with translation.override(language):
            page = render_to_string("413.html", {"limit_mb": limit_mb})
        return HttpResponse(page, status=413)


class AdminDefaultLanguageMiddleware:
    """The Wagtail admin speaks German unless an editor chose another language in their account.

    Without this, LocaleMiddleware would follow the browser's language outside /de/ and /en/.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/admin/"):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)


class RememberedSiteMiddleware:
    """Give Wagtail the request's site from memory (home.lookups) instead of a query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # With the database (or the database cache) down, let the view answer, so /healthz
        # can say 503 instead of this middleware failing with a 500.
        with suppress(DatabaseError):
            site_for(request)
        return self.get_response(request)


class ApiConditionalGetMiddleware(ConditionalGetMiddleware):
    """ETags on the JSON API, and 304 Not Modified when a client already has the answer.

    Public answers may be cached for a minute; a draft shown through a preview token never.
    """

    def process_response(self, request, response):
        if not request.path.startswith("/api/"):
            return response
        if "token" in request.GET:
            patch_cache_control(response, private=True, no_store=True)
        elif response.status_code == 200 and not response.has_header("Cache-Control"):
            patch_cache_control(response, public=True, max_age=60)
        return super().process_response(request, response)


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that an API 404 stays a JSON 404.

    Django would answer it with a redirect to /de/api/…, which Wagtail's catch-all serves.
    """

    def process_response(self, request, response):
        if request.path.startswith("/api/"):
            return response
        return super().process_response(request, response)
