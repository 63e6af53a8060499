"""The kept PostgreSQL connections: checked before each request's first query, without a round trip while healthy."""

import time

import pytest
from django.db import connection

from tests.factories import make_treatment
from tests.servers import AppServer, Browser, database_url

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="Kept PostgreSQL connections: run with DATABASE_URL set to PostgreSQL."
)


class _AnswersNothing:
    """A kept connection through which any statement fails the test."""

    def __init__(self, connection):
        self._connection = connection

    def __getattr__(self, name):
        return getattr(self._connection, name)

    def cursor(self, *args, **kwargs):
        raise AssertionError("the health check sent a statement to the server")


@pytest.mark.django_db
def test_a_healthy_kept_connection_is_checked_without_asking_the_server():
    connection.ensure_connection()
    kept = connection.connection
    connection.connection = _AnswersNothing(kept)
    try:
        assert connection.is_usable()
    finally:
        connection.connection = kept


@pytest.mark.django_db(transaction=True)
def test_pages_are_still_served_after_postgresql_ends_the_servers_connections():
    """As after a database restart or failover: the next requests reconnect instead of failing."""
    treatment = make_treatment(title="Surgery", slug="surgery")
    server = AppServer(
        {
            "DATABASE_URL": database_url(connection.settings_dict),
            "REDIS_URL": "",
            "CONN_MAX_AGE": "600",
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "0",
        },
        workers=1,
    )
    # A reader who has voted is never served a shared copy, so each of their requests reads the database.
    voter = {"Cookie": "ratings_visitor=someone"}
    try:
        reader = Browser()
        for _ in range(4):  # each of the worker's threads keeps a connection
            assert reader.get(server.url + treatment.get_absolute_url(), voter)[0] == 200
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
            )
            assert cursor.fetchone()[0] >= 1, "the server should have kept a connection open"
        time.sleep(0.2)  # the server's goodbye reaches the app's sockets
        for _ in range(4):
            status, html, _ = reader.get(server.url + treatment.get_absolute_url(), voter)
            assert status == 200 and "Surgery" in html
    finally:
        server.stop()
