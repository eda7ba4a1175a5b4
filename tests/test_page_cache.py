"""The page cache: anonymous visitors get stored pages without SQL, and a change to the
content purges every page that shows it."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from home.models import HomeFeaturedItem, NavigationItem, NavigationMenu
from tests import factories

pytestmark = pytest.mark.django_db

REDIS_LIKE = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600
    return settings


@pytest.fixture
def offer(page_cache):
    for index in (factories.PartnerIndexPageFactory, factories.ArticleIndexPageFactory):
        index()
    partner = factories.PartnerPageFactory(title="Weserbyte GmbH")
    return factories.OfferPageFactory(title="Cloud-Werkstatt", partner=partner)


def _publish_new_title(page, title: str) -> None:
    page.title = title
    page.slug = title.lower()
    page.save_revision().publish()


def test_second_visit_is_served_from_the_cache(client, offer):
    first = client.get(offer.url)
    second = client.get(offer.url)

    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_a_cached_page_is_served_without_any_sql_query_from_a_non_sql_cache(
    client, offer, settings, django_assert_num_queries
):
    # Redis in production: the page and the content generation come in one round trip.
    settings.CACHES = {"default": REDIS_LIKE, "shared": REDIS_LIKE}
    client.get(offer.url)

    with django_assert_num_queries(0):
        response = client.get(offer.url)

    assert response["X-Page-Cache"] == "hit"


def test_with_the_database_cache_a_hit_reads_one_cache_row_and_no_content(client, offer):
    client.get("/de/partner/")

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/de/partner/")

    assert response["X-Page-Cache"] == "hit"
    assert [q["sql"].count("proxlab_cache") > 0 for q in queries.captured_queries] == [True]


def test_a_hit_keeps_the_headers_of_the_page_and_gets_the_security_headers(client, offer):
    first = client.get(offer.url)
    hit = client.get(offer.url)

    for header in ("Content-Type", "Content-Language", "X-Frame-Options", "Content-Length"):
        assert hit[header] == first[header]
    for header in ("X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Opener-Policy"):
        assert header in hit


@pytest.mark.parametrize(
    "url",
    [
        "{offer}",
        "/de/angebote/",
        "/de/partner/{partner}",
        "/de/",
        "/de/angebote/ics/",
        "/sitemap.xml",
    ],
)
def test_publishing_a_new_title_purges_every_page_that_shows_it(client, offer, url):
    url = url.format(offer=offer.url, partner=f"{offer.partner.slug}/")
    # The sitemap names the page by its slug, the others by its title: both change.
    assert "cloud-werkstatt" in client.get(url).content.decode().lower()
    assert client.get(url)["X-Page-Cache"] == "hit"

    _publish_new_title(offer, "KI-Werkstatt")

    if url == offer.url:  # the page itself moved to its new slug
        offer.refresh_from_db()
        url = offer.url
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "cloud-werkstatt" not in response.content.decode().lower()
    assert "ki-werkstatt" in response.content.decode().lower()


def test_unpublishing_moving_and_deleting_purge_the_listing(client, offer):
    other = factories.OfferPageFactory(title="Datenlabor")
    assert "Datenlabor" in client.get("/de/angebote/").content.decode()

    other.unpublish()
    assert "Datenlabor" not in client.get("/de/angebote/").content.decode()

    assert "Cloud-Werkstatt" in client.get("/de/angebote/").content.decode()
    offer.move(factories.OfferIndexPageFactory(slug="archiv", title="Archiv"), pos="last-child")
    assert "Cloud-Werkstatt" not in client.get("/de/angebote/").content.decode()

    third = factories.OfferPageFactory(title="Sicherheitstag")
    assert "Sicherheitstag" in client.get("/de/angebote/").content.decode()
    third.delete()
    assert "Sicherheitstag" not in client.get("/de/angebote/").content.decode()


def test_featured_and_related_cards_follow_a_publish_on_a_warm_worker(client, offer, settings):
    # The cards are remembered per content generation, below the page cache: test them alone.
    settings.PAGE_CACHE_SECONDS = 0
    HomeFeaturedItem.objects.create(home=factories.german_home(), page=offer)
    article = factories.ArticlePageFactory(slug="bericht")
    article.related_pages.create(page=offer)
    article.save_revision().publish()
    for url in ("/de/", "/de/magazin/bericht/"):
        assert "Cloud-Werkstatt" in client.get(url).content.decode()

    _publish_new_title(offer, "KI-Werkstatt")
    for url in ("/de/", "/de/magazin/bericht/"):
        assert "KI-Werkstatt" in client.get(url).content.decode()

    offer.unpublish()
    for url in ("/de/", "/de/magazin/bericht/"):
        assert "KI-Werkstatt" not in client.get(url).content.decode()


def test_a_changed_menu_shows_on_cached_pages(client, offer):
    menu = NavigationMenu.objects.get_or_create(locale=factories.german_home().locale, slot="main")[
        0
    ]
    client.get("/de/partner/")

    NavigationItem.objects.create(menu=menu, page=offer, label="Neu im Menü")
    menu.save()

    assert "Neu im Menü" in client.get("/de/partner/").content.decode()


def test_logged_in_editors_never_get_or_fill_the_cache(client, offer, django_user_model):
    client.get(offer.url)
    editor = django_user_model.objects.create_superuser("redaktion", "r@example.org", "pw")
    client.force_login(editor)

    response = client.get(offer.url)

    assert "X-Page-Cache" not in response
    client.logout()
    client.cookies.clear()
    assert client.get(offer.url)["X-Page-Cache"] == "hit"


def test_posts_are_never_cached(client, offer):
    response = client.post(offer.url)
    assert "X-Page-Cache" not in response
    assert client.get(offer.url)["X-Page-Cache"] == "miss"


def test_a_page_with_a_csrf_form_is_not_stored(client, offer):
    PageViewRestriction.objects.create(
        page=offer, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )

    first = client.get(offer.url)
    second = client.get(offer.url)

    assert "csrfmiddlewaretoken" in first.content.decode()
    assert "X-Page-Cache" not in first
    assert "X-Page-Cache" not in second


def test_the_admin_and_previews_are_never_cached(client, offer, django_user_model):
    editor = django_user_model.objects.create_superuser("redaktion", "r@example.org", "pw")
    client.force_login(editor)
    preview = client.get(f"/admin/pages/{offer.pk}/edit/preview/")
    client.logout()
    login = client.get("/admin/login/")

    assert "X-Page-Cache" not in preview
    assert "X-Page-Cache" not in login


def test_long_query_strings_render_every_time(client, offer):
    url = "/de/angebote/?topic=" + "x" * 300
    client.get(url)
    assert "X-Page-Cache" not in client.get(url)
    client.get("/de/angebote/?page=2")
    assert client.get("/de/angebote/?page=2")["X-Page-Cache"] == "hit"


def _cache_rows() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM proxlab_cache")
        return cursor.fetchone()[0]


@pytest.mark.parametrize(
    "tracking",
    [
        "utm_source=newsletter&utm_medium=email&utm_campaign=herbst",
        "fbclid=IwAR2x",
        "gclid=Cj0KCQ",
        "mc_cid=abc&mc_eid=def",
        "msclkid=123",
        "UTM_Source=x",
    ],
)
def test_tracking_parameters_are_served_the_cached_page_and_write_no_row(client, offer, tracking):
    for url in (offer.url, "/de/angebote/?type=workshop"):
        stored = client.get(url)
        rows = _cache_rows()
        separator = "&" if "?" in url else "?"

        tracked = client.get(f"{url}{separator}{tracking}")

        assert stored["X-Page-Cache"] == "miss"
        assert tracked["X-Page-Cache"] == "hit"
        assert tracked.content == stored.content
        assert _cache_rows() == rows


def test_unknown_parameters_render_every_time_and_write_no_row(client, offer):
    client.get(offer.url)
    rows = _cache_rows()

    for number in range(3):
        response = client.get(f"{offer.url}?anything={number}")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
    listing = client.get("/de/angebote/?page=1&made_up=1")

    assert "X-Page-Cache" not in listing
    assert _cache_rows() == rows
    # What a listing reads (its filters and page numbers) is still cached.
    client.get("/de/angebote/?format=online&page=1")
    assert client.get("/de/angebote/?format=online&page=1")["X-Page-Cache"] == "hit"


def test_made_up_page_numbers_write_no_rows(client, offer):
    client.get("/de/angebote/?page=1")
    rows = _cache_rows()
    for junk in ("junk1", "junk2", "01", "001", "²", "-3", "99999999"):
        response = client.get(f"/de/angebote/?page={junk}")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response, junk
    assert _cache_rows() == rows


@pytest.fixture
def purge_server():
    """A real HTTP server in front of nothing that records the PURGE requests it gets."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    purged: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):
            purged.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", purged
    server.shutdown()


def test_a_publish_purges_the_cdn_copies_of_every_page_that_shows_it(
    client, offer, settings, purge_server
):
    location, purged = purge_server
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": location,
        }
    }
    assert "s-maxage" in client.get(offer.url)["Cache-Control"]

    _publish_new_title(offer, "KI-Werkstatt")

    partner = f"/de/partner/{offer.partner.slug}/"
    assert {"/de/", "/de/angebote/", partner, "/sitemap.xml"} <= set(purged)


def test_a_new_draft_page_leaves_cached_pages_cached(client, offer):
    """An employer's submission makes a draft offer (and partner) while visitors read."""
    client.get("/de/angebote/")

    factories.OfferPageFactory(title="Eingereichter Entwurf", live=False)
    factories.PartnerPageFactory(title="Neue Firma GmbH", live=False)

    assert client.get("/de/angebote/")["X-Page-Cache"] == "hit"
