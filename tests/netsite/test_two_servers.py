"""Two app servers behind a load balancer share one PostgreSQL and one Redis: what one changes, the other shows."""

import uuid

import pytest
from django.contrib.auth import get_user_model
from django.db import connection

from tests.factories import make_treatment
from tests.servers import AppServer, Browser, database_url

pytestmark = pytest.mark.django_db(transaction=True)

REDIS_URL = "redis://127.0.0.1:6379/14"


@pytest.fixture
def two_servers():
    if connection.vendor != "postgresql":
        pytest.skip("Two app servers need a shared PostgreSQL database: run with DATABASE_URL set to PostgreSQL.")
    import redis

    try:
        redis.Redis.from_url(REDIS_URL).ping()
    except redis.ConnectionError:
        pytest.fail("Redis is not reachable on 127.0.0.1:6379; the shared-cache test needs it.")
    env = {
        "DATABASE_URL": database_url(connection.settings_dict),
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": f"test-{uuid.uuid4().hex}",
        "SECRET_KEY": "shared-secret-for-both-test-servers-0123456789-abcdefghijklmnop",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "PAGE_CACHE_SECONDS": "600",
        "CONN_MAX_AGE": "0",
    }
    env.pop("DEBUG", None)
    servers = [AppServer(env), AppServer(env)]
    yield servers
    for server in servers:
        server.stop()


def test_a_change_made_through_one_server_shows_through_the_other_at_once(two_servers):
    first, second = two_servers
    treatment = make_treatment(title="Surgery", slug="surgery")
    get_user_model().objects.create_superuser("reviewer", "reviewer@example.com", "a-long-test-password")
    reader = Browser()

    reader.get(second.url + treatment.get_absolute_url())
    _, _, headers = reader.get(first.url + treatment.get_absolute_url())
    assert headers["X-Page-Cache"] == "hit", "the two servers should share one page cache"

    editor = Browser()
    editor.log_in(first, "reviewer", "a-long-test-password")
    change_url = f"{first.url}/admin/treatments/treatment/{treatment.pk}/change/"
    _, form, _ = editor.get(change_url)
    status, changelist, _ = editor.post(
        change_url,
        {
            "csrfmiddlewaretoken": editor.csrf_token(form),
            "title": "Surgery for NETs",
            "slug": "surgery",
            "category": "established",
            "order": "1",
            "summary": "Changed through the first server.",
            "body": "<p>Updated.</p>",
            "status": "published",
            "published_at_0": treatment.published_at.strftime("%d/%m/%Y"),
            "published_at_1": "00:00:00",
            "job_code": "NET-UK-000101",
            "date_of_preparation": "01/11/2026",
            "review_due": "01/11/2028",
        },
    )
    assert status == 200
    assert "Select treatment to change" in changelist, "the admin should save and go back to the list"

    _, html, _ = reader.get(second.url + treatment.get_absolute_url())
    assert "Surgery for NETs" in html
    assert "Changed through the first server." in html
