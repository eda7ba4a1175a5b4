from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms.api.docs import not_found as api_not_found
from cms.health import healthz
from cms.login_protection import RateLimitedPasswordResetView
from cms.robots import favicon, robots_txt
from cms.sitemap import AllLanguagesSitemap
from home.content_cache import cacheable
from home.page_password import throttled_authenticate_with_password
from search.views import autocomplete_api, search_api, search_page

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Before Wagtail's own route of the same name, which it replaces.
    path(
        "admin/password_reset/",
        RateLimitedPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    path("api/v2/search/", search_api, name="search_api"),
    path("api/v2/search/autocomplete/", autocomplete_api, name="search_autocomplete"),
    path("api/v2/", include("cms.api.urls")),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml",
        cacheable(sitemap, parameters=("p",)),
        {"sitemaps": {"pages": AllLanguagesSitemap}},
        name="sitemap",
    ),
    # Last of the API's routes: any other /api/ address is a JSON 404, not a page.
    re_path(r"^api/", api_not_found),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages live below a language prefix: /de/…, /en/…; "/" redirects by the browser's language.
# The search page's path is translated: /de/suche/, /en/search/.
urlpatterns += i18n_patterns(
    path(_("search/"), search_page, name="search"),
    path("", include("offers.urls")),
    # Wagtail's own address for a private page's password, throttled (before wagtail_urls).
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        throttled_authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
