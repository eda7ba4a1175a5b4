"""/api/v2/openapi.json and /api/v2/docs/: the description, and Swagger UI to read it.

Swagger UI comes from the pinned drf-spectacular-sidecar package and is served as our own
static files: the documentation loads nothing from another host.
"""

import functools

from csp.decorators import csp_update

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from .openapi import description


@functools.cache
def cached_description() -> dict:
    """Built once per process: it depends on code only."""
    return description()


@require_GET
def openapi_json(request: HttpRequest) -> JsonResponse:
    return JsonResponse(cached_description(), json_dumps_params={"ensure_ascii": False})


def not_found(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"message": "There is no such API endpoint."}, status=404)


@require_GET
@csp_update({"img-src": ["data:"]})  # Swagger UI's stylesheet draws its icons as data: SVGs
def documentation(request: HttpRequest) -> HttpResponse:
    return render(request, "api/docs.html")
