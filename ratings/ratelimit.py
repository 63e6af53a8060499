"""A fixed-window counter per client address in Django's cache (shared between servers when REDIS_URL is set)."""

import time

from django.conf import settings
from django.core.cache import cache


def parse_rate_limit(value):
    """'N/SECONDS' as (N, SECONDS); '0' (or empty) as None, meaning no limit. ValueError for anything else."""
    value = str(value).strip()
    if value in {"", "0"}:
        return None
    limit, _, seconds = value.partition("/")
    limit, seconds = int(limit), int(seconds)
    if limit < 1 or seconds < 1:
        raise ValueError(value)
    return limit, seconds


def seconds_until_allowed(client_key):
    """Count this request; return 0 if it is within the limit, else the seconds until the window resets."""
    rate = parse_rate_limit(settings.RATINGS_RATE_LIMIT)
    if rate is None:
        return 0
    limit, seconds = rate
    now = time.time()
    window = int(now // seconds)
    key = f"ratings:rate:{seconds}:{window}:{client_key}"
    cache.add(key, 0, timeout=seconds + 1)
    try:
        used = cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.add(key, 1, timeout=seconds + 1)
        used = 1
    if used <= limit:
        return 0
    return max(1, int((window + 1) * seconds - now + 0.999))
