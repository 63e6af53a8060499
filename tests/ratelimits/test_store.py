"""Rate limits are counted where every worker process sees them: Redis, or else the database."""

import time

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from ratelimits.clients import rate_limit_reached
from ratelimits.models import Window

pytestmark = pytest.mark.django_db


def request(remote="198.51.100.1"):
    return RequestFactory().post("/", REMOTE_ADDR=remote)


def test_without_redis_the_count_is_kept_in_the_database_without_the_address(settings):
    settings.REDIS_URL = ""
    for _ in range(3):
        assert not rate_limit_reached(request(), "ratings", "3/600")
    assert rate_limit_reached(request(), "ratings", "3/600")
    (window,) = Window.objects.all()
    assert window.hits == 4
    assert "198.51.100.1" not in window.bucket
    assert window.expires_at > time.time()


def test_counting_one_request_is_a_single_atomic_statement(django_assert_num_queries):
    Window.objects.hit("bucket", int(time.time()) + 60)
    with django_assert_num_queries(1):
        assert Window.objects.hit("bucket", int(time.time()) + 60) == 2


def test_a_new_window_drops_the_ended_ones():
    Window.objects.create(bucket="old", hits=9, expires_at=int(time.time()) - 1)
    Window.objects.create(bucket="current", hits=2, expires_at=int(time.time()) + 60)
    Window.objects.hit("new", int(time.time()) + 60)
    assert set(Window.objects.values_list("bucket", flat=True)) == {"current", "new"}


def test_when_redis_cannot_be_reached_the_limit_is_still_kept_in_the_database(settings, monkeypatch):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"

    def unreachable(*args, **kwargs):
        raise ConnectionError("Error 111 connecting to 127.0.0.1:1. Connection refused.")

    monkeypatch.setattr(cache, "add", unreachable)
    assert not rate_limit_reached(request(), "ask", "1/3600")
    assert rate_limit_reached(request(), "ask", "1/3600")
    assert Window.objects.get().hits == 2


def test_with_redis_reachable_the_count_stays_in_the_cache(settings):
    settings.REDIS_URL = "redis://cache.internal:6379/0"  # the test cache stands in for it
    assert not rate_limit_reached(request(), "ask", "1/3600")
    assert rate_limit_reached(request(), "ask", "1/3600")
    assert not Window.objects.exists()
