"""Scheduled publishing, exact under the page cache: when an item's publish time passes, the next request drops its pages.

A model takes part by having a `scheduled_after(moment)` class method: a queryset of its items, each with a
`published_at`, that go live after `moment`. The earliest such time is kept in the cache next to the page
cache's version counters and read in the same round trip (so a cached page costs no query and, with the
in-process copies, no trip to Redis). It is stored with the generation it was computed at, and every change
to a scheduled model bumps the generation, so a time computed from rows that have changed since is never
trusted. The request that finds the time passed (or the stored time untrusted) drops the pages of every item
that went live since the time was computed and stores the next one; other requests meanwhile are neither
served from nor stored in the cache. Every server reads the same keys, so all of them see it at once.
"""

import secrets
import time
from datetime import UTC, datetime

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Value
from django.utils import timezone

from caching import page_cache

# Under the page cache's prefix, so that the in-process copies keep them and Redis announces their changes.
NEXT_KEY = "pagecache:schedule"
GENERATION_KEY = "pagecache:schedule-generation"
KEYS = [NEXT_KEY, GENERATION_KEY]
# Outside that prefix: taking and releasing it need not drop anybody's copies.
LOCK_KEY = "pagecache-schedule-lock"
LOCK_SECONDS = 10


def has_schedule(model):
    return callable(getattr(model, "scheduled_after", None))


def scheduled_models():
    return [model for model in apps.get_models() if has_schedule(model)]


def schedule_changed():
    """A scheduled item changed: work out the next publish time again, now and once the change is committed.

    Done here rather than by the next reader, so that reading a page after an edit costs no query. Inside a
    transaction that may yet roll back, the time worked out may only move earlier (which costs nothing but
    an early look); the run after the commit stores the exact one.
    """
    if not settings.PAGE_CACHE_SECONDS:
        return
    found = cache.get_many(KEYS)  # before the bump, to tell whether the stored time was trusted until now
    _renew_generation()
    transaction.on_commit(_renew_generation, robust=True)
    catch_up(found, only_earlier=connection.in_atomic_block)
    transaction.on_commit(lambda: catch_up(cache.get_many(KEYS)))


def _renew_generation():
    """A fresh random generation, which no stored time can carry.

    Random rather than counted, like the page cache's versions, so a generation lost with Redis never comes
    back matching an old time.
    """
    cache.set(GENERATION_KEY, secrets.randbits(62), timeout=None)


def nothing_scheduled():
    """Record that nothing is scheduled, for a site whose database is empty (a fresh install, each test)."""
    cache.set(NEXT_KEY, (cache.get(GENERATION_KEY, 0), None, time.time()), timeout=None)


def up_to_date(found):
    """True when `found` (a read of KEYS) holds a trusted next publish time that has not passed yet."""
    stored = found.get(NEXT_KEY)
    if stored is None or stored[0] != found.get(GENERATION_KEY, 0):
        return False
    next_time = stored[1]
    return next_time is None or time.time() < next_time


def catch_up(found, only_earlier=False):
    """Drop the pages of items that went live since the stored time was computed, and store the next time.

    False when another request is doing it right now: the caller then renders without the cache.
    """
    if not cache.add(LOCK_KEY, 1, timeout=LOCK_SECONDS):
        return False
    try:
        generation = cache.get(GENERATION_KEY, 0)  # read before the rows, so a change after the read is noticed
        now = timezone.now()
        stored = found.get(NEXT_KEY)
        # With nothing stored, pages cached longer ago than the page cache keeps them are gone anyway.
        since = stored[2] if stored is not None else time.time() - settings.PAGE_CACHE_SECONDS
        went_live, next_time = _going_live(datetime.fromtimestamp(since, UTC), now)
        if only_earlier and stored is not None and stored[0] == found.get(GENERATION_KEY, 0) and stored[1]:
            next_time = stored[1] if next_time is None else min(next_time, stored[1])
        paths = set()
        for item in went_live:
            paths |= item.cache_paths()
        if paths:
            page_cache.invalidate_paths(paths)
        cache.set(NEXT_KEY, (generation, next_time, now.timestamp()), timeout=None)
    finally:
        cache.delete(LOCK_KEY)
    return True


def next_publish_time(using=None):
    """The earliest publish time still to come, of anything scheduled (epoch seconds, or None): one query."""
    _, next_time = _going_live(timezone.now(), timezone.now(), using)
    return next_time


def _going_live(since, now, using=None):
    """The items whose publish time is in (since, now], and the earliest publish time after now: one query."""
    models = scheduled_models()
    if not models:
        return [], None
    times = [
        model.scheduled_after(since).using(using).order_by().values_list("pk", "published_at", Value(index))
        for index, model in enumerate(models)
    ]
    rows = (times[0].union(*times[1:], all=True) if len(times) > 1 else times[0]).order_by()
    went_live, future = {}, []
    for pk, published_at, index in rows:
        if published_at <= now:
            went_live.setdefault(index, []).append(pk)
        else:
            future.append(published_at)
    items = [item for index, pks in went_live.items() for item in models[index]._default_manager.filter(pk__in=pks)]
    return items, min(future).timestamp() if future else None
