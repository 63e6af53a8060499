import pytest
from django.urls import reverse

from tests.factories import make_treatment

pytestmark = pytest.mark.django_db(transaction=True)


def test_keyboard_user_can_skip_to_content_and_reach_a_treatment(page, live_server):
    make_treatment(title="Chemotherapy", slug="chemotherapy")
    page.goto(live_server.url + reverse("treatments:list"))

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    assert skip_link.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    assert page.url.endswith("#main-content")

    page.get_by_role("link", name="More about Chemotherapy").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/treatments/chemotherapy/")
    assert page.get_by_role("heading", level=1).inner_text() == "Chemotherapy"


def test_site_works_without_javascript(page_without_js, live_server):
    make_treatment(title="Surgery", slug="surgery")
    page_without_js.goto(live_server.url + reverse("home"))
    page_without_js.get_by_role("navigation", name="Main").get_by_role("link", name="Treatments").click()
    page_without_js.get_by_role("link", name="More about Surgery").click()
    assert page_without_js.get_by_role("heading", level=1).inner_text() == "Surgery"


def test_text_fits_a_phone_screen_without_sideways_scrolling(phone_page, live_server):
    make_treatment(title="Somatostatin analogues", slug="somatostatin-analogues")
    phone_page.goto(live_server.url + reverse("treatments:list"))
    overflow = phone_page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    font_size = phone_page.evaluate("parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)")
    assert font_size >= 16
