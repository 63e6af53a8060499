"""Login lockout in a real browser: one person's typos pause only their own account, on a page in the admin's layout."""

import pytest
from django.conf import settings
from django.urls import reverse
from playwright.sync_api import expect

from tests.factories import make_staff

pytestmark = pytest.mark.django_db(transaction=True)


def log_in(page, live_server, username, password):
    page.goto(live_server.url + reverse("admin:login"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def test_a_locked_account_sees_how_long_and_a_colleague_at_the_same_address_still_logs_in(browser, live_server):
    make_staff("editor", username="edith")
    make_staff("reviewer", username="rhys")
    blocked = []
    locked_context, colleague_context = browser.new_context(), browser.new_context()
    locked, colleague = locked_context.new_page(), colleague_context.new_page()
    locked.on("console", lambda m: "Content Security Policy" in m.text and blocked.append(m.text))

    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(locked, live_server, "edith", "not-my-password-123")
    log_in(locked, live_server, "edith", "a-long-test-password")

    expect(locked.get_by_role("heading", name="Logging in is paused for this account")).to_be_visible()
    expect(locked.get_by_text("paused for 1 hour")).to_be_visible()
    expect(locked.get_by_text("ask a Site administrator")).to_be_visible()
    expect(locked.get_by_role("link", name="Living with NETs: editors' admin")).to_be_visible()
    header = locked.locator("#header").evaluate("el => getComputedStyle(el).backgroundColor")
    assert header not in {"rgba(0, 0, 0, 0)", "transparent"}, "the admin's stylesheet should apply"
    locked.screenshot(path="/tmp/h6-lockout.png")

    # Same machine, same address: a colleague's own account is not affected.
    log_in(colleague, live_server, "rhys", "a-long-test-password")
    expect(
        colleague.get_by_role("link", name="Log out").or_(colleague.get_by_role("button", name="Log out"))
    ).to_be_visible()
    assert blocked == []
    locked_context.close()
    colleague_context.close()
