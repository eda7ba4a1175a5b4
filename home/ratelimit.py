"""One rate limit for every public form and login-adjacent view.

Counts live in the "shared" cache, which every gunicorn worker sees (the database cache by
default, Redis through CACHE_URL), never in process memory; the database cache increments
atomically too (home.cache_backends). Keys name a scope and a client; the client is hashed so
no IP address is written anywhere. The client's address is the one TRUSTED_PROXY_COUNT reverse
proxies in front saw (client_address), so visitors behind a proxy do not share one limit.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def client_address(request: HttpRequest) -> str:
    """The visitor's address: REMOTE_ADDR without a proxy (TRUSTED_PROXY_COUNT 0), else the
    TRUSTED_PROXY_COUNT-th address from the right of X-Forwarded-For, the one the outermost
    trusted proxy saw (what a visitor writes into the header themselves lies further left)."""
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [address for address in forwarded if address]
    # Fewer entries than proxies: the request did not come through them all.
    return forwarded[-count] if len(forwarded) >= count else remote


def client_key(request: HttpRequest) -> str:
    """A stable, anonymous key for the requesting client (a hash of its address)."""
    address = client_address(request)
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
