"""Production: every secret comes from the environment; refuse to start without them."""

import sys
from urllib.parse import urlsplit

from .base import *  # noqa: F403
from .env import env_bool, env_int


def _refuse(sentence: str) -> None:
    # One clear sentence for the operator, not a traceback through Django's settings import.
    sys.stderr.write(f"ProXLab will not start: {sentence}\n")
    raise SystemExit(2)


if len(SECRET_KEY) < 32 or SECRET_KEY.startswith(("dev-only", "test-only")):  # noqa: F405
    _refuse("set SECRET_KEY to a random value of at least 32 characters.")
if not ALLOWED_HOSTS:  # noqa: F405
    _refuse("set ALLOWED_HOSTS to the comma-separated host names the portal answers to.")
_site = urlsplit(SITE_URL)  # noqa: F405
if _site.scheme not in {"http", "https"} or not _site.hostname or _site.path.strip("/"):
    _refuse("set SITE_URL to the public address of the portal, e.g. https://proxlab.example.org.")
_private, _public = PRIVATE_MEDIA_ROOT.resolve(), MEDIA_ROOT.resolve()  # noqa: F405
if _private == _public or _public in _private.parents:
    _refuse("set PRIVATE_MEDIA_ROOT to a folder outside MEDIA_ROOT, which the proxy serves.")

# Links in pages, feeds and the admin's e-mails (password reset) name the public address.
SITE_URL = SITE_URL.rstrip("/")  # noqa: F405
WAGTAILADMIN_BASE_URL = SITE_URL

DEBUG = False
PRODUCTION = True
# TLS ends at the reverse proxy, which says so in X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# A load balancer may probe the health check over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE

# Index updates and other background work wait in the database for `manage.py run_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
