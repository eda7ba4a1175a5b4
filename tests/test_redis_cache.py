"""CACHE_URL=redis://… on a real redis-server: two server processes share the rate limit, the
page cache and its content generation, and Wagtail's own ("default") cache."""

import os
import shutil
import subprocess
import sys
import time

import pytest
import redis
import requests

from django.core.cache import caches

from home import content_cache
from tests.processes import copy_of
from tests.servers import ROOT, free_port, running_servers, submit_offers_alternately

pytestmark = pytest.mark.django_db  # offer_form_data looks up a place


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    """A redis-server of its own on a free port, without persistence, stopped afterwards."""
    server = shutil.which("redis-server")
    assert server, "redis-server is missing: install the Debian package redis-server"
    port = free_port()
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=tmp_path_factory.mktemp("redis"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port)
    deadline = time.monotonic() + 20
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def migrated_env(redis_url, migrated_sqlite, tmp_path_factory):
    database = copy_of(migrated_sqlite, tmp_path_factory.mktemp("db") / "shared.sqlite3")
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings_page_cache",
        "DATABASE_URL": f"sqlite:///{database}",
        "CACHE_URL": redis_url,
        "PUBLIC_FORMS_RATE_LIMIT": "3",
    }


@pytest.fixture
def env(migrated_env, redis_url):
    redis.Redis.from_url(redis_url).flushdb()  # each test starts with an empty Redis
    return migrated_env


@pytest.fixture
def two_servers(env):
    with running_servers(env) as servers:
        yield servers


@pytest.fixture
def this_process_on_redis(settings, redis_url):
    """This test process reads and writes the same Redis as the servers."""
    redis_cache = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url}
    settings.CACHES = {"default": redis_cache, "shared": redis_cache}
    return redis_cache


def test_cache_url_puts_the_default_and_the_shared_cache_in_redis(env, this_process_on_redis):
    script = (
        "from django.core.cache import caches\n"
        "caches['default'].set('probe-default', 'written by another process')\n"
        "caches['shared'].set('probe-shared', 'written by another process')\n"
    )
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script], cwd=ROOT, env=env, check=True
    )

    assert caches["default"].get("probe-default") == "written by another process"
    assert caches["shared"].get("probe-shared") == "written by another process"


def test_the_rate_limit_is_counted_in_redis_across_two_processes(two_servers):
    responses = submit_offers_alternately(two_servers)

    assert [response.status_code for response in responses] == [302, 302, 302, 429]


def test_a_page_and_its_content_generation_are_shared_across_two_processes(
    two_servers, this_process_on_redis
):
    first, second = two_servers

    def cache_state(server: str) -> str:
        # Behind a proxy both processes see the same host name, as here.
        response = requests.get(f"{server}/sitemap.xml", headers={"Host": "localhost"})
        assert response.status_code == 200
        return response.headers["X-Page-Cache"]

    assert cache_state(first) == "miss"
    # The second process never rendered the sitemap: it gets the first one's copy.
    assert cache_state(second) == "hit"

    content_cache.new_generation()  # a publish, here in a third process

    assert cache_state(second) == "miss"
    assert cache_state(first) == "hit"
