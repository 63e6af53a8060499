"""The cookie banner in a real browser: accept, reject, and the same without JavaScript."""

import pytest

from consent.cookies import CONSENT_COOKIE

pytestmark = pytest.mark.django_db(transaction=True)


def consent_cookie(page):
    return next((c for c in page.context.cookies() if c["name"] == CONSENT_COOKIE), None)


@pytest.mark.parametrize(
    ("button", "value"), [("Accept additional cookies", "accepted"), ("Reject additional cookies", "rejected")]
)
def test_banner_choice_is_kept_and_the_banner_goes(page, live_server, button, value):
    page.goto(live_server.url + "/treatments/")
    banner = page.get_by_role("region", name="Cookies on Living with NETs")
    assert banner.is_visible()
    banner.get_by_role("button", name=button).click()
    page.wait_for_url(live_server.url + "/treatments/")
    assert page.get_by_role("region", name="Cookies on Living with NETs").count() == 0
    assert value in page.get_by_role("status").first.inner_text()
    cookie = consent_cookie(page)
    assert cookie["value"] == value
    assert cookie["expires"] > __import__("time").time() + 360 * 24 * 3600


def test_banner_works_without_javascript_and_from_the_keyboard(page_without_js, live_server):
    page = page_without_js
    page.goto(live_server.url + "/")
    reject = page.get_by_role("button", name="Reject additional cookies")
    reject.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert consent_cookie(page)["value"] == "rejected"
    assert page.get_by_role("button", name="Reject additional cookies").count() == 0
