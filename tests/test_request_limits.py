"""What only a real gunicorn shows: an oversized body is refused unread, and the access log
names no secret link."""

import os
import socket

import pytest
import requests

from cms.access_log import RedactSecrets
from tests.gunicorn_server import running_gunicorn
from tests.processes import copy_of, eventually
from tests.servers import submit_offers_alternately

pytestmark = pytest.mark.django_db  # offer_form_data looks up a place

TWO_HUNDRED_MB = 200 * 1024 * 1024


@pytest.fixture(scope="module")
def env(migrated_sqlite, tmp_path_factory):
    database = copy_of(migrated_sqlite, tmp_path_factory.mktemp("gunicorn") / "shared.sqlite3")
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
    }


@pytest.fixture(scope="module")
def access_log(tmp_path_factory):
    return tmp_path_factory.mktemp("gunicorn") / "access.log"


@pytest.fixture(scope="module")
def gunicorn(env, access_log):
    """One gunicorn for the module: its tests only send requests (starting one takes seconds)."""
    with running_gunicorn(env, access_log=access_log) as url:
        yield url


def _send_headers_only(url: str, path: str, length: int | None, language: str = "de") -> str:
    """Announce a body of `length` bytes (None: chunked, of no told length), send a few of
    them, and read what comes back."""
    host, port = url.removeprefix("http://").split(":")
    framing = f"Content-Length: {length}" if length else "Transfer-Encoding: chunked"
    first = "--x\r\n" if length else "5\r\n--x\r\n\r\n"
    with socket.create_connection((host, int(port)), timeout=60) as connection:
        connection.sendall(
            (
                f"POST {path} HTTP/1.1\r\nHost: {host}\r\n"
                "Content-Type: multipart/form-data; boundary=x\r\n"
                f"Accept-Language: {language}\r\n{framing}\r\n\r\n{first}"
            ).encode()
        )
        # If the server waited for the announced body, gunicorn's worker timeout would kill
        # it and this would read a closed connection instead of an answer.
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    return answer.decode("utf-8", "replace")


def test_a_200_mb_upload_is_refused_before_it_is_read(gunicorn):
    url = gunicorn
    answer = _send_headers_only(url, "/de/angebot-einreichen/", TWO_HUNDRED_MB)
    english = _send_headers_only(url, "/en/submit-offer/", TWO_HUNDRED_MB, "en")
    # A chunked body is never read by Django: the form answers at once (no CSRF token).
    chunked = _send_headers_only(url, "/de/angebot-einreichen/", None)
    still_serving = requests.get(f"{url}/healthz", timeout=30)

    assert answer.startswith("HTTP/1.1 413")
    assert "größer als 20 MB" in answer
    assert english.startswith("HTTP/1.1 413")
    assert "larger than 20 MB" in english
    assert chunked.startswith("HTTP/1.1 403")
    assert still_serving.status_code == 200


def test_bodies_within_the_limit_reach_the_form(client):
    response = client.post("/de/angebot-einreichen/", {"title": "x"})
    assert response.status_code != 413


def test_the_admin_has_its_own_larger_limit(client):
    public = client.post("/de/angebot-einreichen/", {}, CONTENT_LENGTH=str(50 * 1024 * 1024))
    admin = client.post("/admin/login/", {}, CONTENT_LENGTH=str(TWO_HUNDRED_MB))
    unprefixed = client.post(
        "/healthz", {}, CONTENT_LENGTH=str(TWO_HUNDRED_MB), HTTP_ACCEPT_LANGUAGE="en"
    )

    assert public.status_code == 413
    assert "größer als 20 MB" in public.content.decode()
    assert admin.status_code == 413
    assert "100 MB" in admin.content.decode()
    assert unprefixed.status_code == 413
    assert "larger than 20 MB" in unprefixed.content.decode()


def test_the_access_log_names_no_status_link_token(gunicorn, access_log):
    url = gunicorn
    preview_token = "eyJrZXkiOiJhYmMifQ:1vX:secretsignature"
    sent = submit_offers_alternately([url], times=1)[0]
    status_link = sent.headers["Location"]
    token = status_link.rstrip("/").rsplit("/", 1)[1]
    assert requests.get(f"{url}{status_link}", timeout=30).status_code == 200
    requests.get(f"{url}/de/mitstreiter-gesuch/{'ab12' * 10}/", timeout=30)
    requests.get(f"{url}/api/v2/pages/preview/", {"token": preview_token}, timeout=30)
    requests.get(f"{url}/de/", headers={"Referer": f"{url}{status_link}"}, timeout=30)

    # gunicorn writes a request's line once it has answered: wait for the last one.
    log = eventually(lambda: '"GET /de/ HTTP/1.1"' in access_log.read_text(), what="the log")
    log = access_log.read_text()
    assert len(token) >= 32 and "/status/" in status_link
    assert "/angebot-einreichen/status/…/" in log
    assert token not in log
    assert "ab12" * 10 not in log
    assert "secretsignature" not in log and "token=…" in log


def test_django_log_messages_name_no_status_link_token():
    import logging

    token = "0f" * 20
    record = logging.LogRecord(
        "django.request",
        logging.WARNING,
        __file__,
        1,
        "Not Found: %s",
        (f"/de/x/status/{token}/",),
        None,
    )

    assert RedactSecrets().filter(record)
    assert record.getMessage() == "Not Found: /de/x/status/…/"
