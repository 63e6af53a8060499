"""Who is asking: the client's address, and a per-client rate limit every worker process shares.

Shared by every form the public can post (ask an expert, ratings), so they agree on both.
With REDIS_URL the counts live in Redis, shared by every app server; without it, or while Redis
cannot be reached, they live in the database (ratelimits.Window), which every worker process of
the server shares, so a client cannot get the limit once per worker.
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.utils.crypto import salted_hmac

from caching.redis_cache import breaker_of
from ratelimits.models import Window

log = logging.getLogger(__name__)


def client_address(request):
    """REMOTE_ADDR, or with TRUSTED_PROXY_COUNT = N > 0 the address the N-th proxy from us saw.

    Entries further left in X-Forwarded-For were written by the client itself and are never trusted.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def parse_rate(rate):
    """'N/SECONDS' as (N, SECONDS); '0' or '' turns the limit off and gives None."""
    rate = str(rate or "").strip()
    if rate in {"", "0"}:
        return None
    try:
        count, seconds = (int(part) for part in rate.split("/"))
    except ValueError:
        raise ImproperlyConfigured(f"A rate limit must look like 'N/SECONDS', e.g. '5/3600', not {rate!r}.") from None
    if count < 1 or seconds < 1:
        raise ImproperlyConfigured(f"A rate limit needs at least 1 request in at least 1 second, not {rate!r}.")
    return count, seconds


def seconds_until_allowed(request, scope, rate):
    """Count this request against `rate` for `scope`: 0 while within it, else the seconds until the window resets.

    The cache key holds a keyed hash of the address, never the address itself.
    """
    parsed = parse_rate(rate)
    if parsed is None:
        return 0
    count, seconds = parsed
    now = time.time()
    window = int(now // seconds)
    client = salted_hmac("netsite.rate-limit", client_address(request), algorithm="sha256").hexdigest()[:32]
    key = f"rate:{scope}:{seconds}:{window}:{client}"
    used = _count(key, seconds, expires_at=(window + 1) * seconds)
    if used <= count:
        return 0
    return max(1, int((window + 1) * seconds - now + 0.999))


def rate_limit_reached(request, scope, rate):
    """True once this client has used up `rate` for `scope`; each call that returns False counts once."""
    return seconds_until_allowed(request, scope, rate) > 0


def _count(key, seconds, expires_at):
    """Count one request under `key` and return the count so far in this window."""
    if settings.REDIS_URL:
        breaker = breaker_of(cache)
        try:
            used = _count_in_cache(key, seconds)
        except Exception:  # any failure of a cache that raises (Redis down, frozen, out of memory)
            used = None
        # The site's Redis cache answers a failed call as a miss instead of raising; its breaker tells.
        if used is not None and (breaker is None or breaker.healthy):
            return used
        log.warning("Rate limit counted in the database: the cache could not be reached.")
    return Window.objects.hit(key, expires_at)


def _count_in_cache(key, seconds):
    cache.add(key, 0, timeout=seconds + 1)
    try:
        return cache.incr(key)
    except ValueError:  # evicted between add() and incr()
        cache.set(key, 1, timeout=seconds + 1)
        return 1
