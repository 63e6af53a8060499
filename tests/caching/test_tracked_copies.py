"""Each server process's copies of the page cache's Redis keys: answered from memory, dropped the moment a key changes."""

import os
import time
import uuid

import pytest
import redis
from django.test import Client

from caching import page_cache
from caching.redis_cache import ReusedClientRedisCache
from caching.tracked_copies import TrackedCopies
from tests.factories import make_treatment
from tests.services import TEST_REDIS_URL, redis_url

REDIS_URL = f"{TEST_REDIS_URL}/15"
SITE = "pagecache:site"
PAGE = "pagecache:page:0123"


@pytest.fixture
def prefix():
    redis_url(15)
    prefix = f"test-{uuid.uuid4().hex}"
    yield prefix
    with redis.Redis.from_url(REDIS_URL) as client:
        for key in client.scan_iter(f"{prefix}:*"):
            client.delete(key)


def redis_cache(prefix):
    cache = ReusedClientRedisCache(REDIS_URL, {"KEY_PREFIX": prefix})
    yield cache
    for pool in cache._cache._pools.values():  # Django's Redis cache has no public way to close its connections
        pool.disconnect()


@pytest.fixture
def shared(prefix):
    """The Redis cache as this server process sees it."""
    yield from redis_cache(prefix)


@pytest.fixture
def other_server(prefix):
    """The same Redis cache, reached through another connection, as another app server would."""
    yield from redis_cache(prefix)


@pytest.fixture
def make_copies(shared):
    made = []

    def make(max_entries=10):
        made.append(TrackedCopies(shared, REDIS_URL, "pagecache:", max_entries=max_entries))
        return made[-1]

    yield make
    for copies in made:
        copies.close()


@pytest.fixture
def copies(make_copies):
    return make_copies()


@pytest.fixture
def redis_reads(shared, monkeypatch):
    """The keys each read that reaches Redis asks for."""
    reads = []
    read_from_redis = shared.get_many

    def counted(keys):
        reads.append(list(keys))
        return read_from_redis(keys)

    monkeypatch.setattr(shared, "get_many", counted)
    return reads


def test_a_key_read_once_is_then_answered_from_memory(shared, copies, redis_reads):
    shared.set(SITE, 3)
    shared.set(PAGE, ("versions", "page"))
    assert copies.get_many([PAGE, SITE, "pagecache:path:absent"]) == {SITE: 3, PAGE: ("versions", "page")}
    assert copies.get_many([PAGE, SITE, "pagecache:path:absent"]) == {SITE: 3, PAGE: ("versions", "page")}
    assert redis_reads == [[PAGE, SITE, "pagecache:path:absent"]]


@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda cache: cache.incr(SITE), {SITE: 4}),
        (lambda cache: cache.set(SITE, 10), {SITE: 10}),
        (lambda cache: cache.delete(SITE), {}),
        (lambda cache: cache.set(PAGE, "new page"), {SITE: 3, PAGE: "new page"}),
    ],
    ids=["counter bumped", "value replaced", "key deleted", "absent key created"],
)
def test_a_change_made_by_another_server_is_seen_on_the_very_next_read(shared, other_server, copies, change, expected):
    shared.set(SITE, 3)
    copies.get_many([SITE, PAGE])
    change(other_server)
    assert copies.get_many([SITE, PAGE]) == expected


def test_every_change_in_a_quick_run_of_them_is_seen_on_the_next_read(shared, other_server, copies):
    shared.set(SITE, 0)
    for expected in range(1, 301):
        other_server.incr(SITE)
        assert copies.get_many([SITE]) == {SITE: expected}


def test_a_flushed_cache_drops_every_copy(shared, copies):
    """Redis writes its news of a flush just after the flush's reply, not before it as for a change to a key."""
    shared.set(SITE, 3)
    copies.get_many([SITE])
    with redis.Redis.from_url(REDIS_URL) as client:
        client.flushdb()
    give_up_at = time.monotonic() + 1
    while copies.get_many([SITE]) and time.monotonic() < give_up_at:
        time.sleep(0.01)
    assert copies.get_many([SITE]) == {}


def test_only_the_most_recently_used_keys_are_kept(make_copies, redis_reads):
    copies = make_copies(max_entries=2)
    for key in ("pagecache:a", "pagecache:b", "pagecache:a", "pagecache:c"):
        copies.get_many([key])
    redis_reads.clear()
    copies.get_many(["pagecache:a", "pagecache:b", "pagecache:c"])
    assert redis_reads == [["pagecache:b"]]


def test_a_read_that_overlaps_a_change_is_used_once_and_not_kept(shared, other_server, copies, monkeypatch):
    shared.set(SITE, 3)
    shared.set(PAGE, "page")
    copies.get_many([PAGE])
    read_from_redis = shared.get_many

    def read_then_another_thread_applies_a_change(keys):
        found = read_from_redis(keys)
        other_server.incr(SITE)
        copies.get_many([PAGE])  # another request in this process hears of the change meanwhile
        return found

    monkeypatch.setattr(shared, "get_many", read_then_another_thread_applies_a_change)
    assert copies.get_many([SITE]) == {SITE: 3}
    monkeypatch.undo()
    assert copies.get_many([SITE]) == {SITE: 4}


def kill_listener():
    with redis.Redis.from_url(REDIS_URL) as monitor:
        listener = next(c for c in monitor.client_list() if c["name"] == f"page-cache-copies-{os.getpid()}")
        monitor.client_kill_filter(_id=listener["id"])


def test_a_read_that_overlaps_losing_the_listener_is_not_kept_even_once_a_new_one_is_in_place(
    shared, other_server, copies, monkeypatch
):
    shared.set(SITE, 3)
    shared.set(PAGE, "page")
    copies.get_many([PAGE])
    read_from_redis = shared.get_many

    def read_then_another_thread_loses_the_listener_and_opens_a_new_one(keys):
        found = read_from_redis(keys)
        if keys == [SITE]:
            kill_listener()
            other_server.incr(SITE)  # the news of this change is lost with the listener
            copies.get_many([PAGE])  # another request in this process finds the listener gone
            copies._retry_at = 0  # as if the wait before trying again were over
            copies.get_many([PAGE])  # and the next one opens a new listener
        return found

    monkeypatch.setattr(shared, "get_many", read_then_another_thread_loses_the_listener_and_opens_a_new_one)
    assert copies.get_many([SITE]) == {SITE: 3}
    monkeypatch.undo()
    assert copies.get_many([SITE]) == {SITE: 4}


def test_without_its_listener_a_process_reads_redis_until_a_new_one_is_in_place(
    shared, other_server, copies, redis_reads
):
    shared.set(SITE, 3)
    copies.get_many([SITE])
    kill_listener()
    other_server.incr(SITE)  # the news of this change is lost with the listener
    assert copies.get_many([SITE]) == {SITE: 4}
    assert copies.get_many([SITE]) == {SITE: 4}
    assert len(redis_reads) == 3, "with no listener, every read should go to Redis"

    copies._retry_at = 0  # as if the wait before trying again were over
    copies.get_many([SITE])
    redis_reads.clear()
    other_server.incr(SITE)
    assert copies.get_many([SITE]) == {SITE: 5}
    assert copies.get_many([SITE]) == {SITE: 5}
    assert len(redis_reads) == 1, "with a listener again, only the read after the change should go to Redis"


@pytest.fixture
def pages_cached_in_redis(prefix, settings, make_copies, monkeypatch):
    """The page cache in Redis, with copies in this process."""
    monkeypatch.setattr(page_cache, "TrackedCopies", lambda *args: make_copies())  # closed after the test
    settings.CACHES = {
        "default": {
            "BACKEND": "caching.redis_cache.ReusedClientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
        }
    }
    settings.REDIS_URL = REDIS_URL
    settings.PAGE_CACHE_LOCAL_COPIES = 100


@pytest.mark.django_db
def test_a_cached_page_is_served_from_memory_and_an_edit_still_shows_at_once(pages_cached_in_redis, monkeypatch):
    treatment = make_treatment(title="Surgery")
    reader = Client()
    assert reader.get(treatment.get_absolute_url())["X-Page-Cache"] == "miss"
    assert reader.get(treatment.get_absolute_url())["X-Page-Cache"] == "hit"

    def no_redis(*args, **kwargs):
        raise AssertionError("a page held in memory should not need Redis")

    with monkeypatch.context() as patch:
        patch.setattr(ReusedClientRedisCache, "get_many", no_redis)
        assert reader.get(treatment.get_absolute_url())["X-Page-Cache"] == "hit"

    treatment.title = "Surgery for NETs"
    treatment.save()
    assert "Surgery for NETs" in reader.get(treatment.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_a_page_held_in_memory_is_not_served_once_its_time_is_up(pages_cached_in_redis, settings, monkeypatch):
    treatment = make_treatment()
    reader = Client()
    reader.get(treatment.get_absolute_url())
    assert reader.get(treatment.get_absolute_url())["X-Page-Cache"] == "hit"
    later = time.time() + settings.PAGE_CACHE_SECONDS + 1
    monkeypatch.setattr(page_cache.time, "time", lambda: later)
    assert reader.get(treatment.get_absolute_url())["X-Page-Cache"] == "miss"


def test_a_redis_that_refuses_tracking_leaves_no_copies_and_every_read_goes_to_redis(
    shared, other_server, redis_reads, monkeypatch
):
    execute = redis.Redis.execute_command

    def refuse_tracking(client, *args, **kwargs):
        if args[:2] == ("CLIENT", "TRACKING"):
            raise redis.ResponseError("unknown subcommand 'TRACKING'")
        return execute(client, *args, **kwargs)

    monkeypatch.setattr(redis.Redis, "execute_command", refuse_tracking)
    copies = TrackedCopies(shared, REDIS_URL, "pagecache:", max_entries=10)
    shared.set(SITE, 3)
    assert copies.get_many([SITE]) == {SITE: 3}
    other_server.incr(SITE)
    assert copies.get_many([SITE]) == {SITE: 4}
    assert len(redis_reads) == 2
    assert shared.breaker.healthy, "a Redis without tracking is still a working cache"
    copies.close()


def test_a_listener_that_cannot_connect_leaves_redis_alone_until_the_breaker_closes(shared, redis_reads):
    copies = TrackedCopies(shared, "redis://127.0.0.1:1/0", "pagecache:", max_entries=10)  # nothing listens there
    shared.set(SITE, 3)
    assert copies.get_many([SITE]) == {}, "an unreachable Redis is answered as a miss"
    assert not shared.breaker.healthy
    assert redis_reads == [[SITE]]
    copies.close()
