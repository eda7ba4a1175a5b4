"""The project's node as a cluster of three: indexes green with one replica, and search still
answering from the same documents when a node dies (README, "Scaling")."""

import os
import signal
import tempfile
import time
from pathlib import Path

import pytest

from search.documents import LANGUAGES, index_name
from search.elastic import get_client, reset_breaker
from search.indexing import rebuild
from tests import factories
from tests.elasticsearch_node import ElasticsearchUnavailable, start_cluster

pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db]


@pytest.fixture
def cluster():
    """Three fresh nodes on free ports; stopped and their folder removed afterwards."""
    directory = Path(tempfile.mkdtemp(prefix="proxlab-es-cluster-"))
    try:
        nodes = start_cluster(directory, 3)
    except ElasticsearchUnavailable as error:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"Elasticsearch is required in CI: {error}", pytrace=False)
        pytest.skip(f"no Elasticsearch cluster: {error} (install Java and Maven)")
    yield nodes
    nodes.stop()


def _search(client) -> dict:
    response = client.get("/api/v2/search/?q=Cloud&locale=de")
    assert response.status_code == 200
    body = response.json()
    return {
        "backend": body["backend"],
        "count": body["count"],
        "results": sorted((hit["id"], hit["title"]) for hit in body["results"]),
    }


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    # The JVM is not our child; once dead, it is a zombie until its parent (init) reaps it.
    state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    return state == "Z"


def test_three_nodes_keep_indexes_green_and_search_answering_with_one_node_down(
    cluster, settings, client
):
    settings.ELASTICSEARCH_URL = ",".join(cluster.urls)
    settings.ELASTICSEARCH_INDEX_PREFIX = "proxlab-cluster"
    settings.ELASTICSEARCH_INDEX_REPLICAS = 1
    settings.ELASTICSEARCH_TIMEOUT = 10
    reset_breaker()
    factories.OfferPageFactory(title="Cloud Workshop für Einsteiger")
    factories.OfferPageFactory(title="Cloud-Sicherheit im Mittelstand")
    factories.ArticlePageFactory(title="Cloud im Magazin")
    factories.OfferPageFactory(title="Robotik Vortrag")
    elasticsearch = get_client(30)
    for language in LANGUAGES:
        rebuild(elasticsearch, language)

    aliases = ",".join(index_name(language) for language in LANGUAGES)
    health = elasticsearch.cluster.health(index=aliases, wait_for_status="green", timeout="30s")
    assert (health["status"], health["timed_out"], health["number_of_nodes"]) == ("green", False, 3)
    assert (health["active_primary_shards"], health["active_shards"]) == (2, 4)
    for name, index in elasticsearch.indices.get_settings(index=aliases).items():
        assert index["settings"]["index"]["number_of_replicas"] == "1", name
    shards = elasticsearch.cat.shards(index=index_name("de"), format="json", h="prirep,state,node")
    assert sorted(shard["prirep"] for shard in shards) == ["p", "r"]
    assert {shard["state"] for shard in shards} == {"STARTED"}
    assert len({shard["node"] for shard in shards}) == 2  # the copies live on different nodes

    before = _search(client)
    assert before["backend"] == "elasticsearch" and before["count"] == 3

    # The node with the German primary dies without a word, as on a power cut.
    victim = next(shard["node"] for shard in shards if shard["prirep"] == "p")
    pid = cluster.pid(victim)
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while not _gone(pid):
        assert time.monotonic() < deadline, f"{victim} (pid {pid}) did not die"
        time.sleep(0.1)

    # The client asks the listed nodes in turn, so the dead one comes up among these requests.
    for _ in range(2 * len(cluster.urls)):
        assert _search(client) == before
    health = elasticsearch.cluster.health(index=aliases, wait_for_nodes="2", timeout="30s")
    assert health["number_of_nodes"] == 2 and health["status"] in ("yellow", "green")
