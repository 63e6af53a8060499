"""Outside services some tests need (Redis, PostgreSQL, redis-server): skipped with the reason on a laptop, required in CI.

`make test` on a machine with only Python and Node skips these tests and prints why. CI (CI=true, or
the *_TESTS_REQUIRED variables that .ci/run sets) turns each skip into a failure, so CI still runs them.
"""

import os

import pytest

# The Redis the shared-cache tests use; point it elsewhere (or at a closed port) with TEST_REDIS_URL.
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379").rstrip("/")


def required(service):
    """True in CI, or when {SERVICE}_TESTS_REQUIRED=1: a missing service then fails the test instead of skipping it."""
    flag = os.environ.get(f"{service.upper()}_TESTS_REQUIRED", "") or os.environ.get("CI", "")
    return flag.strip().lower() in {"1", "true", "yes", "on"}


def skip_or_fail(service, reason):
    if required(service):
        pytest.fail(f"{reason} (required here: CI or {service.upper()}_TESTS_REQUIRED is set)")
    pytest.skip(f"{reason} Set {service.upper()}_TESTS_REQUIRED=1 to make this a failure.")


def redis_url(db):
    """The test Redis, database `db`; skipped (or failed, in CI) when nothing answers there."""
    import redis

    url = f"{TEST_REDIS_URL}/{db}"
    try:
        with redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1) as client:
            client.ping()
    except (redis.RedisError, OSError) as error:
        skip_or_fail("redis", f"Redis is not reachable at {TEST_REDIS_URL} ({error}); these tests need it.")
    return url


def redis_server_binary():
    """The path of redis-server, for tests that start and control their own; skipped (or failed, in CI) without it."""
    import shutil

    binary = shutil.which("redis-server")
    if binary is None:
        skip_or_fail("redis", "redis-server is not installed (apt-get install redis-server); this test starts its own.")
    return binary
