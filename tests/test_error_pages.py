"""Designed error pages in both languages that show nothing about the server or the request."""

import pytest

from django.test import Client

from tests.error_urls import SECRET

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.error_urls")]

EXPECTED = {
    # status: (German heading, English heading)
    400: ("Ungültige Anfrage", "Bad request"),
    403: ("Zugriff verweigert", "Access denied"),
    429: ("Zu viele Versuche", "Too many attempts"),
    500: ("Etwas ist schiefgelaufen", "Something went wrong"),
}


def assert_leaks_nothing(html: str) -> None:
    for secret in (SECRET, "Traceback", "SECRET_KEY", "cms.settings", "File &quot;", "/work/"):
        assert secret not in html


@pytest.fixture
def client():
    client = Client()
    client.raise_request_exception = False
    return client


@pytest.mark.parametrize("status", EXPECTED)
@pytest.mark.parametrize("language", ["de", "en"])
def test_error_pages_are_designed_in_both_languages(client, status, language):
    response = client.get(f"/{language}/fehler/{status}/")

    html = response.content.decode()
    heading = EXPECTED[status][language == "en"]
    assert response.status_code == status
    assert f'<html lang="{language}">' in html
    assert f'<h1 class="error-page__title">{heading}</h1>' in html
    assert 'class="button" href="/' in html
    assert_leaks_nothing(html)


@pytest.mark.parametrize(
    ("language", "heading"), [("de", "Seite nicht gefunden"), ("en", "Page not found")]
)
def test_not_found_page_names_neither_the_path_nor_the_reason(client, language, heading):
    response = client.get(f"/{language}/{SECRET}/")

    html = response.content.decode()
    assert response.status_code == 404
    assert f'<html lang="{language}">' in html
    assert f'<h1 class="error-page__title">{heading}</h1>' in html
    assert_leaks_nothing(html)


def test_the_429_page_says_when_to_try_again(client):
    response = client.get("/de/fehler/429/")

    assert response.headers["Retry-After"] == "600"
    assert "in 10 Minuten erneut" in response.content.decode()


@pytest.mark.parametrize(
    ("language", "heading"), [("de", "Formular abgelaufen"), ("en", "Form expired")]
)
def test_a_form_sent_without_its_csrf_token_explains_what_to_do(language, heading):
    client = Client(enforce_csrf_checks=True)

    response = client.post(f"/{language}/formular/", {"name": SECRET})

    html = response.content.decode()
    assert response.status_code == 403
    assert heading in html
    assert "CSRF" not in html
    assert_leaks_nothing(html)


def test_an_unknown_host_gets_a_400_that_does_not_echo_it(client):
    response = client.get("/de/", HTTP_HOST=f"{SECRET}.example")

    html = response.content.decode()
    assert response.status_code == 400
    # Refused before the language is known from the path: either language will do.
    assert "Ungültige Anfrage" in html or "Bad request" in html
    assert_leaks_nothing(html)


def test_error_pages_carry_the_strict_policy(client):
    for path in ("/de/fehler/500/", "/de/fehler/400/", "/de/gibt-es-nicht/"):
        assert "default-src 'none'" in client.get(path).headers["Content-Security-Policy"]
