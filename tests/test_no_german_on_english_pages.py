"""No German words on live English pages (issue 18), whatever a moderator takes offline.

The change is made through the real admin views as the role that may make it; the pages are then
read as an anonymous visitor.
"""

import pytest
import wagtail_factories
from bs4 import BeautifulSoup

from django.test import Client

from wagtail.models import Collection

from home.models import NavigationItem, NavigationMenu, Topic
from tests import factories
from tests.public_forms import user_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_home():
    return factories.translate(factories.german_home(), {"ProXLab": "ProXLab", "home": "home"})


def visitor_reads(url: str) -> str:
    response = Client().get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_unpublishing_the_english_footer_shows_no_german_footer_on_english_pages(
    client, english_home
):
    german_locale = factories.german_home().locale
    german = NavigationMenu(locale=german_locale, slot="footer", text="Praxis für die Region.")
    german.items = [NavigationItem(page=factories.german_home(), label="Zur Startseite")]
    german.save()
    english = NavigationMenu(
        locale=factories.english(),
        slot="footer",
        text="Practice for the region.",
        translation_key=german.translation_key,
    )
    english.items = [NavigationItem(page=english_home, label="To the home page")]
    english.save()
    assert "Practice for the region." in visitor_reads("/en/")

    client.force_login(user_in("Moderation"))
    response = client.post(f"/admin/snippets/home/navigationmenu/unpublish/{english.pk}/")
    assert response.status_code == 302
    english.refresh_from_db()
    assert not english.live

    page = visitor_reads("/en/")
    for german_words in ("Praxis für die Region.", "Zur Startseite", "Practice for the region."):
        assert german_words not in page
    assert "Praxis für die Region." in visitor_reads("/de/")


@pytest.fixture
def web_offer(english_home):
    offer = factories.OfferPageFactory(title="Webprojekt")
    offer.topics.add("Webentwicklung")
    offer.save_revision().publish()
    tag = offer.topics.get()
    german = Topic.objects.create(locale=offer.locale, tag=tag, name="Webentwicklung")
    english_topic = Topic.objects.create(
        locale=factories.english(),
        tag=tag,
        name="Web development",
        translation_key=german.translation_key,
    )
    english_offer = factories.translate(offer, {"Webprojekt": "Web project"})
    return english_offer, english_topic


def english_topic_surfaces(english_offer) -> list[str]:
    """The English offer page, the English listing with its topic filter, and the API."""
    return [
        visitor_reads(english_offer.url),
        visitor_reads(english_offer.get_parent().url),
        visitor_reads(f"/api/v2/pages/{english_offer.pk}/"),
    ]


def test_an_unpublished_english_topic_is_left_out_not_shown_in_german(client, web_offer):
    english_offer, english_topic = web_offer
    for surface in english_topic_surfaces(english_offer):
        assert "Web development" in surface

    client.force_login(user_in("Moderation"))
    response = client.post(f"/admin/snippets/home/topic/unpublish/{english_topic.pk}/")
    assert response.status_code == 302
    english_topic.refresh_from_db()
    assert not english_topic.live

    for surface in english_topic_surfaces(english_offer):
        assert "Webentwicklung" not in surface and "Web development" not in surface
    assert Client().get(f"/api/v2/pages/{english_offer.pk}/").json()["topics"] == []
    assert "Webentwicklung" in visitor_reads(
        english_offer.get_translation(factories.german_home().locale).url
    )


def test_a_topic_never_translated_is_left_out_of_english_pages(web_offer):
    english_offer, english_topic = web_offer
    english_topic.delete()

    for surface in english_topic_surfaces(english_offer):
        assert "Webentwicklung" not in surface


def test_english_link_previews_describe_the_picture_in_english(english_home):
    picture = wagtail_factories.ImageFactory(
        title="Studierende im Labor", collection=Collection.get_first_root_node()
    )
    offer = factories.OfferPageFactory(title="Laborpraktikum", listing_image=picture)
    english_offer = factories.translate(offer, {"Laborpraktikum": "Lab internship"})

    english = BeautifulSoup(visitor_reads(english_offer.url), "html.parser")
    for selector in ('meta[property="og:image:alt"]', 'meta[name="twitter:image:alt"]'):
        assert english.select_one(selector)["content"] == "Lab internship"
    assert "Studierende im Labor" not in str(english)
    german = BeautifulSoup(visitor_reads(offer.url), "html.parser")
    assert german.select_one('meta[property="og:image:alt"]')["content"] == "Studierende im Labor"
