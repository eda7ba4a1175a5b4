"""One rate limit for every public form and login-adjacent view.

Counts live in the "shared" cache, which every gunicorn worker sees (the database cache by
default, Redis through CACHE_URL), never in process memory. Keys name a scope and a
client; the client is hashed so no IP address is written anywhere.
"""

import hashlib
import time

from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def client_key(request: HttpRequest) -> str:
    """A stable, anonymous key for the requesting client (a hash of its address)."""
    address = request.META.get("REMOTE_ADDR", "")
    return hashlib.sha256(f"proxlab-rl:{address}".encode()).hexdigest()[:24]


def hit(scope: str, key: str, *, limit: int, period: int) -> bool:
    """Count one attempt; False once more than ``limit`` fell into the current window."""
    cache = caches["shared"]
    window = int(time.time() // period)
    cache_key = f"ratelimit:{scope}:{key}:{window}"
    cache.add(cache_key, 0, timeout=period + 1)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=period + 1)
        count = 1
    return count <= limit


def is_limited(request: HttpRequest, scope: str, *, limit: int, period: int) -> bool:
    """True when this client went over ``limit`` attempts at ``scope`` within ``period`` s."""
    return not hit(scope, client_key(request), limit=limit, period=period)


def too_many_requests(request: HttpRequest, *, period: int) -> HttpResponse:
    """The designed 429 page (templates/429.html) a public form shows once a client is limited."""
    minutes = max(1, -(-period // 60))
    response = render(request, "429.html", {"retry_after_minutes": minutes}, status=429)
    response["Retry-After"] = str(period)
    return response
