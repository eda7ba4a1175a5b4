"""The portal's URLs plus views that fail on purpose, to see the designed error pages."""

from django.conf.urls.i18n import i18n_patterns
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.http import HttpRequest, HttpResponse
from django.urls import path

from cms.urls import urlpatterns as portal_urlpatterns
from home.ratelimit import too_many_requests

SECRET = "internal-detail-7f3a"  # in every exception: no error page may show it


def fail(request: HttpRequest, status: int) -> HttpResponse:
    if status == 400:
        raise SuspiciousOperation(SECRET)
    if status == 403:
        raise PermissionDenied(SECRET)
    if status == 429:
        return too_many_requests(request, period=600)
    raise RuntimeError(SECRET)


def form(request: HttpRequest) -> HttpResponse:
    return HttpResponse("sent")


urlpatterns = [
    *i18n_patterns(path("fehler/<int:status>/", fail), path("formular/", form)),
    *portal_urlpatterns,
]
