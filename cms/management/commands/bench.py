"""`make bench`: a synthetic data set, page timings and queries, gunicorn under load, budgets."""

import http.client
import json
import logging
import os
import platform
import time
import urllib.request
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.urls import NoReverseMatch, reverse

from cms.bench import dataset, report, scale, writes
from cms.bench.load import Server, get, run_load
from cms.bench.measure import measure_pages, pages_to_measure
from cms.bench.quality import measure_quality
from cms.bench.search import measure_search
from offers.models import OfferPage


class Command(BaseCommand):
    help = "Benchmark the portal on a synthetic data set and print every budget as PASS or FAIL."

    def add_arguments(self, parser):
        parser.add_argument("--offers", type=int, default=10_000, help="offers per language")
        parser.add_argument("--repeat", type=int, default=20, help="requests per page and mode")
        parser.add_argument("--seconds", type=float, default=20, help="seconds per load run")
        parser.add_argument("--connections", type=int, default=20)
        parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", 8107)))
        parser.add_argument("--out", default="docs/benchmarks", help="writes OUT.md and OUT.json")
        parser.add_argument("--writes-seconds", type=float, default=30, help="the write load")
        parser.add_argument("--submitters", type=int, default=4, help="employers in the write load")
        parser.add_argument(
            "--only-writes",
            action="store_true",
            help="only the write load on this database, added to the report in OUT",
        )
        parser.add_argument(
            "--only-search",
            action="store_true",
            help="only the search figures at --offers, added to OUT's search_scale (then the "
            "indexes are dropped, unless it is the size of the full run, whose figures it renews)",
        )
        parser.add_argument(
            "--only-quality",
            action="store_true",
            help="only precision at 3 (search.quality) on this database's content, added to OUT",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="exit with an error when a budget that does not depend on the machine fails",
        )

    def handle(self, *args, **options):
        log = self.stdout.write
        for noisy in ("wagtail", "django_tasks", "django.request"):  # a line per page otherwise
            logging.getLogger(noisy).setLevel(logging.ERROR)
        began = time.monotonic()
        if options["only_writes"]:
            return self.only_writes(options, log)
        if options["only_search"]:
            return self.only_search(options, log)
        if options["only_quality"]:
            return self.only_quality(options, log)
        log(f"Data set: {options['offers']} offers per language …")
        build_began = time.monotonic()
        holdings = dataset.build(options["offers"], log=log)
        results = {
            "machine": machine(),
            "offers_per_language": options["offers"],
            "data_set": holdings,
            "data_set_seconds": round(time.monotonic() - build_began, 1),
            "search": search_availability(),
            "api": api_availability(),
        }
        Server.collect_static()
        log("Search: rebuild, API beside raw Elasticsearch, autocomplete, publish …")
        results["search_figures"] = search_figures(options, log)
        if results["search_figures"]:
            entry = scale.scale_entry(
                options["offers"],
                results["search_figures"],
                {"data_set": results["data_set_seconds"]},
            )
            scale.add_entry(results, entry)
        log("Pages, in this process …")
        results["pages"] = measure_pages(options["repeat"], log=log, search=results["search"])
        log("gunicorn under load …")
        results["load"], results["purge"], results["memory"] = load_runs(results, options, log)
        results["load"]["writes"] = {connection.vendor: write_load(options, log)}
        results["elasticsearch_memory"] = elasticsearch_memory()
        results["total_seconds"] = round(time.monotonic() - began, 1)
        self.report(results, options, log)

    def only_writes(self, options: dict, log) -> None:
        """The write load on this database, beside what a full run wrote to OUT before."""
        results = self.earlier(options)
        dataset.build(options["offers"], log=log)
        Server.collect_static()
        results["load"].setdefault("writes", {})[connection.vendor] = write_load(options, log)
        self.report(results, options, log)

    def only_search(self, options: dict, log) -> None:
        """Search alone at another size, beside what a full run wrote to OUT before."""
        self.earlier(options)  # there before half an hour is spent
        log(f"Data set: {options['offers']} offers per language …")
        began = time.monotonic()
        dataset.build(options["offers"], log=log)
        built = round(time.monotonic() - began, 1)
        Server.collect_static()
        log(f"Search at {options['offers']} offers per language …")
        figures = search_figures(options, log)
        if figures is None:
            raise CommandError("Elasticsearch did not answer: no search figures at this size.")
        results = self.earlier(options)  # read now: another part may have added to it meanwhile
        scale.add_entry(results, scale.scale_entry(options["offers"], figures, {"data_set": built}))
        if options["offers"] == results["offers_per_language"]:  # the full run's size: renewed
            results["search_figures"] = figures
        else:
            scale.drop_indexes()
        self.report(results, options, log)

    def only_quality(self, options: dict, log) -> None:
        """Precision at 3 on this database's content (the demo), added to OUT."""
        results = self.earlier(options)
        log("Search quality: precision at 3 …")
        results["search_quality"] = measure_quality(log)
        self.report(results, options, log)

    def earlier(self, options: dict) -> dict:
        out = Path(options["out"]).with_suffix(".json")
        if not out.exists():
            raise CommandError(f"{out} is missing: run the whole benchmark first.")
        return json.loads(out.read_text())

    def report(self, results: dict, options: dict, log) -> None:
        results["budgets"] = report.budgets(results)
        out = Path(options["out"])
        out.parent.mkdir(parents=True, exist_ok=True)
        out.with_suffix(".json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
        out.with_suffix(".md").write_text(report.markdown(results))
        for budget in results["budgets"]:
            log(f"{'PASS' if budget['passed'] else 'FAIL'}  {budget['name']}: {budget['measured']}")
        log(f"Report: {out.with_suffix('.md')} and {out.with_suffix('.json')}")
        failed = [b for b in results["budgets"] if b["asserted"] and not b["passed"]]
        if options["check"] and failed:
            raise CommandError(f"{len(failed)} machine-independent budget(s) failed")


def search_figures(options: dict, log) -> dict | None:
    """The in-process search figures, then concurrent searches against gunicorn."""
    figures = measure_search(options["repeat"], log=log)
    if figures is None:
        return None
    connections = options["connections"]
    log(f"  {connections} concurrent searches for {options['seconds']:g} s …")
    began = time.monotonic()
    figures["concurrent"] = scale.concurrent_searches(
        options["port"], connections=connections, seconds=options["seconds"]
    )
    figures["seconds"]["concurrent"] = round(time.monotonic() - began, 1)
    concurrent = figures["concurrent"]
    log(f"  fallbacks to the database: {concurrent['fallbacks']} of {concurrent['searches']}")
    return figures


def write_load(options: dict, log) -> dict:
    log(f"Write load: {options['submitters']} employers submitting beside readers …")
    return writes.run_writes(
        options["port"],
        writes.browse_urls(pages_to_measure("de")),
        readers=options["connections"],
        submitters=options["submitters"],
        seconds=options["writes_seconds"],
        log=log,
    )


def machine() -> dict:
    memory = Path("/proc/meminfo").read_text().split("\n")[0].split()[1]
    return {
        "cores": os.cpu_count(),
        "memory_gb": round(int(memory) / 1024 / 1024, 1),
        "python": platform.python_version(),
        "system": platform.platform(),
        "database": os.environ.get("DATABASE_URL", "sqlite").split(":")[0] or "sqlite",
    }


def search_availability() -> str | None:
    for name in ("search", "search:search", "search_page"):
        try:
            return reverse(name)
        except NoReverseMatch:
            continue
    return None


def api_availability() -> str | None:
    return "/api/v2/pages/" if Client().get("/api/v2/pages/").status_code == 200 else None


def load_mixes(results: dict) -> dict[str, list[tuple[float, list[str]]]]:
    """ "pages": only what the page cache serves (the 20 × budget compares these); "mix": 70 %
    listings and details, 20 % search, 10 % API. Search and the API are never page-cached
    (their answers follow the index), so the mix's cached figure is bounded by them."""
    pages = {figures["name"]: figures["url"] for figures in results["pages"]}
    browse = [url for name, url in pages.items() if "listing" in name or "detail" in name]
    search = results["search"]
    searches = [f"{search}?q=cloud", f"{search}?q=daten&content_type=offer"] if search else []
    api = [f"{results['api']}?type=offers.OfferPage"] if results["api"] else []
    return {"pages": [(100, browse)], "mix": [(70, browse), (20, searches), (10, api)]}


def load_runs(results: dict, options: dict, log) -> tuple[dict, dict, dict]:
    mixes = load_mixes(results)
    runs, memory, purge = {}, {}, {}
    for cached in (False, True):
        mode = "cached" if cached else "uncached"
        server = Server(options["port"], page_cache=cached)
        try:
            for _weight, urls in mixes["mix"]:  # warm every worker: renditions, lookups, cache
                for url in urls * 4:
                    get(options["port"], url, timeout=60)
            for name, mix in mixes.items():
                runs[f"{name}, {mode}"] = run = run_load(
                    options["port"],
                    mix,
                    connections=options["connections"],
                    seconds=options["seconds"],
                )
                log(
                    f"  {name}, {mode}: {run['requests_per_second']} requests/s "
                    f"(load generator busy {run['generator_cores']} cores)"
                )
            memory[mode] = server.worker_peak_memory_mb()
            if cached:
                purge = purge_check(options["port"])
                results["static"] = static_check(options["port"])
        finally:
            server.stop()
    return runs, purge, memory


def purge_check(port: int) -> dict:
    """Publish in this process; every gunicorn worker must then show the new title."""
    offer = OfferPage.objects.live().filter(locale__language_code="de").order_by("pk").first()
    listing = offer.get_parent().url
    for _ in range(12):  # the page is in the cache, whichever worker answers
        get(port, offer.url)
        get(port, listing)
    title = f"Benchmark {int(time.time())}"
    began = time.monotonic()
    offer.title = title
    offer.save_revision().publish()
    answers = [get(port, offer.url)[1] for _ in range(12)]
    return {
        "page": offer.url,
        "requests": len(answers),
        "stale": sum(title.encode() not in body for body in answers),
        "seconds_to_first_fresh": round(time.monotonic() - began, 3),
    }


def static_check(port: int) -> dict:
    """A hashed static file: compressed, and cached by browsers for a year."""
    manifest = json.loads((Path(settings.STATIC_ROOT) / "staticfiles.json").read_text())
    name = next(hashed for hashed in manifest["paths"].values() if hashed.endswith(".css"))
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request(
            "GET", f"{settings.STATIC_URL}{name}", headers={"Accept-Encoding": "gzip"}
        )
        response = connection.getresponse()
        response.read()
        headers = {key.lower(): value for key, value in response.getheaders()}
    finally:
        connection.close()
    return {
        "file": name,
        "status": response.status,
        "cache_control": headers.get("cache-control", ""),
        "content_encoding": headers.get("content-encoding", ""),
    }


def elasticsearch_memory() -> dict | None:
    """Per node: its heap, and the peak resident memory of its process when it runs here."""
    # Any one node answers for the whole cluster.
    url = settings.ELASTICSEARCH_URL.split(",")[0].strip()
    if not url:
        return None
    try:
        with urllib.request.urlopen(f"{url}/_nodes/stats/jvm,process", timeout=5) as response:
            nodes = json.load(response)["nodes"]
        with urllib.request.urlopen(f"{url}/_nodes/process", timeout=5) as response:
            processes = json.load(response)["nodes"]
        pids = {key: node["process"]["id"] for key, node in processes.items()}
    except OSError:
        return None
    return {
        node["name"]: {
            "heap_max_mb": round(node["jvm"]["mem"]["heap_max_in_bytes"] / 2**20),
            "heap_peak_old_gen_mb": round(
                node["jvm"]["mem"]["pools"]["old"]["peak_used_in_bytes"] / 2**20
            ),
            "process_peak_resident_mb": peak_resident_mb(pids.get(key)),
        }
        for key, node in nodes.items()
    }


def peak_resident_mb(pid: int | None) -> float | None:
    """VmHWM of a process on this machine (None when it runs elsewhere)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except (OSError, TypeError):
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return None
