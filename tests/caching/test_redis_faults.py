"""Redis is a cache, never a single point of failure: a dead, frozen or full Redis of the test's own.

Each test starts its own redis-server on a free port (skipped with the reason where it is not
installed, failed in CI) and points the site's cache at it through the test client.
"""

import time

import pytest
import redis
from django.core.cache import cache
from django.forms.models import model_to_dict
from django.test import Client
from django.urls import reverse

from caching.redis_cache import ReusedClientRedisCacheClient
from ratings.models import Vote
from ratings.targets import target_token
from tests.factories import make_treatment
from tests.servers import RedisServer
from tests.services import redis_server_binary

pytestmark = pytest.mark.django_db


@pytest.fixture
def own_redis():
    server = RedisServer(redis_server_binary())
    yield server
    server.stop()


@pytest.fixture
def site_on_redis(own_redis, settings):
    """The site's cache and page cache in the test's own Redis, with a short breaker interval."""
    settings.CACHES = {
        "default": {
            "BACKEND": "caching.redis_cache.ReusedClientRedisCache",
            "LOCATION": f"{own_redis.url}/0",
            "KEY_PREFIX": "faults",
        }
    }
    settings.REDIS_URL = f"{own_redis.url}/0"
    settings.PAGE_CACHE_LOCAL_COPIES = 0
    cache.breaker.seconds = 0.3
    return own_redis


def wait_for_the_breaker():
    time.sleep(cache.breaker.seconds + 0.05)


def vote(client, target, score=4):
    return client.post(
        reverse("ratings:vote"), {"target": target_token(target), "score": score}, HTTP_ACCEPT="application/json"
    )


def test_a_frozen_redis_costs_one_short_wait_and_then_none_until_the_interval_is_over(site_on_redis, settings):
    cache.set("greeting", "hello")
    site_on_redis.freeze()
    started = time.monotonic()
    assert cache.get("greeting") is None, "a frozen Redis is answered as a miss"
    first_wait = time.monotonic() - started
    assert first_wait < settings.REDIS_TIMEOUT + 0.5

    started = time.monotonic()
    for _ in range(50):
        assert cache.get("greeting") is None
        cache.set("greeting", "ignored")
    assert time.monotonic() - started < 0.05, "while the breaker is open, Redis is not asked at all"
    assert not cache.breaker.healthy

    site_on_redis.resume()
    wait_for_the_breaker()
    assert cache.get("greeting") == "hello"
    assert cache.breaker.healthy


def test_with_redis_dead_pages_votes_and_health_checks_all_answer(site_on_redis, django_capture_on_commit_callbacks):
    treatment = make_treatment(title="Surgery")
    site_on_redis.kill()
    reader = Client()

    for _ in range(3):
        response = reader.get(treatment.get_absolute_url())
        assert response.status_code == 200
        assert "X-Page-Cache" not in response, "without Redis, nothing is stored"
    assert reader.get(reverse("treatments:list")).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        response = vote(Client(), treatment, score=5)
    assert response.status_code == 200
    assert response.json()["count"] == 1
    assert Vote.objects.count() == 1

    health = Client().get(reverse("healthz"))
    assert health.status_code == 200
    assert health.json() == {"status": "degraded", "database": "ok", "cache": "degraded"}


def test_an_invalidation_lost_during_an_outage_leaves_no_stale_page_once_redis_answers_again(
    site_on_redis, monkeypatch
):
    treatment = make_treatment(title="Surgery")
    reader = Client()
    reader.get(treatment.get_absolute_url())
    assert reader.get(treatment.get_absolute_url())["X-Page-Cache"] == "hit"

    def lost(*args, **kwargs):
        raise redis.ConnectionError("the network dropped the invalidation")

    with monkeypatch.context() as patch:
        patch.setattr(ReusedClientRedisCacheClient, "delete_many", lost)
        treatment.title = "Surgery for NETs"
        treatment.save()
    assert "Surgery for NETs" in reader.get(treatment.get_absolute_url()).content.decode()

    wait_for_the_breaker()
    response = reader.get(treatment.get_absolute_url())
    assert response["X-Page-Cache"] == "miss", "the page cached before the outage must not be served"
    assert "Surgery for NETs" in response.content.decode()
    assert reader.get(treatment.get_absolute_url())["X-Page-Cache"] == "hit"


def fill_up(own_redis):
    """Make Redis refuse every write, as a Redis past its memory limit with noeviction does."""
    with redis.Redis.from_url(own_redis.url) as admin:
        for n in range(20):
            admin.set(f"ballast:{n}", b"x" * 100_000)
        admin.config_set("maxmemory-policy", "noeviction")
        admin.config_set("maxmemory", "1mb")
        with pytest.raises(redis.ResponseError, match="maxmemory"):
            admin.set("one-more", 1)


def test_a_full_redis_never_makes_a_500_and_an_edit_still_shows_at_once(site_on_redis):
    treatment, other = make_treatment(title="Surgery"), make_treatment()
    reader = Client()
    reader.get(treatment.get_absolute_url())
    assert reader.get(treatment.get_absolute_url())["X-Page-Cache"] == "hit"
    fill_up(site_on_redis)

    assert reader.get(other.get_absolute_url()).status_code == 200  # a miss that cannot be stored
    health = Client().get(reverse("healthz"))
    assert (health.status_code, health.json()["cache"]) == (200, "degraded")

    wait_for_the_breaker()
    treatment.title = "Surgery for NETs"
    treatment.save()  # a full Redis still accepts deletes, which is how versions are dropped
    for _ in range(3):
        response = reader.get(treatment.get_absolute_url())
        assert response.status_code == 200
        assert "Surgery for NETs" in response.content.decode()


def test_copies_in_memory_are_dropped_when_redis_fails(site_on_redis, settings):
    settings.PAGE_CACHE_LOCAL_COPIES = 100
    treatment, other = make_treatment(), make_treatment()
    reader = Client()
    reader.get(treatment.get_absolute_url())
    assert reader.get(treatment.get_absolute_url())["X-Page-Cache"] == "hit"

    site_on_redis.kill()
    assert reader.get(other.get_absolute_url()).status_code == 200  # not in memory: Redis is asked, and fails
    response = reader.get(treatment.get_absolute_url())
    assert response.status_code == 200
    assert "X-Page-Cache" not in response, "a copy kept while Redis was up can no longer be trusted"


def test_copies_in_memory_are_not_trusted_for_long_once_redis_freezes(site_on_redis, settings):
    """A frozen Redis sends no news of changes and no error; the listener's PING going unanswered shows it."""
    settings.PAGE_CACHE_LOCAL_COPIES = 100
    treatment = make_treatment()
    reader = Client()
    reader.get(treatment.get_absolute_url())
    assert reader.get(treatment.get_absolute_url())["X-Page-Cache"] == "hit"

    site_on_redis.freeze()
    started = time.monotonic()
    served_from_memory_until = started
    while time.monotonic() - started < 3:
        asked = time.monotonic()
        response = reader.get(treatment.get_absolute_url())
        assert response.status_code == 200
        assert time.monotonic() - asked < 1, "at most one short wait for Redis, and the page rendered"
        if response.get("X-Page-Cache") == "hit":
            served_from_memory_until = time.monotonic()
        time.sleep(0.05)
    assert served_from_memory_until - started < 1 + settings.REDIS_TIMEOUT + 0.75
    assert not cache.breaker.healthy


def test_with_redis_dead_an_admin_save_succeeds_and_shows_on_the_next_page(site_on_redis, superuser_client):
    from pages.models import SiteSettings

    reader = Client()
    reader.get("/")
    assert reader.get("/")["X-Page-Cache"] == "hit"
    site_on_redis.kill()

    record = SiteSettings.current()
    fields = {name: value for name, value in model_to_dict(record).items() if name != "id"}  # every field, as saved
    fields["sponsor_statement"] = "This site is sponsored by New Sponsor UK Ltd."
    url = reverse("admin:pages_sitesettings_add")
    if SiteSettings.objects.exists():
        url = reverse("admin:pages_sitesettings_change", args=[1])
    response = superuser_client.post(url, fields)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "New Sponsor UK Ltd." in reader.get("/").content.decode()


def test_with_redis_dead_the_vote_limit_still_holds(site_on_redis, settings):
    """The limit is counted in the database while Redis is down, so it is not lifted by an outage."""
    settings.RATINGS_RATE_LIMIT = "3/600"
    site_on_redis.kill()
    voter = Client(REMOTE_ADDR="203.0.113.9")
    answers = [vote(voter, make_treatment()).status_code for _ in range(4)]
    assert answers == [200, 200, 200, 429]
