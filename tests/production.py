"""Run code under the production settings with a production-like environment, in a subprocess."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Variables a developer may have exported that would weaken the production defaults.
_OVERRIDES = {
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_PRELOAD",
    "SESSION_COOKIE_SECURE",
    "SITE_URL",
    "WAGTAILADMIN_BASE_URL",
}


def production_env(**extra: str) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if k not in _OVERRIDES}
    environment.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="proxlab.example.org",
        SITE_URL="https://proxlab.example.org",
        **extra,
    )
    return environment


def run_production(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        check=False,
    )


def production_settings(*names: str) -> dict:
    """The values production gives these settings (tuples and lists as lists)."""
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {list(names)!r}}}))"
    )
    result = run_production("-c", code)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])
