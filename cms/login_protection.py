"""Admin login protection: the lockout page and the rate-limited password-reset form.

django-axes counts failed logins in the database and locks the account or address. Each
request for a reset mail counts against the client's address and against the e-mail address it
names, in the portal's shared rate limit, so neither one visitor nor many can flood an inbox.
"""

import hashlib

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from wagtail.admin.views.account import PasswordResetView

from home.ratelimit import hit, is_limited


def locked_out(
    request: HttpRequest, response: HttpResponse | None = None, credentials: dict | None = None
) -> HttpResponse:
    """What an editor sees when django-axes refuses a login: why, and what to do."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "minutes": minutes}
    locked = render(request, "security/login_locked.html", context, status=429)
    locked["Retry-After"] = str(minutes * 60)
    return locked


class RateLimitedPasswordResetView(PasswordResetView):
    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        limit, period = settings.PASSWORD_RESET_RATE_LIMIT, settings.PASSWORD_RESET_RATE_PERIOD
        if is_limited(request, "password-reset", limit=limit, period=period):
            return self.limited(period)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form) -> HttpResponse:
        limit, period = settings.PASSWORD_RESET_RATE_LIMIT, settings.PASSWORD_RESET_RATE_PERIOD
        email = form.cleaned_data["email"].strip().lower()
        address_key = hashlib.sha256(f"proxlab-reset:{email}".encode()).hexdigest()[:24]
        if not hit("password-reset-email", address_key, limit=limit, period=period):
            return self.limited(period)
        return super().form_valid(form)

    def limited(self, period: int) -> HttpResponse:
        response = render(
            self.request,
            "security/password_reset_limited.html",
            {"minutes": period // 60},
            status=429,
        )
        response["Retry-After"] = str(period)
        return response
