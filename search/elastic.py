"""The one place that knows how to reach Elasticsearch."""

from functools import cache

from elasticsearch import Elasticsearch
from elasticsearch.exceptions import ApiError, TransportError

from django.conf import settings


@cache
def _client(url: str, timeout: int) -> Elasticsearch:
    return Elasticsearch(url, request_timeout=timeout, retry_on_timeout=False, max_retries=0)


def get_client() -> Elasticsearch | None:
    """The configured client, or None when the portal runs on the database backend."""
    if not settings.ELASTICSEARCH_URL:
        return None
    return _client(settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_TIMEOUT)


def search_backend_state() -> str:
    """'elasticsearch' when it answers, 'database' when none is configured, else 'unavailable'."""
    client = get_client()
    if client is None:
        return "database"
    try:
        client.cluster.health(timeout="2s")
    except (ApiError, TransportError):
        return "unavailable"
    return "elasticsearch"
