"""Passwords of private pages (Wagtail's password view restrictions), throttled: a visitor who
keeps guessing is refused for a while, in the portal's shared rate limit."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from wagtail.views import authenticate_with_password

from home.ratelimit import is_limited, too_many_requests


def throttled_authenticate_with_password(
    request: HttpRequest, page_view_restriction_id: int, page_id: int
) -> HttpResponse:
    """Wagtail's password form handler, after at most PAGE_PASSWORD_RATE_LIMIT tries per
    client and restriction within PAGE_PASSWORD_RATE_PERIOD seconds."""
    if request.method == "POST":
        period = settings.PAGE_PASSWORD_RATE_PERIOD
        scope = f"page-password:{page_view_restriction_id}"
        if is_limited(request, scope, limit=settings.PAGE_PASSWORD_RATE_LIMIT, period=period):
            return too_many_requests(request, period=period)
    return authenticate_with_password(request, page_view_restriction_id, page_id)
