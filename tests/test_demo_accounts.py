import os
import sqlite3
import subprocess
import sys
from io import StringIO

import pytest

from django.contrib.auth import authenticate
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from cms.demo.accounts import ADMIN_DEFAULT_PASSWORD, create_demo_accounts
from tests.processes import copy_of
from tests.servers import ROOT

pytestmark = pytest.mark.django_db


def test_each_role_gets_a_demo_login_in_development_only(settings):
    settings.DEBUG = False
    assert create_demo_accounts() == []
    settings.DEBUG = True
    accounts = create_demo_accounts()
    assert {group for _user, _password, group in accounts} == {
        "Redaktion",
        "Moderation",
        "Administration",
    }
    for username, password, group in accounts:
        user = authenticate(username=username, password=password)
        assert user is not None and user.groups.get().name == group
    assert create_demo_accounts() == accounts  # a second run changes nothing


def _sign_in(client, username: str, password: str):
    return client.post("/admin/login/", {"username": username, "password": password})


def test_demo_logins_open_nothing_once_debug_is_off(client, settings):
    """A database seeded for a demo, then served with production settings."""
    settings.DEBUG = True
    accounts = create_demo_accounts()
    assert _sign_in(client, "redaktion", "proxlab-redaktion").status_code == 302
    client.logout()

    settings.DEBUG = False
    for username, password, _group in accounts:
        refused = _sign_in(client, username, password)
        assert refused.status_code == 200, username
        assert "_auth_user_id" not in client.session
        assert authenticate(username=username, password=password) is None


def test_the_published_admin_password_opens_nothing_once_debug_is_off(client, settings):
    User.objects.create_superuser("admin", "admin@localhost", ADMIN_DEFAULT_PASSWORD)

    assert _sign_in(client, "admin", ADMIN_DEFAULT_PASSWORD).status_code == 200
    assert "_auth_user_id" not in client.session
    settings.DEBUG = True
    assert _sign_in(client, "admin", ADMIN_DEFAULT_PASSWORD).status_code == 302


def test_ensure_admin_refuses_the_published_password_without_debug(settings, monkeypatch):
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    with pytest.raises(CommandError, match="Set ADMIN_PASSWORD"):
        call_command("ensure_admin")
    assert not User.objects.filter(username="admin").exists()

    monkeypatch.setenv("ADMIN_PASSWORD", "a-real-secret-of-the-operator")
    call_command("ensure_admin", stdout=StringIO())
    assert authenticate(username="admin", password="a-real-secret-of-the-operator") is not None


def test_seed_demo_refuses_to_run_with_production_settings(migrated_sqlite, tmp_path):
    database = copy_of(migrated_sqlite, tmp_path / "production.sqlite3")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "DATABASE_URL": f"sqlite:///{database}",
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "proxlab.example.org",
        "SITE_URL": "https://proxlab.example.org",
    }
    manage = [sys.executable, "manage.py"]
    seeded = subprocess.run(
        [*manage, "seed_demo"], cwd=ROOT, env=env, capture_output=True, text=True
    )

    assert seeded.returncode == 1
    assert "seed_demo does not run with production settings" in seeded.stderr
    assert "Traceback" not in seeded.stderr
    with sqlite3.connect(tmp_path / "production.sqlite3") as database:
        users = database.execute("SELECT username FROM auth_user").fetchall()
        offers = database.execute("SELECT COUNT(*) FROM offers_offerpage").fetchone()[0]
    assert not {username for (username,) in users} & {"redaktion", "moderation", "admin"}
    assert offers == 0
