"""A page chooser opened from an English page lists English pages first, and German from German."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import ArticlePageFactory, german_home, translate
from tests.public_forms import user_in

pytestmark = pytest.mark.django_db


def _top_of_the_tree(client, referer: str) -> list[str]:
    response = client.get("/admin/choose-page/", HTTP_REFERER=f"http://testserver{referer}")
    soup = BeautifulSoup(response.json()["html"], "html.parser")
    return [row.get_text(" ", strip=True) for row in soup.select("tbody tr")]


def test_the_chooser_starts_in_the_language_of_the_page_being_edited(client):
    article = ArticlePageFactory(title="Rückblick")
    english_article = translate(article)
    client.force_login(user_in("Redaktion"))

    from_english = _top_of_the_tree(client, f"/admin/pages/{english_article.pk}/edit/")
    from_german = _top_of_the_tree(client, f"/admin/pages/{article.pk}/edit/")
    from_new_english = _top_of_the_tree(
        client, f"/admin/pages/add/home/articlepage/{english_article.get_parent().pk}/"
    )

    homes = lambda rows: [row for row in rows if german_home().title in row]  # noqa: E731
    assert "Englisch" in homes(from_english)[0] and "Deutsch" in homes(from_english)[1]
    assert "Deutsch" in homes(from_german)[0]
    assert "Englisch" in homes(from_new_english)[0]
