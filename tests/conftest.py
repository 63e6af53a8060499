import pytest
from django.contrib.auth import get_user_model


@pytest.fixture(autouse=True)
def _clear_cache():
    """Each test starts with an empty cache, so cached pages or counters never leak between tests."""
    from django.core.cache import cache

    from caching import schedule, versions
    from caching.redis_cache import reset_breakers

    cache.clear()
    versions.forget()
    schedule.nothing_scheduled()  # each test starts with an empty database too
    yield
    reset_breakers()
    cache.clear()


@pytest.fixture
def editor(db):
    from tests.factories import make_staff

    return make_staff("editor", first_name="Edith", last_name="Editor")


@pytest.fixture
def reviewer(db):
    from tests.factories import make_staff

    return make_staff("reviewer", first_name="Rhys", last_name="Reviewer")


@pytest.fixture
def other_reviewer(db):
    from tests.factories import make_staff

    return make_staff("reviewer", first_name="Rana", last_name="Second")


@pytest.fixture
def site_admin(db):
    from tests.factories import make_staff

    return make_staff("admin")


@pytest.fixture
def login():
    """login(user) -> a new test client signed in as that user."""
    from django.test import Client

    def _login(user):
        client = Client()
        client.force_login(user)
        return client

    return _login


@pytest.fixture
def superuser_client(client, db):
    """The test client, signed in as a superuser: for admin pages where roles are not the point."""
    user = get_user_model().objects.create_superuser("superuser", "superuser@example.com", "a-long-test-password")
    client.force_login(user)
    return client
