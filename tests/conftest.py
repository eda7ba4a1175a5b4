import os
import uuid
from pathlib import Path

import pytest

from django.core.management import call_command
from django.utils.translation.reloader import translation_file_changed

from tests.demo import seeded_demo
from tests.elasticsearch_node import ElasticsearchUnavailable, elasticsearch_url
from tests.processes import copy_of, database_env, migrate


def pytest_configure(config) -> None:
    """German URLs and texts need the compiled catalogue: compile a missing or stale one
    before any test runs, whichever way pytest was started (make test, test-fast, an IDE)."""
    call_command("compile_catalogues", verbosity=0)
    # A catalogue read before it was compiled stays cached empty: forget it.
    translation_file_changed(None, Path("django.mo"))


@pytest.fixture(scope="session")
def elasticsearch_server() -> str:
    """A real Elasticsearch 8 node. Skipped with one line when none can be had, failed in CI."""
    try:
        return elasticsearch_url()
    except ElasticsearchUnavailable as error:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"Elasticsearch is required in CI: {error}", pytrace=False)
        pytest.skip(f"no Elasticsearch: {error} (set ELASTICSEARCH_URL or install Java and Maven)")


@pytest.fixture
def elasticsearch(elasticsearch_server, settings):
    """Point the portal at the real node with index names no other test run shares."""
    from search.elastic import get_client

    settings.ELASTICSEARCH_URL = elasticsearch_server
    settings.ELASTICSEARCH_INDEX_PREFIX = f"proxlab-test-{uuid.uuid4().hex[:8]}"
    # A shared CI machine can be slow; the outage tests set the production timeout of 1 s.
    settings.ELASTICSEARCH_TIMEOUT = 10
    from search.elastic import reset_breaker

    reset_breaker()
    client = get_client()
    yield client
    # Exact names only: a real cluster refuses wildcard deletes (destructive_requires_name).
    names = client.indices.get(index=f"{settings.ELASTICSEARCH_INDEX_PREFIX}-*").keys()
    for name in names:
        client.indices.delete(index=name)
    reset_breaker()


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo content, made once for a test module (tests/demo/ shares one for all its
    modules: seeding takes a minute)."""
    with seeded_demo(django_db_blocker, tmp_path_factory):
        yield


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory) -> Path:
    """One migrated SQLite file for the whole run, for tests that start the portal's server,
    worker or another program as processes of their own; each test works on a copy."""
    return migrate(tmp_path_factory.mktemp("template") / "portal.sqlite3")


@pytest.fixture
def shared_sqlite(migrated_sqlite, tmp_path) -> Path:
    """This test's own copy of the migrated database, for the processes it starts."""
    return copy_of(migrated_sqlite, tmp_path / "portal.sqlite3")


@pytest.fixture
def portal_env(shared_sqlite) -> dict[str, str]:
    """The environment of a server and a task worker sharing this test's database copy."""
    return {**os.environ, **database_env(shared_sqlite, WORKER_SILENT_AFTER="4")}


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language (German), whatever a test before it
    activated (a request, an admin view in a user's own language)."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)
