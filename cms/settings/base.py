"""Settings shared by every environment. Everything that differs comes from the environment."""

import datetime
from pathlib import Path

import dj_database_url

from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
# True in cms.settings.production: seed_demo refuses to put its demo there.
PRODUCTION = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Project apps: dependencies point cms -> search -> offers -> home.
    "cms",
    "home",
    "offers",
    "search",
    "django_tasks_db",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    # Search statistics and editors' promoted results (search/stats.py, search/promotions.py).
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    # The JSON API under /api/v2/ (cms/api/).
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "corsheaders",
    # Swagger UI for /api/v2/docs/, served from our own static files (no CDN).
    "drf_spectacular_sidecar",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cms.security.ContentSecurityPolicyMiddleware",
    "cms.security.PermissionsPolicyMiddleware",
    # Before anything reads a body (CSRF, forms): an oversized one is refused unread.
    "cms.middleware.RequestBodyLimitMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "cms.middleware.ApiConditionalGetMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and users: a cached page is served without touching either.
    "cms.page_cache.PageCacheMiddleware",
    "cms.middleware.RememberedSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.PortalLocaleMiddleware",
    "cms.middleware.AdminDefaultLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Turns a refusal of the publishing rule (home/publish_rule.py) into an admin message.
    "home.publish_rule.PublishRefusedMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so it can turn a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: a SQLite file beside manage.py unless DATABASE_URL names another.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
    )
}
# SQLite as an embedded default that holds under load: in WAL mode readers never wait for a
# writer; writers start their transaction holding the write lock (IMMEDIATE, so none fails
# halfway on an upgrade) and queue behind each other up to SQLITE_BUSY_TIMEOUT seconds.
SQLITE_BUSY_TIMEOUT = env_int("SQLITE_BUSY_TIMEOUT", 30)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": SQLITE_BUSY_TIMEOUT,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses a login from a locked-out account or address before any check.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    # The demo's published passwords (cms/demo/accounts.py) open nothing outside DEBUG.
    "cms.demo.accounts.RefusePublishedPasswords",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: German is the source, English the translation.
LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("German")), ("en", _("English"))]
# The second: German for wagtail-localize's screens, read before its own catalogue (also by its
# JavaScript catalogue, which reads only its package and LOCALE_PATHS); not named "locale", so
# makemessages leaves it alone.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "home" / "admin_locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static_src"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or BASE_DIR / "media")
# Documents, team applications' PDFs and employer uploads (home.storage): never served by the
# proxy, only through views that check permissions.
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT") or BASE_DIR / "private-media")
# The upload folders kept there: Wagtail's documents, team applications' PDFs, employer uploads.
PRIVATE_MEDIA_FOLDERS = ("documents", "applications", "submissions")
STORAGES = {
    "default": {"BACKEND": "home.storage.MediaStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Email: console in development; SMTP when EMAIL_HOST is set.
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
# Every mail (the forms', Wagtail's, password resets) is stored and sent by a retried task
# (offers.mail); MAIL_DELIVERY_BACKEND is what finally sends it.
EMAIL_BACKEND = "offers.mail.OutboxBackend"
MAIL_DELIVERY_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
# Seconds to wait for the mail server to connect or answer; mail is sent by a task, and a
# failed mail is retried with a growing pause for up to MAIL_RETRY_HOURS (offers.mail).
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
MAIL_RETRY_HOURS = 24
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "ProXLab <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Caches. "shared" holds what every gunicorn worker must see alike (rate limits, the page
# cache): Django's database cache by default (`manage.py createcachetable`), Redis when
# CACHE_URL names one (redis://host:6379/0). "default" holds Wagtail's own lookups
# (renditions, site roots): in process memory, or Redis too when CACHE_URL is set.
CACHE_URL = env_str("CACHE_URL")
_REDIS = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
CACHES = {
    "default": _REDIS
    if CACHE_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "shared": _REDIS
    if CACHE_URL
    else {
        # Django's DatabaseCache with an atomic incr, so rate limits hold under concurrency.
        "BACKEND": "home.cache_backends.AtomicDatabaseCache",
        "LOCATION": "proxlab_cache",
        # Room for the page cache beside the rate limits before old entries are culled.
        "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 20_000)},
    },
}
# The page cache for anonymous visitors (cms.page_cache): seconds a page is kept at most
# (publishing purges it at once anyway; 0 switches the cache off), and the longest query
# string it stores pages for.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 3600)
PAGE_CACHE_MAX_QUERY = env_int("PAGE_CACHE_MAX_QUERY", 200)

# A CDN or caching proxy in front: Wagtail's frontend cache purges a published page and
# home.frontend_cache every page that shows it. FRONTEND_CACHE_PURGE_URL: an HTTP PURGE
# endpoint (Varnish, nginx, Squid); or CLOUDFLARE_ZONE_ID with CLOUDFLARE_BEARER_TOKEN.
# Cached pages then say `Cache-Control: s-maxage=FRONTEND_CACHE_SECONDS` to it.
WAGTAILFRONTENDCACHE = {}
if FRONTEND_CACHE_PURGE_URL := env_str("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": FRONTEND_CACHE_PURGE_URL,
    }
if CLOUDFLARE_ZONE_ID := env_str("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": CLOUDFLARE_ZONE_ID,
        "BEARER_TOKEN": env_str("CLOUDFLARE_BEARER_TOKEN"),
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
FRONTEND_CACHE_SECONDS = env_int("FRONTEND_CACHE_SECONDS", 300)

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# The largest request body in MB, refused with 413 before it is read (public forms with
# their uploads; the admin, with documents and images, has its own).
MAX_REQUEST_BODY_MB = env_int("MAX_REQUEST_BODY_MB", 20)
MAX_ADMIN_REQUEST_BODY_MB = env_int("MAX_ADMIN_REQUEST_BODY_MB", 100)

WAGTAIL_SITE_NAME = "ProXLab"
# The public address (https://proxlab.example.org): `manage.py configure_site` gives it to the
# default site, and the admin's e-mails link to it.
SITE_URL = env_str("SITE_URL")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL") or SITE_URL or "http://127.0.0.1:8000"
# No avatars from gravatar.com: nothing in the admin loads from a third-party host.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Editors may not replace the file of an image a live page shows (home/image_forms.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.image_forms.ReviewedImageForm"
# Documents only through Wagtail's view, which checks the collection's privacy; never by the
# file's address.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
# Wagtail's own search (admin, page choosers) stays on the database: the portal's
# public search has its own Elasticsearch indexes, see the search app.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# The portal's search: Elasticsearch when ELASTICSEARCH_URL is set, the database otherwise.
# Several nodes of one cluster are given comma-separated; a node that is down is skipped.
ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL")
ELASTICSEARCH_INDEX_PREFIX = env_str("ELASTICSEARCH_INDEX_PREFIX", "proxlab")
# Copies of each shard on other nodes: 0 for a single node (else the indexes stay yellow),
# 1 on a cluster of three, so any one node may fail. Applies to indexes created from then on.
ELASTICSEARCH_INDEX_REPLICAS = int(env_str("ELASTICSEARCH_INDEX_REPLICAS", "0"))
# Seconds a search or an index update waits for Elasticsearch before the database answers;
# after a failure Elasticsearch is left alone for ELASTICSEARCH_RETRY_AFTER seconds.
ELASTICSEARCH_TIMEOUT = float(env_str("ELASTICSEARCH_TIMEOUT", "1"))
ELASTICSEARCH_RETRY_AFTER = float(env_str("ELASTICSEARCH_RETRY_AFTER", "5"))

# Background work (search index updates) runs at once in development and tests; production
# queues it in the database for `python manage.py run_worker` (make serve starts one).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The worker (`manage.py run_worker`) beats every few seconds; after this many seconds without
# a beat /healthz answers 503 and its running tasks are given to another worker.
WORKER_SILENT_AFTER = env_int("WORKER_SILENT_AFTER", 120)

# Security headers (production adds HSTS, HTTPS redirects and secure cookies).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Public pages carry no inline script or style: the policy needs no nonce, so a cached page
# stays valid. Everything comes from the portal itself.
_SELF, _NONE = "'self'", "'none'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_NONE],
        "script-src": [_SELF],
        "style-src": [_SELF],
        "img-src": [_SELF],
        "font-src": [_SELF],
        "connect-src": [_SELF],
        "manifest-src": [_SELF],
        "form-action": [_SELF],
        "object-src": [_NONE],
        "base-uri": [_NONE],
        "frame-ancestors": [_NONE],
    }
}
# The Wagtail admin (cms.security): its widgets still write inline scripts and styles, its
# preview frames the admin itself, and images are previewed from data: and blob: URLs.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF, "'unsafe-inline'"],
        "style-src": [_SELF, "'unsafe-inline'"],
        "img-src": [_SELF, "data:", "blob:"],
        "font-src": [_SELF],
        "connect-src": [_SELF],
        "form-action": [_SELF],
        "object-src": [_NONE],
        "base-uri": [_NONE],
        "frame-ancestors": [_SELF],
    }
}
# Features the portal never uses are switched off for it and anything it might embed.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "browsing-topics",
    )
}

# Admin login: after 5 failed attempts from one address an account is locked for 30 minutes
# (state in the database; `manage.py axes_reset_username NAME` unlocks an editor at once).
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=30)
# Locked is the pair of account and address: a stranger who knows an editor's name cannot lock
# the editor out, and visitors behind one address (a proxy, a campus network) keep their logins.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# The client's address behind TRUSTED_PROXY_COUNT reverse proxies (home.ratelimit).
AXES_CLIENT_IP_CALLABLE = "home.ratelimit.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "cms.login_protection.locked_out"
# Reverse proxies in front of gunicorn that append the visitor's address to X-Forwarded-For
# (0: none, REMOTE_ADDR is the visitor). Rate limits and the login lockout count per visitor.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
# Tries at a private page's password per client and page, within 15 minutes.
PAGE_PASSWORD_RATE_LIMIT = 10
PAGE_PASSWORD_RATE_PERIOD = 900
# Password-reset mails per client address and per e-mail address, within an hour.
PASSWORD_RESET_RATE_LIMIT = 5
PASSWORD_RESET_RATE_PERIOD = 3600

# The admin loads nothing from other hosts: no Gravatar, no update check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# The JSON API (/api/v2/): see cms/api/. Other sites may read it from these origins.
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_EXPOSE_HEADERS = ["ETag"]
WAGTAILAPI_LIMIT_MAX = 50
# `format` is a filter of the pages endpoint (on site, online, hybrid), not a renderer choice.
REST_FRAMEWORK = {"URL_FORMAT_OVERRIDE": None}
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILAPI_SEARCH_ENABLED = False
# Headless preview: the external frontend that shows an editor's draft, and how long it may.
HEADLESS_PREVIEW_URL = env_str("HEADLESS_PREVIEW_URL")
HEADLESS_PREVIEW_MAX_AGE = env_int("HEADLESS_PREVIEW_MAX_AGE", 600)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # No log line names a secret status link or preview token (cms/access_log.py).
    "filters": {"redact_secrets": {"()": "cms.access_log.RedactSecrets"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["redact_secrets"]},
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        # Django's own console handler would print every line a second time beside root's.
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        "elastic_transport": {"level": "WARNING"},
    },
}

# Machine pre-translation in wagtail-localize's editor: DeepL when DEEPL_API_KEY is set.
if DEEPL_API_KEY := env_str("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }

# "Translate this page" makes a draft: a translation goes live only once translated and approved.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Public forms (employer submissions, team applications, teammate notes and their messages).
PUBLIC_FORMS_RATE_LIMIT = env_int("PUBLIC_FORMS_RATE_LIMIT", 5)  # sends per client and hour
PUBLIC_FORMS_MIN_FILL_SECONDS = env_int("PUBLIC_FORMS_MIN_FILL_SECONDS", 5)
PUBLIC_FORMS_MAX_AGE_HOURS = env_int("PUBLIC_FORMS_MAX_AGE_HOURS", 24)
PUBLIC_FORMS_STATUS_LINK_DAYS = env_int("PUBLIC_FORMS_STATUS_LINK_DAYS", 180)
PUBLIC_FORMS_PURGE_AFTER_DAYS = env_int("PUBLIC_FORMS_PURGE_AFTER_DAYS", 90)
# Applications, teammate notes and relayed messages: days after the challenge's last phase.
PUBLIC_FORMS_CHALLENGE_PURGE_AFTER_DAYS = env_int("PUBLIC_FORMS_CHALLENGE_PURGE_AFTER_DAYS", 90)
PUBLIC_FORMS_MAX_UPLOAD_BYTES = 5 * 1024 * 1024
PUBLIC_FORMS_MAX_UPLOAD_PIXELS = 25_000_000
# The step after storing (drafts, workflow, notifications) is a retried task; after this many
# failed attempts the record is flagged in the staff queue and the moderators are mailed.
PUBLIC_FORMS_FOLLOWUP_ATTEMPTS = env_int("PUBLIC_FORMS_FOLLOWUP_ATTEMPTS", 5)
# The account that owns the draft pages made from submissions (no login, no password).
SUBMISSIONS_SERVICE_USERNAME = "einreichungen"
