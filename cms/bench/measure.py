"""Server time and SQL queries of public pages, measured in this process (no network)."""

import statistics
import time
from dataclasses import asdict, dataclass

from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from home.models import ArticlePage
from offers.models import ChallengePage, OfferPage, PartnerPage

CACHE_TABLE = "proxlab_cache"
DATABASE_LISTING = "offer listing, database fallback"


@dataclass
class PageFigures:
    name: str
    url: str
    cached: bool
    status: int
    median_ms: float
    p95_ms: float
    queries: int  # on the content database
    cache_queries: int  # reads of the page cache itself (database cache only)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def pages_to_measure(language: str = "de") -> list[tuple[str, str]]:
    """Home, each listing (page 1 and a deep page), one page of each detail type."""
    prefix = f"/{language}/"
    found = [("home", prefix)]
    for name, model in (
        ("offer", OfferPage),
        ("challenge", ChallengePage),
        ("partner", PartnerPage),
        ("article", ArticlePage),
    ):
        detail = model.objects.live().filter(locale__language_code=language).order_by("pk")
        page = detail[detail.count() // 2] if detail.exists() else None
        if page is None:
            continue
        listing = page.get_parent()
        deep = max(1, detail.count() // 12 // 2)
        found += [
            (f"{name} listing", listing.url),
            (f"{name} listing, page {deep}", f"{listing.url}?page={deep}"),
            (f"{name} detail", page.url),
        ]
    found.append(("offer listing, three filters", _filtered(found)))
    return found


def _filtered(found) -> str:
    listing = dict(found)["offer listing"]
    return f"{listing}?type=workshop&format=online&upcoming=on"


def measure(name: str, url: str, *, cached: bool, repeat: int) -> PageFigures:
    client = Client()
    seconds = 600 if cached else 0
    with override_settings(PAGE_CACHE_SECONDS=seconds):
        status = client.get(url).status_code  # warm: renditions, remembered lookups, the cache
        times, queries, cache_reads = [], [], []
        for _ in range(repeat):
            with CaptureQueriesContext(connection) as captured:
                began = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - began) * 1000)
            sql = [q["sql"] for q in captured.captured_queries]
            cache_reads.append(sum(CACHE_TABLE in q for q in sql))
            queries.append(len(sql) - cache_reads[-1])
    return PageFigures(
        name=name,
        url=url,
        cached=cached,
        status=status,
        median_ms=round(statistics.median(times), 1),
        p95_ms=round(percentile(times, 0.95), 1),
        queries=max(queries),
        cache_queries=max(cache_reads),
    )


def measure_pages(repeat: int, log=print, search: str | None = None) -> list[dict]:
    """Every page uncached and cached; the search page only uncached, since the page cache
    never stores it (its results follow the index)."""
    results = []
    pages = pages_to_measure("de") + [("home (English)", "/en/")]
    if search:
        facets = "q=cloud&content_type=offer&format=online&offer_type=workshop"
        pages.append(("search page, three facets", f"{search}?{facets}"))
    for name, url in pages:
        for cached in (False,) if name.startswith("search") else (False, True):
            figures = measure(name, url, cached=cached, repeat=repeat)
            log(f"  {name:32} {'cached' if cached else 'uncached':8} {figures.median_ms} ms")
            results.append(asdict(figures))
    # The listing as the portal answers it without ELASTICSEARCH_URL (or while it is down).
    with override_settings(ELASTICSEARCH_URL=""):
        figures = measure(
            DATABASE_LISTING, dict(pages)["offer listing"], cached=False, repeat=repeat
        )
    log(f"  {DATABASE_LISTING:32} {'uncached':8} {figures.median_ms} ms")
    results.append(asdict(figures))
    return results
