"""/robots.txt: crawlers may read the portal, not the admin or search results; the sitemap."""

from django.http import HttpRequest, HttpResponse
from django.templatetags.static import static
from django.views.decorators.http import require_GET

from home.models.base import public_root_url

# Search result pages of each language (the search app serves them there).
SEARCH_PATHS = ("/de/suche/", "/en/search/")


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = ["User-agent: *", "Disallow: /admin/"]
    lines += [f"Disallow: {path}" for path in SEARCH_PATHS]
    lines.append(f"Sitemap: {public_root_url(request)}/sitemap.xml")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico whatever the page says; send them to ours."""
    response = HttpResponse(status=301)
    response["Location"] = static("img/favicon.ico")
    return response
