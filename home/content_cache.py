"""One number that says "the published content changed", seen alike by every gunicorn worker.

The page cache and the process-local lookups (menus, language homes, view restrictions) are
valid for one *content generation*. Publishing, unpublishing, moving or deleting a page, or
saving a snippet, a setting, a site, a redirect, an image or a document starts a new
generation, so every cached page that might show the change (listings, home, partner pages,
feeds, calendars, sitemap, search) is stale at once in every worker: correctness over hit rate,
since editors publish a few times a day and the next visit renders a page again.

The generation lives in the "shared" cache (the database cache by default, Redis through
CACHE_URL); a request reads it at most once (the page cache reads it together with the page),
and the lookups remembered for it stay in process memory.
"""

import uuid
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import TypeVar

from django.core.cache import caches
from django.db import transaction
from django.http import HttpRequest

GENERATION_KEY = "content:generation"
_T = TypeVar("_T")
# Process-local lookups of the current generation only: {name: (generation, value)}.
_local: dict[str, tuple[str, object]] = {}
# The generation the current request works with, read at most once (per thread or task).
_request_generation: ContextVar[str | None] = ContextVar("content_generation", default=None)


def shared_cache():
    return caches["shared"]


def new_generation() -> str:
    """Start a new generation now and once more after the transaction commits.

    With the database cache the first write commits together with the content; with Redis it
    is visible at once, so a worker could render the old content into the new generation
    before the commit: the second write makes that page stale too.
    """
    generation = _write_generation()
    transaction.on_commit(_write_generation)
    return generation


def _write_generation() -> str:
    generation = uuid.uuid4().hex
    shared_cache().set(GENERATION_KEY, generation, timeout=None)
    _local.clear()
    if _request_generation.get() is not None:  # an editor's request sees its own change
        _request_generation.set(generation)
    return generation


def generation_from(value: str | None) -> str:
    """The generation read from the shared cache, or a new one when it was evicted."""
    return value if value else _write_generation()


@contextmanager
def request_scope(generation: str | None = None):
    """One request: the generation is read at most once within it (or given, already read)."""
    token = _request_generation.set(generation)
    try:
        yield
    finally:
        _request_generation.reset(token)


def current_generation() -> str:
    """The content generation: once per request inside ``request_scope``, else read now."""
    generation = _request_generation.get()
    if generation is None:
        generation = generation_from(shared_cache().get(GENERATION_KEY))
        _request_generation.set(generation)
    return generation


def remember(name: str, build: Callable[[], _T]) -> _T:
    """``build()`` once per process and content generation: for lookups every page repeats
    (menus, language homes, view restrictions); a new generation rebuilds them everywhere."""
    generation = current_generation()
    held = _local.get(name)
    if held is not None and held[0] == generation:
        return held[1]  # type: ignore[return-value]
    value = build()
    _local[name] = (generation, value)
    return value


def mark_cacheable(request: HttpRequest, parameters: Iterable[str] = ()) -> None:
    """Let the page cache (cms.page_cache) store this response if it is safe to share.

    ``parameters`` names the query parameters the response depends on: an address with any
    other parameter is rendered but not stored, so made-up parameters write no cache rows.
    """
    request.page_cacheable = True
    request.page_cache_parameters = frozenset(parameters)


def cacheable(view: Callable, parameters: Iterable[str] = ()) -> Callable:
    """A view whose anonymous responses the page cache may store (see mark_cacheable)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        mark_cacheable(request, parameters)
        return view(request, *args, **kwargs)

    return wrapper
