"""Security headers on every response: CSP, HSTS, nosniff, referrer, permissions, cookies."""

import pytest

from tests import factories
from tests.observatory import grade, parse_csp
from tests.production import production_settings, run_production

pytestmark = pytest.mark.django_db

PRODUCTION_SECURITY = (
    "DEBUG",
    "SECURE_SSL_REDIRECT",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_REDIRECT_EXEMPT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "LANGUAGE_COOKIE_SECURE",
)


@pytest.fixture(scope="module")
def production_security() -> dict:
    values = production_settings(*PRODUCTION_SECURITY)
    values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])
    return values


@pytest.fixture
def production(settings, production_security):
    """The test settings with every security setting production has."""
    for name, value in production_security.items():
        setattr(settings, name, value)
    settings.ALLOWED_HOSTS = ["proxlab.example.org"]
    return settings


def https_get(client, path: str):
    return client.get(path, HTTP_HOST="proxlab.example.org", HTTP_X_FORWARDED_PROTO="https")


def test_check_deploy_reports_nothing_with_production_settings():
    result = run_production("manage.py", "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("path", ["/de/", "/en/", "/de/angebote/", "/de/gibt-es-nicht/"])
def test_public_responses_carry_a_strict_content_security_policy(client, path):
    factories.OfferIndexPageFactory()

    csp = parse_csp(client.get(path).headers["Content-Security-Policy"])

    assert csp["default-src"] == ["'none'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    assert not any(s.startswith("'nonce-") for sources in csp.values() for s in sources)


def test_the_policy_is_the_same_for_every_visitor_so_cached_pages_stay_valid(client):
    first = client.get("/de/").headers["Content-Security-Policy"]
    second = client.get("/de/").headers["Content-Security-Policy"]

    assert parse_csp(first) == parse_csp(second)


def test_public_responses_carry_the_other_security_headers(client):
    headers = client.get("/de/").headers

    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = dict(item.split("=") for item in headers["Permissions-Policy"].split(", "))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"):
        assert permissions[feature] == "()"


def test_admin_has_its_own_policy_without_eval_or_third_parties(client):
    csp = parse_csp(client.get("/admin/login/").headers["Content-Security-Policy"])

    assert csp["default-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert "'unsafe-eval'" not in csp["script-src"]
    sources = {source for values in csp.values() for source in values}
    assert sources <= {"'self'", "'none'", "'unsafe-inline'", "data:", "blob:"}


def test_production_sends_hsts_for_a_year_with_subdomains(client, production):
    hsts = https_get(client, "/de/").headers["Strict-Transport-Security"]

    parts = dict(part.strip().partition("=")[::2] for part in hsts.split(";"))
    assert int(parts["max-age"]) >= 365 * 24 * 3600
    assert "includeSubDomains" in parts


def test_production_redirects_plain_http_to_https_except_the_health_check(client, production):
    redirect = client.get("/de/", HTTP_HOST="proxlab.example.org")
    health = client.get("/healthz", HTTP_HOST="proxlab.example.org")

    assert redirect.status_code == 301
    assert redirect.headers["Location"] == "https://proxlab.example.org/de/"
    assert health.status_code == 200


def test_production_cookies_are_secure_httponly_and_samesite(client, production):
    response = https_get(client, "/admin/login/")

    cookie = response.cookies["csrftoken"]
    assert cookie["secure"] is True
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"


def test_production_session_cookie_is_secure_httponly_and_samesite(client, production):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-password-1")
    https_get(client, "/admin/login/")
    response = client.post(
        "/admin/login/",
        {"username": "editor", "password": "a-long-password-1"},
        HTTP_HOST="proxlab.example.org",
        HTTP_X_FORWARDED_PROTO="https",
    )

    cookie = response.cookies["sessionid"]
    assert (cookie["secure"], cookie["httponly"], cookie["samesite"]) == (True, True, "Lax")


def test_a_reader_gets_no_cookie(client):
    factories.OfferPageFactory()
    for path in ("/de/", "/de/angebote/", "/en/", "/de/gibt-es-nicht/"):
        assert client.get(path).cookies == {}, path


def test_de_grades_a_plus_like_mozilla_observatory(client, production):
    result = grade(https_get(client, "/de/"), client.get("/de/", HTTP_HOST="proxlab.example.org"))

    assert result.penalties == {}
    assert result.letter == "A+", result.modifiers
    assert result.modifiers["csp-implemented-with-no-unsafe-default-src-none"] == 10
    assert result.modifiers["x-frame-options-implemented-via-csp"] == 5
    assert result.modifiers["referrer-policy-private"] == 5
