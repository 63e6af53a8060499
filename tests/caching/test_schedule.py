"""Scheduled publishing with the page cache on (local memory, one process): a page shows an item once its time passes."""

import time
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from caching import page_cache, schedule
from tests.factories import make_treatment

pytestmark = pytest.mark.django_db


def wait_until(moment):
    time.sleep(max(0, (moment - timezone.now()).total_seconds()) + 0.05)


def test_a_scheduled_treatment_appears_on_every_cached_page_on_the_first_request_after_its_time(client):
    make_treatment(title="Already live")
    going_live = timezone.now() + timedelta(seconds=3)  # time enough to fill the cache first
    scheduled = make_treatment(title="Lutetium therapy", slug="lutetium", published_at=going_live)
    pages = [reverse("treatments:list"), reverse("search:results") + "?q=lutetium", reverse("sitemap")]
    for url in pages:
        client.get(url)
        response = client.get(url)
        assert response["X-Page-Cache"] == "hit"
        assert "/treatments/lutetium/" not in response.content.decode(), url
    assert client.get(scheduled.get_absolute_url()).status_code == 404

    wait_until(going_live)

    for url in pages:
        assert "/treatments/lutetium/" in client.get(url).content.decode(), url
    assert client.get(scheduled.get_absolute_url()).status_code == 200


def test_items_already_live_keep_their_cached_pages_when_another_goes_live(client):
    untouched = make_treatment()
    going_live = timezone.now() + timedelta(seconds=3)  # time enough to fill the cache first
    make_treatment(published_at=going_live)
    client.get(untouched.get_absolute_url())
    wait_until(going_live)
    client.get(reverse("treatments:list"))  # the first request after the time catches up
    assert client.get(untouched.get_absolute_url())["X-Page-Cache"] == "hit"


def test_a_cached_page_costs_no_query_while_the_next_publish_time_is_ahead(client, django_assert_num_queries):
    make_treatment(published_at=timezone.now() + timedelta(days=1))
    overview = reverse("treatments:list")
    client.get(overview)
    with django_assert_num_queries(0):
        assert client.get(overview)["X-Page-Cache"] == "hit"


def test_saving_works_out_the_next_publish_time_so_readers_need_no_query_for_it(client, django_assert_num_queries):
    going_live = timezone.now() + timedelta(hours=2)
    make_treatment(published_at=going_live)
    found = page_cache.cache.get_many(schedule.KEYS)
    assert schedule.up_to_date(found)
    assert found[schedule.NEXT_KEY][1] == pytest.approx(going_live.timestamp())


def test_a_change_that_may_still_roll_back_only_ever_brings_the_next_time_forward(client):
    going_live = timezone.now() + timedelta(hours=5)
    item = make_treatment(published_at=going_live)
    item.delete()  # inside the test's transaction, never committed: the time is kept, to be safe
    assert page_cache.cache.get(schedule.NEXT_KEY)[1] == pytest.approx(going_live.timestamp())
    sooner = timezone.now() + timedelta(hours=1)
    make_treatment(published_at=sooner)
    assert page_cache.cache.get(schedule.NEXT_KEY)[1] == pytest.approx(sooner.timestamp())


def test_a_publish_time_stored_before_a_change_is_not_trusted(client):
    """A time stored under an older generation (something changed since) is worked out again by the next reader."""
    going_live = timezone.now() + timedelta(seconds=3)  # time enough to fill the cache first
    make_treatment(title="Approved meanwhile", slug="meanwhile", published_at=going_live)
    generation = page_cache.cache.get(schedule.GENERATION_KEY)
    page_cache.cache.set(schedule.NEXT_KEY, (generation - 1, None, time.time()))  # says: nothing scheduled
    client.get(reverse("treatments:list"))
    assert page_cache.cache.get(schedule.NEXT_KEY)[1] == pytest.approx(going_live.timestamp())
    wait_until(going_live)
    assert "Approved meanwhile" in client.get(reverse("treatments:list")).content.decode()


def test_while_another_request_catches_up_pages_are_rendered_without_the_cache(client):
    treatment = make_treatment()
    client.get(treatment.get_absolute_url())
    schedule._renew_generation()  # a change elsewhere whose new time is not stored yet
    page_cache.cache.add(schedule.LOCK_KEY, 1)
    response = client.get(treatment.get_absolute_url())
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    page_cache.cache.delete(schedule.LOCK_KEY)
    assert client.get(treatment.get_absolute_url())["X-Page-Cache"] == "hit"  # caught up; the page did not change


def test_the_schedule_keys_are_page_cache_keys_so_in_process_copies_follow_them():
    assert all(key.startswith(page_cache.KEY_PREFIX) for key in schedule.KEYS)
    assert not schedule.LOCK_KEY.startswith(page_cache.KEY_PREFIX)
