"""Two app servers behind a load balancer share one PostgreSQL and one Redis: what one changes, the other shows."""

import re
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.urls import reverse

from tests.factories import make_staff, make_treatment
from tests.servers import AppServer, Browser, database_url
from tests.services import redis_url

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def two_servers():
    if connection.vendor != "postgresql":
        pytest.skip("Two app servers need a shared PostgreSQL database: run with DATABASE_URL set to PostgreSQL.")
    env = {
        "DATABASE_URL": database_url(connection.settings_dict),
        "REDIS_URL": redis_url(14),
        "CACHE_KEY_PREFIX": f"test-{uuid.uuid4().hex}",
        "SECRET_KEY": "shared-secret-for-both-test-servers-0123456789-abcdefghijklmnop",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "PAGE_CACHE_SECONDS": "600",
        "CONN_MAX_AGE": "0",
        "RATINGS_RATE_LIMIT": "0",
    }
    env.pop("DEBUG", None)
    servers = [AppServer(env), AppServer(env)]
    yield servers
    for server in servers:
        server.stop()


def test_a_change_made_through_one_server_shows_through_the_other_at_once(two_servers):
    first, second = two_servers
    treatment = make_treatment(title="Surgery", slug="surgery")
    make_staff("editor", username="editor")
    make_staff("reviewer", username="reviewer")
    reader = Browser()

    reader.get(second.url + treatment.get_absolute_url())
    _, _, headers = reader.get(first.url + treatment.get_absolute_url())
    assert headers["X-Page-Cache"] == "hit", "the two servers should share one page cache"
    for _ in range(8):  # each worker process of the second server now holds the page in its own memory
        reader.get(second.url + treatment.get_absolute_url())

    # An editor changes the page and sends it for review; a medical reviewer approves it: all on the first server.
    editor = Browser()
    editor.log_in(first, "editor", "a-long-test-password")
    change_url = first.url + reverse("admin:treatments_treatment_change", args=[treatment.pk])
    _, form, _ = editor.get(change_url)
    fields = {"title": "Surgery for NETs", "slug": "surgery", "category": "established", "order": "1"}
    fields |= {"summary": "Changed through the first server.", "body": "<p>Updated.</p>"}
    status, _, _ = editor.post(change_url, {"csrfmiddlewaretoken": editor.csrf_token(form), **fields})
    assert status == 200
    submit_url = first.url + reverse("admin:treatments_treatment_transition", args=[treatment.pk, "submit"])
    _, form, _ = editor.get(submit_url)
    editor.post(submit_url, {"csrfmiddlewaretoken": editor.csrf_token(form), "comment": "Ready"})

    reviewer = Browser()
    reviewer.log_in(first, "reviewer", "a-long-test-password")
    approve_url = first.url + reverse("admin:treatments_treatment_transition", args=[treatment.pk, "approve"])
    _, form, _ = reviewer.get(approve_url)
    approval = {"job_code": "NET-UK-000101", "date_of_preparation": "2026-11-01", "review_due": "2028-11-01"}
    reviewer.post(approve_url, {"csrfmiddlewaretoken": reviewer.csrf_token(form), **approval})

    for _ in range(8):
        _, html, _ = reader.get(second.url + treatment.get_absolute_url())
        assert "Surgery for NETs" in html
        assert "Changed through the first server." in html


def test_votes_through_both_servers_add_up_exactly(two_servers):
    from ratings.models import RatingTotal, Vote

    treatment = make_treatment()
    _, html, _ = Browser().get(two_servers[0].url + treatment.get_absolute_url())
    target = re.search(r'name="target" value="([^"]+)"', html).group(1)

    def vote(n):
        server = two_servers[n % 2]
        reader = Browser()
        _, page, _ = reader.get(server.url + treatment.get_absolute_url())
        status, body, _ = reader.post(
            server.url + "/ratings/",
            {"csrfmiddlewaretoken": reader.csrf_token(page), "target": target, "score": n % 5 + 1},
            headers={"Accept": "application/json", "Referer": server.url + "/"},
        )
        return status

    with ThreadPoolExecutor(max_workers=10) as pool:
        statuses = list(pool.map(vote, range(40)))

    assert statuses == [200] * 40
    total = RatingTotal.objects.get(object_id=treatment.pk)
    assert (total.count, total.score_sum) == (40, sum(n % 5 + 1 for n in range(40)))
    assert Vote.objects.count() == 40
    _, html, _ = Browser().get(two_servers[1].url + treatment.get_absolute_url())
    assert "Rating: 3.0/5. From 40 votes." in html


def test_a_treatment_scheduled_a_second_ahead_shows_through_both_servers_on_the_first_request_after_its_time(
    two_servers,
):
    from datetime import timedelta

    from django.utils import timezone

    make_treatment(title="Surgery", slug="surgery")
    going_live = timezone.now() + timedelta(seconds=5)  # time enough to fill both servers' caches first
    make_treatment(title="Lutetium therapy", slug="lutetium", published_at=going_live)
    pages = [reverse("treatments:list"), reverse("search:results") + "?q=lutetium", reverse("sitemap")]
    reader = Browser()
    for server in two_servers:
        for url in pages:
            for _ in range(3):  # both workers of each server hold each page in memory
                _, html, headers = reader.get(server.url + url)
                assert "/treatments/lutetium/" not in html
    assert headers["X-Page-Cache"] == "hit"

    time.sleep(max(0, (going_live - timezone.now()).total_seconds()) + 0.05)

    for server in two_servers:
        for url in pages:
            _, html, _ = reader.get(server.url + url)
            assert "/treatments/lutetium/" in html, f"{url} through {server.url}"
