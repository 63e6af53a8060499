"""What readers see on a phone, with a keyboard and in the cookies table."""

import pytest
from django.urls import reverse

from tests.factories import make_clinic, make_long_treatment, make_question, make_site_page

pytestmark = pytest.mark.django_db(transaction=True)


def test_on_a_375_by_812_phone_the_heading_is_on_the_first_screen_with_the_cookie_banner_showing(browser, live_server):
    treatment = make_long_treatment(words=400)
    make_clinic(), make_question(), make_site_page(slug="cookies", title="Cookies")
    context = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True)
    page = context.new_page()
    for url in [reverse("home"), reverse("treatments:list"), treatment.get_absolute_url(), reverse("faqs:list"),
                reverse("clinics:list"), "/cookies/"]:  # fmt: skip
        page.goto(live_server.url + url)
        assert page.get_by_role("button", name="Accept additional cookies").is_visible()
        page.screenshot()  # the first screen, as a reader sees it
        heading = page.locator("h1").bounding_box()
        assert heading["y"] + heading["height"] <= 812, (
            f"{url}: the heading ends {heading['y'] + heading['height']}px down"
        )
        # Not just inside the screen: high enough that the page's first words show under it (it was 580px).
        assert heading["y"] <= 450, f"{url}: the heading starts {heading['y']}px down"
    context.close()


@pytest.mark.parametrize("width", [320, 375])
def test_the_cookies_table_reflows_without_sideways_scrolling(browser, live_server, width):
    make_site_page(slug="cookies", title="Cookies")
    context = browser.new_context(viewport={"width": width, "height": 700})
    page = context.new_page()
    page.goto(live_server.url + "/cookies/")
    table = page.locator("table.cookie-list")
    assert table.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert table.bounding_box()["width"] <= width
    # Each value keeps its column's name beside it.
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.cookie-list td'), '::before').content") == '"Name: "'
    )
    context.close()


def test_every_kind_of_control_gets_the_same_strong_focus_indicator(page, live_server):
    make_clinic()
    page.goto(live_server.url + reverse("clinics:list"))
    page.get_by_text("More ways to search").click()
    controls = {
        "link": page.get_by_role("link", name="Treatments"),
        "search box": page.get_by_label("Search this site"),
        "button": page.get_by_role("button", name="Search", exact=True),
        "text field": page.get_by_label("Your town, city or village"),
        "select": page.get_by_label("Service offered"),
        "checkbox": page.get_by_label("Include centres in Europe"),
        "summary": page.get_by_text("More ways to search"),
    }
    page.keyboard.press("Tab")  # keyboard focus, so :focus-visible applies to everything focused from here
    for name, control in controls.items():
        control.focus()
        style = control.evaluate(
            "el => { const s = getComputedStyle(el); return [s.outlineStyle, s.outlineWidth, s.boxShadow]; }"
        )
        assert style[0] == "solid" and style[1] == "3px", name
        assert "rgb(255, 191, 71) 0px 0px 0px 6px" in style[2], (name, style[2])


def test_lead_text_is_regular_weight_in_the_body_colour(page, live_server):
    page.goto(live_server.url + reverse("clinics:list"))
    weight, colour, body = page.evaluate(
        "[getComputedStyle(document.querySelector('.lead')).fontWeight,"
        " getComputedStyle(document.querySelector('.lead')).color, getComputedStyle(document.body).color]"
    )
    assert weight == "400" and colour == body
