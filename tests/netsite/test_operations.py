import json
import logging

import pytest
from django.db import DatabaseError
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_healthz_reports_database_and_cache_ok(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_fails(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr("netsite.views.connection.cursor", broken_cursor)
    response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "failed", "cache": "ok"}


def test_healthz_answers_200_degraded_when_only_the_cache_fails(client, monkeypatch):
    """The site still serves every page from the database, so a load balancer must keep the server in."""

    def broken_set(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr("netsite.views.cache.set", broken_set)
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "degraded"}


def test_each_request_is_logged_on_one_line_without_query_string_or_address(client, caplog):
    with caplog.at_level(logging.INFO, logger="netsite.requests"):
        client.get(reverse("treatments:list") + "?lat=51.5&lng=-0.12", REMOTE_ADDR="203.0.113.9")
    (record,) = [r for r in caplog.records if r.name == "netsite.requests"]
    entry = json.loads(record.getMessage())
    assert entry["method"] == "GET"
    assert entry["path"] == reverse("treatments:list")
    assert entry["status"] == 200
    assert entry["duration_ms"] >= 0
    assert "51.5" not in record.getMessage()
    assert "203.0.113.9" not in record.getMessage()


def test_healthz_with_a_trailing_slash_redirects_to_healthz(client):
    response = client.get("/healthz/")
    assert response.status_code == 301 and response["Location"] == "/healthz"
    assert client.get("/healthz/", follow=True).json()["status"] == "ok"


def test_every_page_names_a_favicon_and_touch_icon_that_exist_and_favicon_ico_finds_it(client):
    from django.contrib.staticfiles import finders

    html = client.get(reverse("home")).content.decode()
    for name in ["icons/favicon.ico", "icons/favicon.svg", "icons/apple-touch-icon.png"]:
        assert f'href="/static/{name}"' in html
        assert finders.find(name)
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"] == "/static/icons/favicon.ico"
