"""Copies of the page cache's Redis keys kept inside each server process, dropped the moment a key changes.

Without them every cached page costs a round trip to Redis, to read the page together with the
version counters that keep it exact. With them, a process reads a key from Redis once and then
answers from its own memory until Redis says the key changed.

Redis says so through its client-side caching support ("tracking"). Each process opens one
listening connection that asks, in broadcast mode, to hear of every change to any key under the
page cache's prefix, made by any server. The process reads what has arrived there, without
waiting, before it looks at its copies. In broadcast mode Redis queues those messages while it
runs the command that made the change and writes them out, with that command's reply, before it
reads anything more (tests/caching/test_tracked_copies.py checks the next read sees every change in
a quick run of three hundred). So by the time an editor's save has finished, every server already
has the news waiting on its socket, and the next request anywhere sees the change. (A flush of the whole
database is the exception: Redis writes its news just after the flush's reply, so a request in that
instant may still be answered from a copy.)

When the listener is lost (Redis restarted, or it fell too far behind and Redis cut it off), every
copy is dropped and reads go to Redis until a new listener is in place. A frozen Redis (stopped, or
cut off without the connection closing) sends neither news nor an error, so the process sends a
PING on the listening connection at most once a second and, when it is not answered within
REDIS_TIMEOUT, treats the listener as lost and Redis as failed. When any call to Redis
fails, the process's circuit breaker opens (caching/redis_cache.py) and every copy is dropped too: while
Redis cannot be reached, no change can be heard of, so no copy can be trusted; no new listener is
opened until the breaker lets the process use Redis again. The copies need the
default key function, so that every page cache key starts with one prefix, and a single Redis
server, where tracking sees every write.
"""

import os
import threading
import time
from collections import OrderedDict

import redis
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from caching.redis_cache import REDIS_FAILURES, breaker_of, connection_options

INVALIDATION_CHANNEL = "__redis__:invalidate"
# How often a process serving copies checks that Redis still answers on the listening connection.
HEARTBEAT_SECONDS = 1.0
_ABSENT = object()


class TrackedCopies:
    def __init__(self, cache, redis_url, prefix, max_entries):
        self._cache = cache
        self._redis_url = redis_url
        self._prefix = prefix
        self._tracked_prefix = cache.make_key(prefix)
        if not cache.make_key(prefix + "key").startswith(self._tracked_prefix):
            raise ImproperlyConfigured("Copies of the page cache need the cache's default KEY_FUNCTION.")
        self._max_entries = max_entries
        # Re-entrant: a listener that cannot connect opens the breaker, which calls back to drop every copy.
        self._lock = threading.RLock()
        self._forget_everything()
        self._breaker = breaker_of(cache)
        self._retry_seconds = self._breaker.seconds if self._breaker else 5
        if self._breaker is not None:
            self._breaker.on_open(f"tracked-copies-{id(self)}", self._drop_everything)

    def _forget_everything(self):
        self._pid = os.getpid()
        self._copies = OrderedDict()
        self._client = self._listener = None
        self._retry_at = 0.0
        self._ping_sent_at, self._ping_sent_at_last = None, 0.0
        # Counts the messages applied and the listeners lost, so a read that overlapped either is not kept.
        self._changes_seen = 0

    def close(self):
        """Stop listening and drop every copy."""
        if self._breaker is not None:
            self._breaker.discard(f"tracked-copies-{id(self)}")
        with self._lock:
            if self._client is not None:
                self._client.close()
            self._forget_everything()

    def _drop_everything(self):
        """Redis failed: stop listening, drop every copy, and keep no read that overlapped this."""
        with self._lock:
            if self._client is not None:
                self._client.close()
            self._client = self._listener = None
            self._ping_sent_at = None
            self._copies.clear()
            self._changes_seen += 1

    def get_many(self, keys):
        """Like cache.get_many(): the values of those keys that exist, from copies while Redis reports no change."""
        with self._lock:
            listening = self._catch_up()
            changes_before_read = self._changes_seen
            found, missing = {}, []
            for key in keys:
                value = self._copies.get(key, None)
                if value is None:
                    missing.append(key)
                else:
                    self._copies.move_to_end(key)
                    found[key] = value
        if missing:
            fetched = self._cache.get_many(missing)
            found.update(fetched)
            with self._lock:
                # Another thread may have applied a message about these keys, or lost the listener, while they
                # were read; the read may then be stale, so it is used for this request but not kept.
                if listening and self._changes_seen == changes_before_read:
                    for key in missing:
                        self._keep(key, fetched.get(key, _ABSENT))
        return {key: value for key, value in found.items() if value is not _ABSENT}

    def _keep(self, key, value):
        self._copies[key] = value
        self._copies.move_to_end(key)
        if len(self._copies) > self._max_entries:
            self._copies.popitem(last=False)

    def _catch_up(self):
        """Apply every change Redis has announced. False when there is no listener, so copies cannot be trusted."""
        if self._pid != os.getpid():  # a forked worker starts with nothing of its parent's
            self._forget_everything()
        if self._listener is None and not self._listen():
            return False
        try:
            while self._listener.can_read(timeout=0):
                message = self._listener.read_response()
                if message[0] == b"pong":
                    self._ping_sent_at = None
                    continue
                _, _, keys = message
                self._changes_seen += 1
                if keys is None:  # the whole database was flushed
                    self._copies.clear()
                    continue
                for key in keys:
                    self._copies.pop(self._unprefixed(key), None)
            self._heartbeat()
        except (*REDIS_FAILURES, ValueError) as error:
            self._lost_listener(error)
            return False
        return True

    def _heartbeat(self):
        """A frozen Redis sends no news and no error: a PING now and then, unanswered in time, shows it."""
        now = time.monotonic()
        if self._ping_sent_at is not None:
            if now - self._ping_sent_at > settings.REDIS_TIMEOUT:
                raise redis.TimeoutError("Redis did not answer the page cache listener's PING in time")
        elif now - self._ping_sent_at_last >= HEARTBEAT_SECONDS:
            self._listener.send_command("PING")
            self._ping_sent_at = self._ping_sent_at_last = now

    def _unprefixed(self, redis_key):
        return self._prefix + redis_key.decode()[len(self._tracked_prefix) :]

    def _listen(self):
        if time.monotonic() < self._retry_at:
            return False
        if self._breaker is not None and not self._breaker.allows_call():
            return False
        client = None
        try:
            client = redis.Redis.from_url(  # connects at once, as it is a single-connection client
                self._redis_url,
                single_connection_client=True,
                protocol=2,
                client_name=f"page-cache-copies-{os.getpid()}",  # how an operator spots it in CLIENT LIST
                **connection_options(),
            )
            client.execute_command(
                "CLIENT", "TRACKING", "ON", "REDIRECT", client.client_id(), "BCAST", "PREFIX", self._tracked_prefix
            )
            client.connection.send_command("SUBSCRIBE", INVALIDATION_CHANNEL)
            client.connection.read_response()
        except REDIS_FAILURES as error:
            if client is not None:
                client.close()
            self._retry_at = time.monotonic() + self._retry_seconds
            # Unreachable or frozen: the cache's own calls would wait too, so the breaker opens. A Redis that
            # merely refuses tracking (too old, or not allowed) keeps the cache; reads then all go to Redis.
            if self._breaker is not None and not isinstance(error, redis.ResponseError):
                self._breaker.record_failure(error)
            return False
        # The client owns the connection (and closes it when collected), so both are kept.
        self._client, self._listener = client, client.connection
        return True

    def _lost_listener(self, error):
        self._client.close()
        self._client = self._listener = None
        self._ping_sent_at = None
        self._copies.clear()
        self._changes_seen += 1
        self._retry_at = time.monotonic() + self._retry_seconds
        if self._breaker is not None and isinstance(error, redis.TimeoutError):
            self._breaker.record_failure(error)  # frozen: the cache's own calls would wait too
