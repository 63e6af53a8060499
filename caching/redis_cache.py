"""Django's Redis cache, made so that a dead, frozen or full Redis can never take the site down.

Redis only ever holds copies (cached pages, their version counters), so every call that fails is
answered as a miss or a no-op and the page is rendered from the database instead:

- every connection has short connect and read timeouts (REDIS_CONNECT_TIMEOUT, REDIS_TIMEOUT) and
  redis-py's retries are off, so one call waits at most one timeout;
- a failed call (refused, timed out, cut off, or a write refused because Redis is out of memory)
  opens this process's circuit breaker: for REDIS_BREAKER_SECONDS the process does not call Redis at
  all, so a dead or frozen Redis costs each process one short wait per interval;
- the first call after that first runs the breaker's recovery steps (the page cache registers one
  that makes every cached page stale, because invalidations sent during the outage may have been
  lost; the page cache's copies in memory are dropped when the breaker opens). Only if they succeed
  is Redis trusted again; if they fail, the breaker opens again.

Django builds a new `redis.Redis` object for every cache call; building one costs more than the
round trip it then makes (it fills a table of some 170 response handlers). A client is safe to
share between threads (each command borrows a connection from the pool), so each pool keeps one.
"""

import logging
import threading
import time

import redis
from django.conf import settings
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.backoff import NoBackoff
from redis.retry import Retry

logger = logging.getLogger(__name__)

# What "Redis failed" means: the server could not be reached or answered in time (ConnectionError,
# TimeoutError), refused a write (OOM, read-only replica: ResponseError), or the socket broke (OSError).
REDIS_FAILURES = (redis.RedisError, OSError)


def connection_options():
    """Keyword arguments for every connection this site opens to Redis: short timeouts, no retries."""
    return {
        "socket_connect_timeout": settings.REDIS_CONNECT_TIMEOUT,
        "socket_timeout": settings.REDIS_TIMEOUT,
        "retry": Retry(NoBackoff(), 0),
    }


class CircuitBreaker:
    """Per process: after a failure, Redis is left alone for `seconds`, then recovery runs before it is trusted."""

    def __init__(self, seconds):
        self.seconds = seconds
        self._lock = threading.Lock()
        self._open_until = 0.0
        self._recovering = False  # set from the first failure until the recovery steps have succeeded
        self._on_open = {}
        self._on_recovery = {}

    def on_open(self, name, callback):
        """Call `callback()` each time the breaker opens (e.g. to drop copies that can no longer be trusted)."""
        self._on_open[name] = callback

    def on_recovery(self, name, callback):
        """Call `callback()` before Redis is trusted again after a failure; it may raise to keep the breaker open."""
        self._on_recovery[name] = callback

    def discard(self, name):
        """Forget the callbacks registered under `name`."""
        self._on_open.pop(name, None)
        self._on_recovery.pop(name, None)

    @property
    def healthy(self):
        """True unless a call to Redis failed and the recovery steps have not succeeded since."""
        return not self._recovering

    def allows_call(self):
        """False while open; once the interval is over, one thread runs the recovery steps and says if they worked."""
        if not self._recovering:
            return True
        if time.monotonic() < self._open_until or not self._lock.acquire(blocking=False):
            return False
        try:
            if not self._recovering:
                return True
            if time.monotonic() < self._open_until:
                return False
            try:
                for callback in list(self._on_recovery.values()):
                    callback()
            except REDIS_FAILURES as error:
                self._open(error)
                return False
            self._recovering = False
            logger.warning("Redis answers again; the shared cache is back in use")
            return True
        finally:
            self._lock.release()

    def record_failure(self, error):
        with self._lock:
            self._open(error)
        for callback in list(self._on_open.values()):
            callback()

    def _open(self, error):
        if not self._recovering:
            logger.warning(
                "Redis failed (%s: %s); serving without the shared cache, trying again every %s s",
                type(error).__name__,
                error,
                self.seconds,
            )
        self._recovering = True
        self._open_until = time.monotonic() + self.seconds

    def reset(self):
        """Forget every failure (tests)."""
        with self._lock:
            self._recovering = False
            self._open_until = 0.0


_breakers = {}
_breakers_lock = threading.Lock()


def breaker_for(location):
    """The one breaker of this process for the Redis server(s) at `location` (Django's caches are per thread)."""
    with _breakers_lock:
        if location not in _breakers:
            _breakers[location] = CircuitBreaker(settings.REDIS_BREAKER_SECONDS)
        return _breakers[location]


def reset_breakers():
    """Close every breaker of this process (tests)."""
    with _breakers_lock:
        for breaker in _breakers.values():
            breaker.reset()


def breaker_of(cache):
    """The circuit breaker behind `cache`, or None for a cache without one (local memory)."""
    return getattr(cache, "breaker", None)


class ReusedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


def _guarded(name, when_down):
    """The cache method `name`, answered by `when_down(*args, **kwargs)` while Redis is down or when the call fails."""
    method = getattr(RedisCache, name)

    def guarded(self, *args, **kwargs):
        if not self.breaker.allows_call():
            return when_down(*args, **kwargs)
        try:
            return method(self, *args, **kwargs)
        except REDIS_FAILURES as error:
            self.breaker.record_failure(error)
            return when_down(*args, **kwargs)

    guarded.__name__ = name
    return guarded


def _missing_key(key, *args, **kwargs):
    raise ValueError(f"Key '{key}' not found (Redis is unavailable).")


class ReusedClientRedisCache(RedisCache):
    """Django's RedisCache, each call guarded by the process's circuit breaker (see the module docstring)."""

    def __init__(self, server, params):
        params = {**params, "OPTIONS": {**connection_options(), **params.get("OPTIONS", {})}}
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
        self.breaker = breaker_for(str(server))

    def client(self):
        """A redis-py client on this cache's connections, for recovery steps that need raw commands."""
        return self._cache.get_client(write=True)

    get = _guarded("get", lambda key, default=None, version=None: default)
    get_many = _guarded("get_many", lambda keys, version=None: {})
    has_key = _guarded("has_key", lambda *args, **kwargs: False)
    add = _guarded("add", lambda *args, **kwargs: False)
    set = _guarded("set", lambda *args, **kwargs: None)
    set_many = _guarded("set_many", lambda data, *args, **kwargs: list(data))
    touch = _guarded("touch", lambda *args, **kwargs: False)
    delete = _guarded("delete", lambda *args, **kwargs: False)
    delete_many = _guarded("delete_many", lambda *args, **kwargs: None)
    # As for a key that does not exist: callers already handle that ValueError.
    incr = _guarded("incr", _missing_key)
    clear = _guarded("clear", lambda: False)
