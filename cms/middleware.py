from contextlib import suppress

from django.conf import settings
from django.db import DatabaseError
from django.utils import translation

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
