"""The search figures: the API beside the raw Elasticsearch request it sends, autocomplete,
a full rebuild of both indexes, and the time from a publish to a findable page.

The raw request is the very one the search sends: it is recorded at the client while the API
answers, then replayed through the same client, alternating with the API in one run, so the
ratio compares like with like on a shared, noisy machine.
"""

import time
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlencode

from django.conf import settings
from django.test import Client, override_settings

from cms.bench.measure import percentile
from offers.models import OfferPage
from search import indexing
from search.elastic import UNAVAILABLE, get_client, reset_breaker

# Text plus facets in both languages (the first four, kept from earlier runs to compare), then
# queries as visitors type them: one and two words, what + where, a compound, a typo.
QUERIES = [
    ("de", {"q": "Cloud Workshop", "content_type": "offer", "format": "online"}),
    ("de", {"q": "Daten Sicherheit", "content_type": "offer", "offer_type": "workshop"}),
    ("en", {"q": "cloud", "content_type": "offer", "format": "hybrid"}),
    ("en", {"q": "data security", "offer_type": "workshop"}),
    ("de", {"q": "Java"}),
    ("de", {"q": "Praktikum Hannover"}),
    ("de", {"q": "Java Hameln"}),
    ("de", {"q": "Werkstudent"}),
    ("de", {"q": "Datensicherheit"}),
    ("de", {"q": "Pyhton"}),
    ("en", {"q": "internship"}),
    ("en", {"q": "java hamelin"}),
    ("en", {"q": "web development"}),
    ("en", {"q": "secuirty"}),
]
AUTOCOMPLETE = [
    ("de", "Clo"),
    ("de", "Sicher"),
    ("de", "Daten"),
    ("de", "Jav"),
    ("de", "Prak"),
    ("en", "clo"),
    ("en", "secu"),
    ("en", "inte"),
]
SEARCH_API = "/api/v2/search/"
AUTOCOMPLETE_API = "/api/v2/search/autocomplete/"
RATIO, ALLOWANCE_MS = 1.3, 5.0
REBUILD_TIMEOUT = 120.0
# The API and the raw request it sends are measured with a generous timeout, so both time
# Elasticsearch's path however slow it is; fallbacks with the timeout the portal ships are
# counted by scale.concurrent_searches.
MEASURE_TIMEOUT = 30.0


def available() -> bool:
    client = get_client()
    if client is None:
        return False
    try:
        return bool(client.ping())
    except Exception:  # any failure means: no figures, as the report says
        return False


@contextmanager
def recorded_requests(client) -> Iterator[list[dict]]:
    """Every request the Elasticsearch client sends meanwhile, as it sends it."""
    sent: list[dict] = []
    send = client.perform_request

    def record(method, path, *, params=None, headers=None, body=None, **kwargs):
        sent.append(
            {"method": method, "path": path, "params": params, "headers": headers, "body": body}
        )
        return send(method, path, params=params, headers=headers, body=body, **kwargs)

    client.perform_request = record
    try:
        yield sent
    finally:
        del client.perform_request


def _ms(began: float) -> float:
    return (time.perf_counter() - began) * 1000


def query_url(language: str, params: dict) -> str:
    return f"{SEARCH_API}?{urlencode({**params, 'locale': language})}"


def _record(client, browser: Client, url: str) -> tuple[dict, dict]:
    """The API's answer to ``url`` and the last search request it sent to Elasticsearch."""
    for _attempt in range(3):  # a busy node may miss the timeout once: ask again
        reset_breaker()
        with recorded_requests(client) as sent:
            answer = browser.get(url).json()
        searches = [r for r in sent if r["path"].endswith("/_search")]
        if answer.get("backend") == "elasticsearch":
            break
    if not searches:
        raise RuntimeError(f"{url} sent no search to Elasticsearch")
    return answer, searches[-1]


def search_vs_raw(repeat: int) -> list[dict]:
    """p50/p95 of the search API (server time, in this process) and of its raw request: the
    round trip from this process (JSON decoded) and the time inside Elasticsearch (`took`)."""
    client, browser = get_client(), Client()
    replay = client.options(request_timeout=MEASURE_TIMEOUT)
    figures = []
    for language, params in QUERIES:
        url = query_url(language, params)
        answer, raw = _record(client, browser, url)
        api_ms, raw_ms, took_ms, fallbacks = [], [], [], 0
        for _ in range(repeat):  # alternate, so both see the same moments of the machine
            began = time.perf_counter()
            backend = browser.get(url).json().get("backend")
            api_ms.append(_ms(began))
            if backend != "elasticsearch":  # over ELASTICSEARCH_TIMEOUT: counted, not hidden
                fallbacks += 1
                reset_breaker()
            began = time.perf_counter()
            response = replay.perform_request(
                raw["method"],
                raw["path"],
                params=raw["params"],
                headers=raw["headers"],
                body=raw["body"],
            )
            raw_ms.append(_ms(began))
            took_ms.append(response.body["took"])
        api_p95, raw_p95 = percentile(api_ms, 0.95), percentile(raw_ms, 0.95)
        figures.append(
            {
                "language": language,
                "q": params["q"],
                "url": url,
                "hits": answer["count"],
                "api_median_ms": round(percentile(api_ms, 0.5), 1),
                "api_p95_ms": round(api_p95, 1),
                "raw_median_ms": round(percentile(raw_ms, 0.5), 1),
                "raw_p95_ms": round(raw_p95, 1),
                "took_p95_ms": percentile(took_ms, 0.95),
                "allowed_p95_ms": round(RATIO * raw_p95 + ALLOWANCE_MS, 1),
                "fallbacks": fallbacks,
            }
        )
    return figures


def autocomplete(repeat: int) -> dict:
    browser = Client()
    times, failures = [], 0
    for language, text in AUTOCOMPLETE:
        url = f"{AUTOCOMPLETE_API}?{urlencode({'q': text, 'locale': language})}"
        browser.get(url)  # warm
        reset_breaker()
        for _ in range(repeat):
            began = time.perf_counter()
            if browser.get(url).json().get("backend") != "elasticsearch":
                failures += 1
                reset_breaker()
            times.append(_ms(began))
    return {
        "requests": len(times),
        "fallbacks": failures,
        "median_ms": round(percentile(times, 0.5), 1),
        "p95_ms": round(percentile(times, 0.95), 1),
    }


def rebuild() -> dict:
    """Both indexes from scratch (fresh index, bulk, refresh, alias swap), as search_index
    --rebuild does it."""
    client = get_client(REBUILD_TIMEOUT)
    figures = {}
    began = time.perf_counter()
    for language in ("de", "en"):
        started = time.perf_counter()
        count = indexing.rebuild(client, language)
        figures[language] = {"documents": count, "seconds": round(time.perf_counter() - started, 2)}
    seconds = time.perf_counter() - began
    documents = sum(figure["documents"] for figure in figures.values())
    return {
        **figures,
        "documents": documents,
        "seconds": round(seconds, 2),
        "documents_per_second": round(documents / max(seconds, 0.001)),
    }


def publish_to_findable(timeout: float = 10) -> dict:
    """Publish a new title and ask the search API until it finds it. Index updates run as a
    task: immediately in this process here; in production the task worker picks them up."""
    offer = OfferPage.objects.live().filter(locale__language_code="de").order_by("-pk").first()
    word = f"Findbar{int(time.time())}"
    browser = Client()
    url = f"{SEARCH_API}?{urlencode({'q': word, 'locale': 'de'})}"
    began = time.perf_counter()
    offer.title = f"{word} {offer.title}"[:255]
    offer.save_revision().publish()
    published = time.perf_counter() - began
    while time.perf_counter() - began < timeout:
        if browser.get(url).json().get("count"):
            return {
                "page": offer.url,
                "publish_seconds": round(published, 3),
                "findable_seconds": round(time.perf_counter() - began, 3),
            }
        time.sleep(0.05)
    return {"page": offer.url, "publish_seconds": round(published, 3), "findable_seconds": None}


def measure_search(repeat: int, log=print) -> dict | None:
    """Every search figure, or None when no Elasticsearch is configured and answering."""
    if not available():
        log("  no Elasticsearch: search figures left out")
        return None
    seconds = {}
    try:
        with override_settings(ELASTICSEARCH_TIMEOUT=MEASURE_TIMEOUT):
            figures = _measure(repeat, seconds, log)
    except (*UNAVAILABLE, RuntimeError) as error:
        log(f"  Elasticsearch failed the search figures: {error}")
        return None
    log(f"  publish to findable: {figures['publish']['findable_seconds']} s")
    figures["seconds"] = seconds
    return figures


def _measure(repeat: int, seconds: dict, log) -> dict:
    """Rebuild, the queries beside their raw requests, autocomplete, publish to findable."""
    began = time.monotonic()
    figures = {"rebuild": rebuild(), "timeout_s": settings.ELASTICSEARCH_TIMEOUT}
    seconds["rebuild"] = round(time.monotonic() - began, 1)
    log(f"  rebuild: {figures['rebuild']['documents_per_second']} documents/s")
    began = time.monotonic()
    figures["queries"] = search_vs_raw(repeat)
    seconds["queries"] = round(time.monotonic() - began, 1)
    slowest = max(figures["queries"], key=lambda query: query["raw_p95_ms"])
    log(f"  slowest raw p95: {slowest['raw_p95_ms']} ms ({slowest['language']} {slowest['q']})")
    began = time.monotonic()
    figures["autocomplete"] = autocomplete(max(repeat // 2, 4))
    seconds["autocomplete"] = round(time.monotonic() - began, 1)
    log(f"  autocomplete p95: {figures['autocomplete']['p95_ms']} ms")
    figures["publish"] = publish_to_findable()
    return figures
