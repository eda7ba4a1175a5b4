"""Production settings refuse to start without real secrets, with one sentence."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _import_production_settings(**env: str) -> subprocess.CompletedProcess:
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "SITE_URL", "WAGTAILADMIN_BASE_URL"}
    }
    environment.update(env, DJANGO_SETTINGS_MODULE="cms.settings.production")
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django, os; django.setup(); from django.conf import settings; "
            "name = os.environ.get('PRINT'); name and print(getattr(settings, name))",
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_secret_key():
    result = _import_production_settings(
        ALLOWED_HOSTS="proxlab.example.org", SITE_URL="https://proxlab.example.org"
    )

    assert result.returncode != 0
    assert result.stderr.strip() == (
        "ProXLab will not start: set SECRET_KEY to a random value of at least 32 characters."
    )


def test_production_refuses_to_start_without_allowed_hosts():
    result = _import_production_settings(
        SECRET_KEY="x" * 50, SITE_URL="https://proxlab.example.org"
    )

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "set ALLOWED_HOSTS" in result.stderr


@pytest.mark.parametrize("site_url", ["", "proxlab.example.org", "ftp://proxlab.example.org"])
def test_production_refuses_to_start_without_a_public_address(site_url):
    result = _import_production_settings(
        SECRET_KEY="x" * 50, ALLOWED_HOSTS="proxlab.example.org", SITE_URL=site_url
    )

    assert result.returncode != 0
    assert result.stderr.strip() == (
        "ProXLab will not start: set SITE_URL to the public address of the portal, "
        "e.g. https://proxlab.example.org."
    )


def test_production_starts_with_secret_key_hosts_and_address_which_admin_mails_name():
    result = _import_production_settings(
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="proxlab.example.org",
        SITE_URL="https://proxlab.example.org/",
        WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000",
        PRINT="WAGTAILADMIN_BASE_URL",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "https://proxlab.example.org"


def _machine_translator(**env: str) -> str:
    environment = {k: v for k, v in os.environ.items() if k != "DEEPL_API_KEY"}
    environment.update(env, DJANGO_SETTINGS_MODULE="cms.settings.dev")
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', {}).get('CLASS', 'none'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    return result.stdout.strip()


def test_machine_pre_translation_uses_deepl_when_a_key_is_set():
    assert _machine_translator() == "none"
    assert _machine_translator(DEEPL_API_KEY="secret:fx") == (
        "wagtail_localize.machine_translators.deepl.DeepLTranslator"
    )


def test_configure_site_gives_the_default_site_the_public_address(db, settings):
    from django.core.management import CommandError, call_command

    from wagtail.models import Site

    settings.SITE_URL = "https://proxlab.example.org"
    call_command("configure_site", stdout=None)

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("proxlab.example.org", 443)
    assert site.root_url == "https://proxlab.example.org"

    settings.SITE_URL = "proxlab.example.org"
    with pytest.raises(CommandError, match="SITE_URL must look like"):
        call_command("configure_site")


def test_production_refuses_private_files_inside_the_public_media_folder(tmp_path):
    result = _import_production_settings(
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="proxlab.example.org",
        SITE_URL="https://proxlab.example.org",
        MEDIA_ROOT=str(tmp_path / "media"),
        PRIVATE_MEDIA_ROOT=str(tmp_path / "media" / "private"),
    )

    assert result.returncode != 0
    assert result.stderr.strip() == (
        "ProXLab will not start: set PRIVATE_MEDIA_ROOT to a folder outside MEDIA_ROOT, "
        "which the proxy serves."
    )
