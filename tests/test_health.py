import pytest

pytestmark = pytest.mark.django_db


def test_healthz_reports_database_search_when_elasticsearch_is_not_configured(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"database": "ok", "search": "database"}


def test_healthz_reports_unreachable_elasticsearch_without_failing(client, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens on the discard port

    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json()["search"] == "unavailable"


@pytest.mark.elasticsearch
def test_healthz_reports_a_live_elasticsearch(client, elasticsearch):
    response = client.get("/healthz")

    assert response.json() == {"database": "ok", "search": "elasticsearch"}


def test_root_redirects_by_browser_language(client):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9").url == "/de/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9").url == "/en/"


def test_german_home_page_is_served(client):
    response = client.get("/de/")

    assert response.status_code == 200
    assert '<html lang="de">' in response.content.decode()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_healthz_answers_503_while_the_database_is_unreachable(client):
    from django.db import connection

    if connection.vendor == "sqlite":
        pytest.skip("the in-memory SQLite test database cannot be made unreachable")
    original = dict(connection.settings_dict)
    connection.close()
    connection.settings_dict["PORT"] = "9"  # nothing listens on the discard port
    try:
        response = client.get("/healthz")
    finally:
        connection.close()
        connection.settings_dict.update(original)

    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"
