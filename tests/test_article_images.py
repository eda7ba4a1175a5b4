"""Articles and text pages have a title image an editor chooses in the admin: it heads the page,
fills the card and is the picture of a shared link, in German and in English."""

import pytest
import wagtail_factories
from bs4 import BeautifulSoup

from home.models import ArticlePage, StandardPage
from tests.admin_forms import edit_form_data
from tests.factories import ArticlePageFactory, StandardPageFactory, translate
from tests.public_forms import user_in

pytestmark = pytest.mark.django_db


def publish_with_image(client, page, image):
    """An editor chooses the image in the page editor and submits; a moderator approves."""
    client.force_login(user_in("Redaktion"))
    data = {**edit_form_data(client, page), "listing_image": [str(image.pk)]}
    response = client.post(f"/admin/pages/{page.pk}/edit/", {**data, "action-submit": ["Submit"]})
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    client.force_login(user_in("Moderation"))
    task_state = page.current_workflow_task_state
    client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {})
    client.logout()
    return type(page).objects.get(pk=page.pk)


def soup(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def social_image(page_soup: BeautifulSoup) -> str:
    return page_soup.find("meta", property="og:image")["content"]


def test_an_editor_gives_a_new_article_its_title_image(client):
    article = ArticlePageFactory(title="Neu im Netzwerk", slug="neu-im-netzwerk")
    image = wagtail_factories.ImageFactory(title="Titelbild Netzwerk")

    article = publish_with_image(client, article, image)

    assert article.live and article.listing_image == image
    card = soup(client, article.get_parent().url).find("article", class_="card--article")
    assert card.find("img")["src"] == image.get_rendition("fill-640x360").url
    assert not card.find(class_="card__placeholder")
    page = soup(client, article.url)
    assert page.select_one(".detail__figure img")["src"] == (
        image.get_rendition("fill-1280x560").url
    )
    assert social_image(page).endswith(image.get_rendition("fill-1200x630").url)
    assert soup(client, "/de/").select_one(".card--article img")["src"] == (
        image.get_rendition("fill-640x360").url
    )


def test_the_english_article_carries_the_title_image(client):
    article = ArticlePageFactory(title="Neu im Netzwerk", slug="neu-im-netzwerk")
    image = wagtail_factories.ImageFactory(title="Titelbild Netzwerk")
    article = publish_with_image(client, article, image)

    english = ArticlePage.objects.get(pk=translate(article).pk)

    assert english.listing_image == image
    assert soup(client, english.url).select_one(".detail__figure img")["src"] == (
        image.get_rendition("fill-1280x560").url
    )
    api = client.get(f"/api/v2/pages/{english.pk}/").json()
    assert api["image"]["id"] == image.pk
    assert api["image"]["large"]["url"].endswith(image.get_rendition("fill-1280x560").url)


def test_an_editor_gives_a_text_page_its_title_image(client):
    about = StandardPageFactory(title="Über ProXLab", slug="ueber-proxlab")
    image = wagtail_factories.ImageFactory(title="Team im Labor")

    about = publish_with_image(client, about, image)

    assert about.listing_image == image
    page = soup(client, about.url)
    assert page.select_one(".detail__figure img")["src"] == (
        image.get_rendition("fill-1280x560").url
    )
    assert social_image(page).endswith(image.get_rendition("fill-1200x630").url)
    english = StandardPage.objects.get(pk=translate(about).pk)
    assert english.listing_image == image


def test_a_text_page_without_an_image_shows_no_empty_figure(client):
    about = StandardPageFactory(title="Impressum", slug="impressum")

    page = soup(client, about.url)

    assert not page.select(".detail__figure")
    assert social_image(page).endswith("/img/social-card.png")


# Last in this module: the demo content stays in the database until the module ends.
@pytest.mark.usefixtures("demo")
def test_an_editor_finds_the_demo_articles_title_image_in_the_editor(client):
    articles = ArticlePage.objects.select_related("listing_image", "locale")
    assert articles.count() >= 2 and all(a.listing_image for a in articles)
    english = [a for a in articles if a.locale.language_code == "en"]
    assert english and all(a.listing_image for a in english)

    client.force_login(user_in("Redaktion"))
    article = articles.filter(locale__language_code="de").first()
    assert edit_form_data(client, article)["listing_image"] == [str(article.listing_image_id)]
