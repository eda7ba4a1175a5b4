from contextlib import suppress

from django.conf import settings
from django.db import DatabaseError
from django.middleware.http import ConditionalGetMiddleware
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_cache_control

from home.lookups import site_for


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
