"""Who is asking: the client's address, and a per-client rate limit kept in Django's cache.

Shared by every form that the public can post (ask an expert, ratings), so they agree on both.
"""

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured


def client_address(request):
    """REMOTE_ADDR, or with TRUSTED_PROXY_COUNT = N > 0 the address the N-th proxy from us saw."""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def parse_rate(rate):
    """'N/SECONDS' as (N, SECONDS); '0' or '' turns the limit off and gives None."""
    rate = (rate or "").strip()
    if rate in {"", "0"}:
        return None
    try:
        count, seconds = (int(part) for part in rate.split("/"))
    except ValueError:
        raise ImproperlyConfigured(f"A rate limit must look like 'N/SECONDS', e.g. '5/3600', not {rate!r}.") from None
    if count <= 0 or seconds <= 0:
        return None
    return count, seconds


def rate_limit_reached(request, scope, rate):
    """True once this client has used up `rate` for `scope`; each call that returns False counts once."""
    parsed = parse_rate(rate)
    if parsed is None:
        return False
    count, seconds = parsed
    key = f"rate:{scope}:{client_address(request)}"
    cache.add(key, 0, timeout=seconds)
    try:
        used = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=seconds)
        used = 1
    return used > count
