"""The benchmark's budgets (PASS/FAIL) and its Markdown report."""

from cms.bench.search_report import budget as _budget
from cms.bench.search_report import search_budgets, search_markdown

QUERY_BUDGET = 15
UNCACHED_P95_MS = 150


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
    for name, run in load.items():
        if name == "writes":
            continue
        found.append(
            _budget(
                f"no errors under load ({name})",
                run["errors"] == 0,
                f"{run['errors']} errors in {run['requests']} requests",
                asserted=True,
            )
        )
    if "pages, cached" in load and "pages, uncached" in load:
        cached_run, uncached_run = load["pages, cached"], load["pages, uncached"]
        ratio = cached_run["requests_per_second"] / max(uncached_run["requests_per_second"], 0.1)
        found.append(
            _budget(
                "cached pages: throughput at least 20 × uncached (same pages, same run)",
                ratio >= 20,
                f"{ratio:.1f} × ({cached_run['requests_per_second']} vs "
                f"{uncached_run['requests_per_second']} requests/s)",
                asserted=False,
            )
        )
        found.append(
            _budget(
                f"no request over 2 s at {cached_run['connections']} connections (cached pages)",
                cached_run["over_2s"] == 0,
                f"{cached_run['over_2s']} over 2 s",
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
    found += writes_budgets(load.get("writes", {}))
    found += search_budgets(results)
    if not results.get("api"):
        found.append(
            _budget("API share of the load mix", False, "API not available", asserted=False)
        )
    return found


def writes_budgets(writes: dict) -> list[dict]:
    """Every submission complete and no error, on each database measured."""
    return [
        _budget(
            f"write load on {database}: every submission complete, no errors",
            run["submissions_sent"] > 0
            and run["submissions_complete"] == run["submissions_sent"]
            and run["errors"] == 0,
            f"{run['submissions_complete']} of {run['submissions_sent']} complete; "
            f"{run['errors']} errors",
            asserted=True,
        )
        for database, run in writes.items()
    ]


def writes_markdown(writes: dict) -> list[str]:
    if not writes:
        return []
    lines = [
        "",
        "## Write load (`make serve`: gunicorn and the task worker; mail to a local SMTP server)",
        "",
        "Readers request listings, details and home (page cache on) while employers send the "
        "offer form. A submission is complete when its record, draft offer, review workflow, "
        "confirmation to the sender and notice to the moderator all exist.",
        "",
        "| database | offers per language, search | readers | submitters | s | sent | complete "
        "| errors | read p95 ms "
        "| submit median ms | submit p95 ms | complete after load s | machine load |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for database, run in writes.items():
        lines.append(
            f"| {database} | {run.get('offers_per_language')}, {run.get('search')} | "
            f"{run['readers']} | {run['submitters']} | {run['seconds']} | "
            f"{run['submissions_sent']} | {run['submissions_complete']} | {run['errors']} | "
            f"{run['p95_ms']} | {run['submit_median_ms']} | {run['submit_p95_ms']} | "
            f"{run['seconds_until_complete']} | "
            f"{run.get('load_average_at_start', '')} on {run.get('cores', '')} cores |"
        )
    return lines


def memory_lines(results: dict) -> list[str]:
    """Peak memory: reported, no budget."""
    lines = [
        f"web workers ({mode}): peak resident {max(peaks, default=0)} MB per worker, "
        f"{round(sum(peaks), 1)} MB for {len(peaks)} workers"
        for mode, peaks in (results.get("memory") or {}).items()
    ]
    for node, figures in (results.get("elasticsearch_memory") or {}).items():
        lines.append(
            f"Elasticsearch node {node}: peak resident {figures['process_peak_resident_mb']} MB "
            f"(heap max {figures['heap_max_mb']} MB, old generation peak "
            f"{figures['heap_peak_old_gen_mb']} MB)"
        )
    return lines


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
        "Two loads per mode, each on a server that has served every URL before: *pages* are "
        "the listings, details and home that the page cache serves (the 20 × budget compares "
        "these); *mix* is 70 % listings and details, 20 % search, 10 % API. Search and the API "
        "are never page-cached (their answers follow the index), so the mix's cached figure "
        "is bounded by them. The load generator (Python threads) shares the cores with "
        "gunicorn: *generator cores* is the CPU it used itself; near 1.0 it, not the server, "
        "was the limit.",
        "",
        "| load | connections | requests/s | per core | median ms | p95 ms | errors "
        "| share > 1 s | > 2 s | generator cores |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, run in results.get("load", {}).items():
        if name == "writes":
            continue
        lines.append(
            f"| {name} | {run['connections']} | {run['requests_per_second']} | "
            f"{run['requests_per_second_per_core']} | {run['median_ms']} | {run['p95_ms']} | "
            f"{run['errors']} | {run['share_over_1s']:.1%} | {run['over_2s']} | "
            f"{run.get('generator_cores', '')} |"
        )
    purge = results.get("purge") or {}
    if purge:
        lines += [
            "",
            f"Purge: after a publish, {purge['requests'] - purge['stale']} of "
            f"{purge['requests']} requests to `{purge['page']}` showed the new title at once "
            f"(first fresh answer {purge['seconds_to_first_fresh']} s after the publish began).",
        ]
    lines += writes_markdown(results.get("load", {}).get("writes", {}))
    lines += search_markdown(results)
    lines += ["", "## Memory (peak, no budget)", ""]
    lines += [f"- {line}" for line in memory_lines(results)] or ["- not measured"]
    return "\n".join(lines) + "\n"
