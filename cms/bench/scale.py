"""Search at more than one size: concurrent searches against gunicorn with the timeout the
portal ships, and one `search_scale` entry per number of offers.

`make bench` measures 10,000 offers per language in full and then, on a database of its own,
the search figures alone at BENCH_SCALE_OFFERS (100,000): `bench --only-search`.
"""

import contextlib
import json
import random
import statistics
import threading
import time

from django.conf import settings

from cms.bench.load import Server, get
from cms.bench.measure import percentile
from cms.bench.search import QUERIES, query_url
from search.elastic import get_client
from search.indexing import concrete_indexes


def concurrent_searches(port: int, *, connections: int = 20, seconds: float = 20) -> dict:
    """``connections`` visitors search at once through gunicorn for ``seconds``; counts the
    answers the database gave (a timeout, or the breaker it opened, in that worker).

    The server runs without ELASTICSEARCH_TIMEOUT, so with the default the portal ships,
    whatever this process was given."""
    urls = [query_url(language, params) for language, params in QUERIES]
    server = Server(port, page_cache=False, extra_env={"ELASTICSEARCH_TIMEOUT": None})
    try:
        for url in urls:  # workers imported, every query's terms in the node's cache
            # A slow answer still warms; the run below counts what fails.
            with contextlib.suppress(OSError):
                get(port, url, timeout=30)
        time.sleep(settings.ELASTICSEARCH_RETRY_AFTER)  # a breaker a warm-up opened closes
        return _searches(port, urls, connections, seconds)
    finally:
        server.stop()


def _searches(port: int, urls: list[str], connections: int, seconds: float) -> dict:
    durations: list[float] = []
    backends: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def visitor(seed: int) -> None:
        rng = random.Random(seed)
        while time.monotonic() < deadline:
            url = rng.choice(urls)
            began = time.perf_counter()
            try:
                status, body, _headers = get(port, url, timeout=30)
                backend = json.loads(body)["backend"] if status == 200 else f"status {status}"
            except (OSError, ValueError, KeyError) as error:
                backend = type(error).__name__
            with lock:
                durations.append(time.perf_counter() - began)
                backends.append(backend)

    threads = [threading.Thread(target=visitor, args=(n,)) for n in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {
        "connections": connections,
        "seconds": seconds,
        "searches": len(backends),
        "fallbacks": backends.count("database"),
        "errors": sum(b not in ("elasticsearch", "database") for b in backends),
        "median_ms": round(statistics.median(durations) * 1000, 1) if durations else None,
        "p95_ms": round(percentile(durations, 0.95) * 1000, 1) if durations else None,
        # The portal's default unless this process, too, was given ELASTICSEARCH_TIMEOUT.
        "timeout_s": settings.ELASTICSEARCH_TIMEOUT,
    }


def scale_entry(offers: int, figures: dict, seconds: dict) -> dict:
    """One size's line of `search_scale`: the slowest query's p95s, fallbacks, rebuild speed."""
    queries = figures["queries"]
    slowest = max(queries, key=lambda query: query["raw_p95_ms"])
    concurrent = figures.get("concurrent") or {}
    return {
        "offers_per_language": offers,
        "raw_p95_ms": slowest["raw_p95_ms"],
        "api_p95_ms": max(query["api_p95_ms"] for query in queries),
        "took_p95_ms": max(query["took_p95_ms"] for query in queries),
        "slowest_query": f"{slowest['language']} {slowest['q']}",
        "fallbacks": concurrent.get("fallbacks"),
        "concurrent_searches": concurrent.get("searches"),
        "rebuild_docs_per_s": figures["rebuild"]["documents_per_second"],
        "autocomplete_p95_ms": figures["autocomplete"]["p95_ms"],
        "queries": [
            {key: query[key] for key in ("language", "q", "hits", "raw_p95_ms", "api_p95_ms")}
            for query in queries
        ],
        "seconds": {**seconds, **figures.get("seconds", {})},
    }


def add_entry(results: dict, entry: dict) -> None:
    """Put ``entry`` into `search_scale`, replacing an older one of the same size."""
    others = [
        old
        for old in results.get("search_scale", [])
        if old["offers_per_language"] != entry["offers_per_language"]
    ]
    results["search_scale"] = sorted([*others, entry], key=lambda e: e["offers_per_language"])


def drop_indexes() -> None:
    """Free the shared node of this size's indexes once they are measured."""
    client = get_client()
    for language in ("de", "en"):
        for name in concrete_indexes(client, language):
            client.options(request_timeout=60).indices.delete(index=name)
