"""Precision at 3 of the search quality suite (`search.quality`), as a report, not a test.

`make bench` runs it on the demo content in a database of its own (bench-demo.sqlite3),
indexed under its own prefix: `bench --only-quality`. Visitors' queries go through the search
API with the Django test client, once answered by Elasticsearch and once by the database.
"""

import importlib
from collections.abc import Callable
from numbers import Number
from urllib.parse import urlparse

from django.test import Client, override_settings

from cms.bench.search import SEARCH_API, available, rebuild
from search.elastic import reset_breaker

QUALITY_MODULE = "search.quality"


def _search(backend: str, asked: dict) -> Callable[[str, str], list[str]]:
    """(language, query) -> the slugs of the ranked hits, from ``backend`` only."""
    browser = Client()

    def search(language: str, query: str) -> list[str]:
        for _attempt in range(3):  # a busy node may miss the timeout once: ask again
            reset_breaker()
            answer = browser.get(SEARCH_API, {"q": query, "locale": language}).json()
            asked["queries"] += 1
            if answer.get("backend") == backend:
                break
            asked["fallbacks"] += 1
        else:
            raise RuntimeError(f"{backend} did not answer {language} {query!r}")
        return [
            urlparse(hit["url"]).path.rstrip("/").rsplit("/", 1)[-1] for hit in answer["results"]
        ]

    return search


def _figure(value):
    """A number as it is, rounded; a richer answer as JSON can hold it."""
    if isinstance(value, Number):
        return round(float(value), 3)
    if isinstance(value, dict):
        return {str(key): _figure(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_figure(item) for item in value]
    return value if value is None or isinstance(value, str | bool) else str(value)


def measure_quality(log=print) -> dict:
    """`search_quality`: precision at 3 on Elasticsearch and on the database; None for what
    could not be measured (no module, no Elasticsearch), with the reason."""
    try:
        quality = importlib.import_module(QUALITY_MODULE)
    except ModuleNotFoundError as error:
        if error.name != QUALITY_MODULE:
            raise
        log(f"  {QUALITY_MODULE} is missing: precision at 3 not measured")
        return {"elasticsearch": None, "database": None, "missing": QUALITY_MODULE}
    found = {"judgments": len(getattr(quality, "JUDGMENTS", ()))}
    if available():
        figures = rebuild()
        log(f"  demo content indexed: {figures['documents']} documents")
        asked = {"queries": 0, "fallbacks": 0}
        found["elasticsearch"] = _figure(quality.precision_at_3(_search("elasticsearch", asked)))
        found["elasticsearch_retries"] = asked["fallbacks"]
    else:
        found["elasticsearch"] = None
        found["missing"] = "Elasticsearch"
    with override_settings(ELASTICSEARCH_URL=""):
        asked = {"queries": 0, "fallbacks": 0}
        found["database"] = _figure(quality.precision_at_3(_search("database", asked)))
    log(f"  precision at 3: Elasticsearch {found['elasticsearch']}, database {found['database']}")
    return found
