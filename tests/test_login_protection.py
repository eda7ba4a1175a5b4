"""The admin login locks after repeated failures; password-reset mails are rate-limited."""

import pytest
from axes.models import AccessAttempt

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import caches
from django.core.management import call_command

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-password-1"


@pytest.fixture(autouse=True)
def protection(settings):
    settings.AXES_ENABLED = True
    caches["shared"].clear()


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)


def login(client, username: str, password: str, address: str = "192.0.2.10"):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address
    )


def test_a_right_password_after_five_wrong_ones_is_refused_with_a_lockout_page(client, editor):
    statuses = [login(client, "editor", "wrong").status_code for _ in range(5)]

    locked = login(client, "editor", PASSWORD)

    assert statuses == [200] * 4 + [429]

    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    page = locked.content.decode()
    assert "Anmeldung gesperrt" in page
    assert "30 Minuten" in page
    assert "Administrator" in page
    assert '<section class="help-block help-info" lang="en">' in page
    assert "Sign-in locked" in page
    assert "ask an administrator of the portal to lift the lock" in page.lower()
    assert AccessAttempt.objects.get(username="editor").failures_since_start >= 5


def test_a_stranger_who_knows_an_editors_name_cannot_lock_the_editor_out(client, editor):
    for _ in range(6):
        login(client, "editor", "wrong", address="203.0.113.66")

    assert login(client, "editor", PASSWORD, address="203.0.113.66").status_code == 429
    assert login(client, "editor", PASSWORD, address="198.51.100.7").status_code == 302


def test_an_address_that_failed_for_other_accounts_does_not_lock_the_editor(client, editor):
    for number in range(5):
        login(client, f"guess{number}", "wrong", address="192.0.2.66")

    assert login(client, "editor", PASSWORD, address="192.0.2.66").status_code == 302


def login_through_proxy(client, username: str, password: str, forwarded_for: str):
    """What gunicorn sees behind one reverse proxy at 10.0.0.2: the proxy's address, and the
    visitor's appended to X-Forwarded-For."""
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR=forwarded_for,
    )


def test_behind_the_proxy_one_visitors_failures_lock_only_that_visitor(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(5):
        login_through_proxy(client, "editor", "wrong", forwarded_for="203.0.113.66")

    # The attacker cannot pose as another visitor by writing X-Forwarded-For themselves.
    spoofed = login_through_proxy(client, "editor", PASSWORD, "198.51.100.7, 203.0.113.66")
    assert spoofed.status_code == 429
    assert login_through_proxy(client, "editor", PASSWORD, "198.51.100.7").status_code == 302


def test_without_a_configured_proxy_the_forwarded_header_is_not_believed(client, editor):
    for number in range(5):
        login_through_proxy(client, "editor", "wrong", forwarded_for=f"203.0.113.{number}")

    assert login_through_proxy(client, "editor", PASSWORD, "198.51.100.7").status_code == 429


def test_axes_reset_username_unlocks_an_editor(client, editor):
    for _ in range(5):
        login(client, "editor", "wrong", address="192.0.2.10")
    assert login(client, "editor", PASSWORD, address="192.0.2.10").status_code == 429

    call_command("axes_reset_username", "editor", verbosity=0)

    assert login(client, "editor", PASSWORD, address="192.0.2.10").status_code == 302


def test_a_successful_login_forgets_earlier_failures(client, editor):
    for _ in range(4):
        login(client, "editor", "wrong")
    assert login(client, "editor", PASSWORD).status_code == 302
    client.logout()

    for _ in range(4):
        login(client, "editor", "wrong")
    assert login(client, "editor", PASSWORD).status_code == 302


def request_reset(client, email: str, address: str = "192.0.2.10"):
    return client.post("/admin/password_reset/", {"email": email}, REMOTE_ADDR=address)


def test_password_reset_mails_are_limited_per_address(client, editor):
    responses = [request_reset(client, f"someone{n}@example.org") for n in range(5)]
    limited = request_reset(client, "editor@example.org")

    assert [r.status_code for r in responses] == [302] * 5
    assert limited.status_code == 429
    assert limited.headers["Retry-After"] == "3600"
    assert "Zu viele Passwort-Zurücksetzungen" in limited.content.decode()
    assert "Too many password resets" in limited.content.decode()
    assert mail.outbox == []


def test_behind_the_proxy_each_visitor_has_their_own_reset_limit(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1

    def reset_through_proxy(visitor: str, number: int):
        return client.post(
            "/admin/password_reset/",
            {"email": f"someone{number}@example.org"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=visitor,
        )

    statuses = [reset_through_proxy("203.0.113.66", n).status_code for n in range(6)]

    assert statuses == [302] * 5 + [429]
    assert reset_through_proxy("198.51.100.7", 9).status_code == 302


def test_password_reset_mails_to_one_editor_are_limited_from_any_address(client, editor):
    statuses = [
        request_reset(client, "Editor@Example.org", address=f"192.0.2.{n}").status_code
        for n in range(1, 8)
    ]

    assert statuses == [302] * 5 + [429] * 2
    assert len(mail.outbox) == 5
    assert mail.outbox[0].to == ["editor@example.org"]
