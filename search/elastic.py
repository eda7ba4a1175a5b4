"""The one place that knows how to reach Elasticsearch, with a short timeout and a breaker.

After a failure the portal does not ask Elasticsearch again for ELASTICSEARCH_RETRY_AFTER
seconds, so an outage costs one timeout, not one per request. The breaker is per process on
purpose: each worker learns of an outage by itself within one timeout, and nothing is lost.
"""

import time
from functools import cache

from elasticsearch import Elasticsearch
from elasticsearch.exceptions import ApiError, TransportError

from django.conf import settings

# Errors that mean "Elasticsearch cannot answer now": fall back, record, retry later.
UNAVAILABLE = (ApiError, TransportError, OSError)

_open_until = 0.0


@cache
def _client(url: str, timeout: float) -> Elasticsearch:
    hosts = [host.strip() for host in url.split(",") if host.strip()]
    # A refused connection is tried once more on each other node; a timeout is not retried,
    # so a slow cluster still costs one timeout before the database answers.
    return Elasticsearch(
        hosts, request_timeout=timeout, retry_on_timeout=False, max_retries=len(hosts) - 1
    )


def get_client(timeout: float | None = None) -> Elasticsearch | None:
    """The configured client, or None when the portal runs on the database backend."""
    if not settings.ELASTICSEARCH_URL:
        return None
    return _client(settings.ELASTICSEARCH_URL, timeout or settings.ELASTICSEARCH_TIMEOUT)


def available_client() -> Elasticsearch | None:
    """The client, unless none is configured or it failed a moment ago."""
    if time.monotonic() < _open_until:
        return None
    return get_client()


def report_failure() -> None:
    """Elasticsearch did not answer: stop asking for a few seconds."""
    global _open_until
    _open_until = time.monotonic() + settings.ELASTICSEARCH_RETRY_AFTER


def reset_breaker() -> None:
    global _open_until
    _open_until = 0.0


def search_backend_state() -> str:
    """'elasticsearch' when it answers, 'database' when none is configured, else 'unavailable'."""
    client = get_client()
    if client is None:
        return "database"
    try:
        client.cluster.health(timeout="2s")
    except UNAVAILABLE:
        return "unavailable"
    return "elasticsearch"
