"""The benchmark's search budgets, judged from recorded figures (never from this test's clock):
each size gets its own raw budget, the API is compared with its own raw request, fallbacks fail
CI, and a second size replaces its older entry."""

from cms.bench import scale
from cms.bench.search_report import raw_budget_ms, search_budgets, search_markdown


def _query(q: str, raw: float, api: float, fallbacks: int = 0) -> dict:
    return {
        "language": "de",
        "q": q,
        "url": f"/api/v2/search/?q={q}&locale=de",
        "hits": 12,
        "api_median_ms": api,
        "api_p95_ms": api,
        "raw_median_ms": raw,
        "raw_p95_ms": raw,
        "took_p95_ms": raw - 2,
        "allowed_p95_ms": round(1.3 * raw + 5, 1),
        "fallbacks": fallbacks,
    }


def _results(fallbacks: int = 0) -> dict:
    figures = {
        "timeout_s": 1.0,
        "rebuild": {
            "documents": 20_800,
            "seconds": 8.0,
            "documents_per_second": 2600,
            "de": {"documents": 10_400, "seconds": 4.0},
            "en": {"documents": 10_400, "seconds": 4.0},
        },
        "queries": [_query("Java Hameln", raw=20, api=29), _query("Pyhton", raw=45, api=50)],
        "autocomplete": {"requests": 40, "fallbacks": 0, "median_ms": 4, "p95_ms": 9},
        "publish": {"page": "/de/x/", "publish_seconds": 0.1, "findable_seconds": 0.8},
        "concurrent": {
            "connections": 20,
            "seconds": 20,
            "searches": 900,
            "fallbacks": fallbacks,
            "errors": 0,
            "median_ms": 40,
            "p95_ms": 90,
            "timeout_s": 1.0,
        },
        "seconds": {"rebuild": 8.0, "queries": 30.0},
    }
    results = {
        "offers_per_language": 10_000,
        "search": "/de/suche/",
        "api": "/api/v2/pages/",
        "search_figures": figures,
        "pages": [
            {
                "name": "offer listing, database fallback",
                "status": 200,
                "median_ms": 90,
                "p95_ms": 160,
                "queries": 6,
            }
        ],
    }
    scale.add_entry(results, scale.scale_entry(10_000, figures, {"data_set": 30}))
    big = {**figures, "queries": [_query("Java Hameln", raw=55, api=70)]}
    scale.add_entry(results, scale.scale_entry(100_000, big, {"data_set": 300}))
    return results


def _verdicts(results: dict) -> dict[str, dict]:
    return {budget["name"]: budget for budget in search_budgets(results)}


def test_each_size_has_its_raw_budget():
    assert raw_budget_ms(500) == raw_budget_ms(10_000) == 30
    assert raw_budget_ms(100_000) == raw_budget_ms(200_000) == 60


def test_every_query_is_judged_raw_and_against_its_own_raw_request():
    verdicts = _verdicts(_results())

    java = "de `Java Hameln`"
    assert verdicts[f"raw Elasticsearch p95 at most 30 ms at 10000 offers: {java}"]["passed"]
    api = verdicts[f"search API p95 at most 1.3 × raw p95 + 5 ms: {java}"]
    assert api["passed"]
    assert api["measured"] == "29 ms = 1.45 × raw 20 ms (allowed 31.0 ms; 0 fallbacks)"
    typo = verdicts["raw Elasticsearch p95 at most 30 ms at 10000 offers: de `Pyhton`"]
    assert not typo["passed"]
    assert typo["measured"].startswith("45 ms round trip (1.50 × budget; took 43 ms")
    assert not typo["asserted"]
    listing = verdicts["offer listing, database fallback: p95 at most 150 ms"]
    assert not listing["passed"]
    scaled = verdicts["raw Elasticsearch p95 at most 60 ms for every query at 100000 offers"]
    assert scaled["passed"]


def test_a_fallback_under_concurrent_searches_is_reported_not_asserted():
    # Fallbacks depend on the machine's wall clock, so CI reports them and does not fail on them.
    name = "no fallback to the database at 20 concurrent searches (ELASTICSEARCH_TIMEOUT 1 s)"

    assert _verdicts(_results(fallbacks=0))[name]["passed"]
    failed = _verdicts(_results(fallbacks=3))[name]
    assert not failed["passed"] and not failed["asserted"]
    assert failed["measured"].startswith("3 fallbacks and 0 errors in 900 searches")


def test_search_scale_keeps_one_entry_per_size():
    results = _results()
    again = {**results["search_scale"][1], "raw_p95_ms": 41.0}

    scale.add_entry(results, again)

    sizes = [entry["offers_per_language"] for entry in results["search_scale"]]
    assert sizes == [10_000, 100_000]
    assert results["search_scale"][1]["raw_p95_ms"] == 41.0
    assert results["search_scale"][0]["fallbacks"] == 0
    assert results["search_scale"][0]["rebuild_docs_per_s"] == 2600
    assert "| 100000 | 41.0 |" in "\n".join(search_markdown(results))
