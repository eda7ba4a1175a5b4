"""A private page's password cannot be guessed without limit: after PAGE_PASSWORD_RATE_LIMIT
tries from one address the form answers 429 for a while; other visitors are not affected."""

import re

import pytest

from django.core.cache import caches

from wagtail.models import PageViewRestriction

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def private_page():
    caches["shared"].clear()
    page = factories.StandardPageFactory(title="Nur für Partner")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim-2026"
    )
    return page


def _try(client, page, password: str, address: str):
    form = client.get(page.url, REMOTE_ADDR=address).content.decode()
    action = re.search(r'action="([^"]*authenticate_with_password[^"]*)"', form).group(1)
    return client.post(action, {"password": password, "return_url": page.url}, REMOTE_ADDR=address)


def test_guessing_a_page_password_is_refused_after_the_limit(client, private_page, settings):
    guesses = [
        _try(client, private_page, f"rate{n}", "203.0.113.9").status_code
        for n in range(settings.PAGE_PASSWORD_RATE_LIMIT + 2)
    ]
    refused = _try(client, private_page, "geheim-2026", "203.0.113.9")

    assert guesses == [200] * settings.PAGE_PASSWORD_RATE_LIMIT + [429, 429]
    assert refused.status_code == 429
    assert "Zu viele Versuche" in refused.content.decode()
    assert refused["Retry-After"] == str(settings.PAGE_PASSWORD_RATE_PERIOD)


def test_another_visitor_still_gets_in_with_the_password(client, private_page, settings):
    for n in range(settings.PAGE_PASSWORD_RATE_LIMIT + 1):
        _try(client, private_page, f"rate{n}", "203.0.113.9")

    admitted = _try(client, private_page, "geheim-2026", "198.51.100.7")

    assert admitted.status_code == 302
    assert client.get(private_page.url, REMOTE_ADDR="198.51.100.7").status_code == 200
    assert "Nur für Partner" in client.get(private_page.url).content.decode()
