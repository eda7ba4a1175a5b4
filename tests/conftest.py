import os
import uuid

import pytest

from tests.elasticsearch_node import ElasticsearchUnavailable, elasticsearch_url


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
    client = get_client()
    yield client
    client.indices.delete(index=f"{settings.ELASTICSEARCH_INDEX_PREFIX}-*", ignore_unavailable=True)
