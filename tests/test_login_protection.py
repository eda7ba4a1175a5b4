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


def test_the_account_stays_locked_from_another_address(client, editor):
    for _ in range(5):
        login(client, "editor", "wrong", address="192.0.2.10")

    assert login(client, "editor", PASSWORD, address="198.51.100.7").status_code == 429


def test_an_address_trying_many_accounts_is_locked(client, editor):
    for number in range(5):
        login(client, f"guess{number}", "wrong", address="192.0.2.66")

    assert login(client, "editor", PASSWORD, address="192.0.2.66").status_code == 429
    assert login(client, "editor", PASSWORD, address="192.0.2.10").status_code == 302


def test_axes_reset_username_unlocks_an_editor(client, editor):
    for _ in range(5):
        login(client, "editor", "wrong", address="192.0.2.10")

    call_command("axes_reset_username", "editor", verbosity=0)

    assert login(client, "editor", PASSWORD, address="198.51.100.7").status_code == 302


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


def test_password_reset_mails_to_one_editor_are_limited_from_any_address(client, editor):
    statuses = [
        request_reset(client, "Editor@Example.org", address=f"192.0.2.{n}").status_code
        for n in range(1, 8)
    ]

    assert statuses == [302] * 5 + [429] * 2
    assert len(mail.outbox) == 5
    assert mail.outbox[0].to == ["editor@example.org"]
