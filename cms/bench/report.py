"""The benchmark's budgets (PASS/FAIL) and its Markdown report."""

QUERY_BUDGET = 15
UNCACHED_P95_MS = 150


def _budget(name: str, passed: bool, measured: str, *, asserted: bool) -> dict:
    """``asserted``: independent of the machine's speed, so CI fails the build on it."""
    return {"name": name, "passed": bool(passed), "measured": measured, "asserted": asserted}


def budgets(results: dict) -> list[dict]:
    pages = results["pages"]
    uncached = [p for p in pages if not p["cached"]]
    cached = [p for p in pages if p["cached"]]
    load = results.get("load", {})
    found = []
    for page in uncached:
        found.append(
            _budget(
                f"at most {QUERY_BUDGET} SQL queries: {page['name']}",
                page["queries"] <= QUERY_BUDGET and page["status"] == 200,
                f"{page['queries']} queries (status {page['status']})",
                asserted=True,
            )
        )
    no_sql = [p for p in cached if p["queries"] == 0]
    found.append(
        _budget(
            "cached pages served without a query on the content database",
            len(no_sql) == len(cached),
            f"{len(no_sql)} of {len(cached)} pages; "
            f"page cache reads per hit: {max((p['cache_queries'] for p in cached), default=0)}",
            asserted=True,
        )
    )
    p95 = max((p["p95_ms"] for p in uncached), default=0)
    found.append(
        _budget(
            f"uncached page p95 at most {UNCACHED_P95_MS} ms (one client)",
            p95 <= UNCACHED_P95_MS,
            f"slowest p95 {p95} ms",
            asserted=False,
        )
    )
    for mode in ("uncached", "cached"):
        if mode in load:
            found.append(
                _budget(
                    f"no errors under load ({mode})",
                    load[mode]["errors"] == 0,
                    f"{load[mode]['errors']} errors in {load[mode]['requests']} requests",
                    asserted=True,
                )
            )
    if "cached" in load and "uncached" in load:
        ratio = load["cached"]["requests_per_second"] / max(
            load["uncached"]["requests_per_second"], 0.1
        )
        found.append(
            _budget(
                "cached throughput at least 20 × uncached",
                ratio >= 20,
                f"{ratio:.1f} ×",
                asserted=False,
            )
        )
        found.append(
            _budget(
                f"no request over 2 s at {load['cached']['connections']} connections (cached)",
                load["cached"]["over_2s"] == 0,
                f"{load['cached']['over_2s']} over 2 s",
                asserted=False,
            )
        )
    purge = results.get("purge") or {}
    if purge:
        found.append(
            _budget(
                "a publish reaches the cached page in every gunicorn worker",
                purge["stale"] == 0,
                f"{purge['stale']} stale of {purge['requests']} requests",
                asserted=True,
            )
        )
    static = results.get("static")
    if static:
        found.append(
            _budget(
                "hashed static files compressed and cached for a year",
                static["status"] == 200
                and "max-age=31536000" in static["cache_control"]
                and static["content_encoding"] in ("gzip", "br"),
                f"{static['cache_control']}; {static['content_encoding'] or 'uncompressed'}",
                asserted=True,
            )
        )
    for missing in ("search", "api"):
        if not results.get(missing):
            found.append(
                _budget(
                    f"{missing} budgets (latency vs raw Elasticsearch, autocomplete, rebuild, "
                    "publish-to-findable)"
                    if missing == "search"
                    else "API share of the load mix",
                    False,
                    "not available: not on this branch yet",
                    asserted=False,
                )
            )
    return found


def markdown(results: dict) -> str:
    machine = results["machine"]
    lines = [
        "# Benchmarks",
        "",
        "Made by `make bench` (see README). Numbers from one run on "
        f"{machine['cores']} cores and {machine['memory_gb']} GB "
        f"({machine['system']}, Python {machine['python']}, {machine['database']}), a machine "
        "shared with other work: timings are noisy; compare ratios within one run.",
        "",
        f"Data set: {results['offers_per_language']} offers per language; in the database "
        + ", ".join(f"{count} {name}" for name, count in results["data_set"].items())
        + f" (both languages); built or found in {results['data_set_seconds']} s. "
        f"Whole run: {results['total_seconds']} s.",
        "",
        "## Budgets",
        "",
        "| | budget | measured | CI fails on it |",
        "| --- | --- | --- | --- |",
    ]
    for budget in results["budgets"]:
        verdict = "PASS" if budget["passed"] else "FAIL"
        asserted = "yes" if budget["asserted"] else "no (timing)"
        lines.append(f"| {verdict} | {budget['name']} | {budget['measured']} | {asserted} |")
    lines += [
        "",
        "## Pages (server time in this process, median and p95 of "
        "repeated requests; SQL queries on the content database)",
        "",
        "| page | url | mode | median ms | p95 ms | queries | page-cache reads |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for page in results["pages"]:
        mode = "cached" if page["cached"] else "uncached"
        lines.append(
            f"| {page['name']} | `{page['url']}` | {mode} | {page['median_ms']} | "
            f"{page['p95_ms']} | {page['queries']} | {page['cache_queries']} |"
        )
    lines += [
        "",
        "## gunicorn under load (`gunicorn.conf.py`, production settings, 127.0.0.1)",
        "",
        "Mix: 70 % listings and details, 20 % search, 10 % API (a part not yet available is "
        "left out of the mix).",
        "",
        "| mode | connections | requests/s | per core | median ms | p95 ms | errors "
        "| share > 1 s | > 2 s | worker peak memory MB |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for mode, run in results.get("load", {}).items():
        memory = ", ".join(str(m) for m in results.get("memory", {}).get(mode, []))
        lines.append(
            f"| {mode} | {run['connections']} | {run['requests_per_second']} | "
            f"{run['requests_per_second_per_core']} | {run['median_ms']} | {run['p95_ms']} | "
            f"{run['errors']} | {run['share_over_1s']:.1%} | {run['over_2s']} | {memory} |"
        )
    purge = results.get("purge") or {}
    if purge:
        lines += [
            "",
            f"Purge: after a publish, {purge['requests'] - purge['stale']} of "
            f"{purge['requests']} requests to `{purge['page']}` showed the new title at once "
            f"(first fresh answer {purge['seconds_to_first_fresh']} s after the publish began).",
        ]
    lines += ["", "## Search, API, Elasticsearch", ""]
    lines.append(
        f"- Search page: `{results['search']}`"
        if results["search"]
        else "- Search: not available on this branch (search API latency vs raw Elasticsearch, "
        "autocomplete, rebuild documents/s and publish-to-findable are not measured)."
    )
    lines.append(
        f"- API: `{results['api']}` in the load mix" if results["api"] else "- API: not available."
    )
    es = results.get("elasticsearch_memory")
    lines.append(
        f"- Elasticsearch memory: {es}" if es else "- Elasticsearch memory: no node configured."
    )
    return "\n".join(lines) + "\n"
