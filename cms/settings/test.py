"""Fast, deterministic settings for pytest. The database comes from DATABASE_URL when set."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
MAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "test-artifacts" / "media"  # noqa: F405
PRIVATE_MEDIA_ROOT = BASE_DIR / "test-artifacts" / "private-media"  # noqa: F405
# Tests choose their search backend explicitly; unit tests use the database.
ELASTICSEARCH_URL = ""
ELASTICSEARCH_INDEX_PREFIX = "proxlab-test"
# Query counts measure rendering; the page cache tests switch it on.
PAGE_CACHE_SECONDS = 0
# Like production, the public address is set; tests of the served address clear it.
SITE_URL = "http://testserver"
WAGTAILADMIN_BASE_URL = SITE_URL
# Serve static files straight from the app folders, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
# Django's test client logs in without a request, which django-axes refuses; the lockout tests
# switch it on.
AXES_ENABLED = False
