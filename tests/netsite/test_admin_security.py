"""Admin security: login limits, staff session expiry, strong passwords, and a configurable admin address."""

import pytest
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.browser.conftest import CHROMIUM  # noqa: F401  (keeps import order stable)

pytestmark = pytest.mark.django_db


def test_login_is_locked_after_repeated_failures(client, editor):
    url = reverse("admin:login")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(url, {"username": editor.username, "password": "wrong-password-123"})
    response = client.post(url, {"username": editor.username, "password": "a-long-test-password"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_correct_login_works(client, editor):
    response = client.post(reverse("admin:login"), {"username": editor.username, "password": "a-long-test-password"})
    assert response.status_code == 302


@pytest.mark.parametrize("unsafe_next", ["https://evil.example.com/", "//evil.example.com/", ""])
def test_after_login_with_an_unsafe_next_staff_land_on_the_admin_home(client, editor, unsafe_next):
    response = client.post(
        reverse("admin:login") + (f"?next={unsafe_next}" if unsafe_next else ""),
        {"username": editor.username, "password": "a-long-test-password", "next": unsafe_next},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")
    assert client.get(response["Location"]).status_code == 200


def test_staff_sessions_expire_after_inactivity():
    assert settings.SESSION_COOKIE_AGE <= 60 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST  # each request renews it: expiry counts from the last activity


@pytest.mark.parametrize("password", ["short1", "password1234", "123456789012"])
def test_weak_passwords_are_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_admin_address_comes_from_admin_url(monkeypatch):
    import subprocess
    import sys

    code = "import django; django.setup(); from django.urls import reverse; print(reverse('admin:index'))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={
            **__import__("os").environ,
            "ADMIN_URL": "staff-area-7/",
            "DJANGO_SETTINGS_MODULE": "netsite.test_settings",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "/staff-area-7/", result.stderr


def test_one_persons_failed_logins_do_not_lock_out_a_colleague_at_the_same_address(client, editor, reviewer):
    url = reverse("admin:login")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(url, {"username": editor.username, "password": "wrong-password-123"})
    assert client.post(url, {"username": editor.username, "password": "a-long-test-password"}).status_code == 429
    colleague = client.post(url, {"username": reviewer.username, "password": "a-long-test-password"})
    assert colleague.status_code == 302
    assert client.session["_auth_user_id"] == str(reviewer.pk)


def test_the_same_account_can_still_log_in_from_another_address(client, editor):
    url = reverse("admin:login")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(url, {"username": editor.username, "password": "wrong-password-123"}, REMOTE_ADDR="192.0.2.1")
    elsewhere = client.post(
        url, {"username": editor.username, "password": "a-long-test-password"}, REMOTE_ADDR="192.0.2.2"
    )
    assert elsewhere.status_code == 302


def test_the_lockout_page_uses_the_admin_layout_and_says_how_long_and_who_can_lift_it(client, editor):
    url = reverse("admin:login")
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        response = client.post(url, {"username": editor.username, "password": "wrong-password-123"})
    html = response.content.decode()
    assert response.status_code == 429
    assert "Living with NETs: editors&#x27; admin" in html  # the admin's header
    assert 'href="/static/admin/css/base.css"' in html
    assert "paused for <strong>1 hour</strong>" in html
    assert "Site administrator" in html and "Access attempts" in html
