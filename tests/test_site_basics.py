"""What a site is expected to have, and what editors see: robots.txt, icons, link previews,
links to the address the site is served at, one-language choices in the admin."""

import pytest
import wagtail_factories
from bs4 import BeautifulSoup

from django.contrib.staticfiles import finders

from home.models import Competence, NavigationItem, NavigationMenu, Place
from tests import factories

pytestmark = pytest.mark.django_db


def _soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def _meta(soup: BeautifulSoup, key: str) -> str:
    tag = soup.select_one(f'meta[property="{key}"]') or soup.select_one(f'meta[name="{key}"]')
    return tag["content"]


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin_and_search(client):
    response = client.get("/robots.txt")

    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Disallow: /de/suche/" in lines and "Disallow: /en/search/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_the_favicon_is_served_by_the_portal_itself(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    assert response["Location"].startswith("/static/")
    assert finders.find("img/favicon.ico")
    soup = _soup(client.get("/de/"))
    icons = [link["href"] for link in soup.select('link[rel="icon"], link[rel="apple-touch-icon"]')]
    assert icons and all(href.startswith("/static/img/") for href in icons)


def test_a_shared_link_previews_the_page_with_its_image(client):
    image = wagtail_factories.ImageFactory(title="Cloud", file__width=1600, file__height=900)
    offer = factories.OfferPageFactory(
        title="Cloud-Workshop", teaser="Einen Nachmittag lang.", listing_image=image
    )

    soup = _soup(client.get(offer.url))

    assert _meta(soup, "og:title") == "Cloud-Workshop"
    assert _meta(soup, "og:description") == "Einen Nachmittag lang."
    assert _meta(soup, "og:url") == f"http://testserver{offer.url}"
    assert _meta(soup, "og:locale") == "de_DE"
    assert _meta(soup, "og:image").startswith("http://testserver/media/images/")
    assert (_meta(soup, "og:image:width"), _meta(soup, "og:image:height")) == ("1200", "630")
    assert _meta(soup, "twitter:card") == "summary_large_image"
    assert _meta(soup, "twitter:image") == _meta(soup, "og:image")


def test_a_page_without_an_image_previews_the_portal_picture(client):
    soup = _soup(client.get(factories.StandardPageFactory(title="Impressum").url))

    assert _meta(soup, "og:image") == "http://testserver/static/img/social-card.png"
    assert finders.find("img/social-card.png")


def test_links_name_the_address_the_site_is_served_at(client, settings):
    settings.SITE_URL = ""
    offer = factories.OfferPageFactory(slug="cloud")
    served = {"HTTP_HOST": "127.0.0.1:8000"}

    soup = _soup(client.get(offer.url, **served))

    assert soup.select_one('link[rel="canonical"]')["href"] == f"http://127.0.0.1:8000{offer.url}"
    sitemap = client.get("/sitemap.xml", **served).content.decode()
    assert f"<loc>http://127.0.0.1:8000{offer.url}</loc>" in sitemap
    assert "localhost" not in sitemap
    calendar = client.get(f"{offer.url}ics/", **served).content.decode()
    assert f"URL:http://127.0.0.1:8000{offer.url}" in calendar
    robots = client.get("/robots.txt", **served).content.decode()
    assert "Sitemap: http://127.0.0.1:8000/sitemap.xml" in robots


def test_the_public_address_wins_over_the_request_in_production(client, settings):
    settings.SITE_URL = "https://proxlab.example.org"
    offer = factories.OfferPageFactory(slug="cloud")

    soup = _soup(client.get(offer.url, HTTP_HOST="127.0.0.1"))

    assert soup.select_one('link[rel="canonical"]')["href"] == (
        f"https://proxlab.example.org{offer.url}"
    )


def main_menu() -> None:
    offers = factories.OfferIndexPageFactory()
    menu = NavigationMenu(slot="main", locale=offers.locale)
    menu.items = [NavigationItem(page=offers), NavigationItem(page=factories.german_home())]
    menu.save()


def test_small_screens_get_a_menu_button_that_opens_the_navigation_without_javascript(client):
    main_menu()

    soup = _soup(client.get("/de/"))

    button = soup.select_one("a.menu-button")
    assert button["href"] == "#menu"
    assert soup.select_one("nav#menu.main-nav")
    assert soup.select_one("nav#menu a.main-nav__close")["href"] == "#"


def test_a_challenges_results_have_one_heading(client):
    challenge = factories.ChallengePageFactory(
        phases=factories.phases_for("finished"),
        results=[
            ("heading", "Die Ergebnisse"),
            ("paragraph", "<p>Drei Teams, drei Prototypen.</p>"),
        ],
    )

    soup = _soup(client.get(challenge.url))

    section = soup.select_one("section.results")
    assert [h.get_text(strip=True) for h in section.select("h2, h3")] == ["Die Ergebnisse"]
    assert "Drei Teams" in section.get_text()


def test_the_editor_offers_choices_of_the_pages_language_only(admin_client):
    factories.translate(factories.german_home())
    partner = factories.PartnerPageFactory(title="Weserbyte GmbH")
    factories.translate(partner, {"Weserbyte GmbH": "Weserbyte Ltd"})
    offer = factories.OfferPageFactory()

    soup = _soup(admin_client.get(f"/admin/pages/{offer.pk}/edit/"))

    competences = soup.select_one("[name=competences]").find_parent(class_="competence-choices")
    labels = competences.get_text(" ", strip=True)
    english = Competence.objects.filter(locale__language_code="en")
    german = Competence.objects.filter(locale__language_code="de")
    assert english.exists()
    assert not [c.name for c in english if c.name in labels and c.name not in str(german)]
    assert len(competences.select("input[name=competences]")) == german.count()
    groups = [label.get_text(strip=True) for label in competences.select(":scope > div > label")]
    assert groups == [
        "A · Planen",
        "B · Entwickeln",
        "C · Betreiben",
        "D · Befähigen",
        "E · Steuern",
    ]
    places = [o.get_text() for o in soup.select("select[name=place] option") if o["value"]]
    assert sorted(places) == sorted(
        Place.objects.filter(locale__language_code="de").values_list("name", flat=True)
    )
    partners = [o.get_text() for o in soup.select("select[name=partner] option") if o["value"]]
    assert partners == ["Weserbyte GmbH"]


def test_the_admin_loads_no_avatar_from_gravatar(admin_client):
    html = admin_client.get("/admin/").content.decode()

    assert "gravatar" not in html
