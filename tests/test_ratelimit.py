import pytest

from django.core.cache import caches
from django.test import RequestFactory

from home.ratelimit import client_key, is_limited

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    caches["shared"].clear()


def request_from(address: str):
    return RequestFactory().post("/", REMOTE_ADDR=address)


def test_the_limit_counts_per_client_and_scope():
    first, second = request_from("192.0.2.1"), request_from("192.0.2.2")
    results = [is_limited(first, "submit", limit=3, period=3600) for _ in range(4)]
    assert results == [False, False, False, True]
    assert not is_limited(second, "submit", limit=3, period=3600)
    assert not is_limited(first, "apply", limit=3, period=3600)


def test_the_client_key_names_no_address():
    key = client_key(request_from("192.0.2.1"))
    assert "192.0.2.1" not in key
    assert key == client_key(request_from("192.0.2.1"))
    assert key != client_key(request_from("192.0.2.2"))


def test_counts_live_in_the_shared_database_cache():
    is_limited(request_from("192.0.2.1"), "submit", limit=3, period=3600)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM proxlab_cache")
        assert cursor.fetchone()[0] == 1
