"""The clinic finder in a real browser: with JavaScript (location button), without it, and by keyboard."""

import pytest
from django.urls import reverse

from clinics.models import ensure_default_services
from tests.factories import make_clinic, make_places, make_support_group

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def clinics():
    # Transactional browser tests flush the database, data migrations included.
    ensure_default_services()
    make_clinic(title="Royal Free", city="London", latitude=51.5532, longitude=-0.1657, services=["prrt"])
    make_clinic(title="The Christie", city="Manchester", latitude=53.4296, longitude=-2.2305, services=["prrt"])
    make_clinic(title="Western General", city="Edinburgh", latitude=55.9622, longitude=-3.2340)
    make_clinic(title="Beaujon", city="Clichy", country="FR", latitude=48.9078, longitude=2.3095)
    make_clinic(title="University Hospital of Wales", city="Cardiff", latitude=51.5067, longitude=-3.1905)
    make_places()


def result_titles(page):
    return page.locator(".clinic-summary h3").all_inner_texts()


def test_use_my_location_lists_the_nearest_clinics_first(browser, live_server, clinics):
    context = browser.new_context(
        geolocation={"latitude": 53.4808, "longitude": -2.2426}, permissions=["geolocation"], locale="en-GB"
    )
    page = context.new_page()
    page.goto(live_server.url + reverse("clinics:list"))
    button = page.get_by_role("button", name="Use my location")
    assert button.is_visible()
    button.click()
    page.wait_for_url("**lat=53.48**")
    assert "lng=-2.24" in page.url
    assert result_titles(page)[:2] == ["The Christie", "University Hospital of Wales"]
    assert "nearest to your location first" in page.get_by_role("heading", level=2, name="clinics found").inner_text()
    assert page.locator(".distance").first.inner_text() == "About 4 miles away"
    context.close()


def test_location_is_not_asked_for_until_the_button_is_pressed(browser, live_server, clinics):
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script("navigator.geolocation.getCurrentPosition = () => { window.asked = true; };")
    page.goto(live_server.url + reverse("clinics:list"))
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.asked === undefined")
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_a_reader_finds_the_nearest_centres_from_any_town_in_miles(browser, live_server, clinics, javascript):
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto(live_server.url + reverse("clinics:list"))
    assert page.get_by_role("button", name="Use my location").is_visible() == javascript
    town = page.get_by_label("Your town, city or village")
    town.fill("leeds")
    page.get_by_role("button", name="Find", exact=True).click()
    assert result_titles(page) == ["The Christie", "Western General", "Royal Free", "University Hospital of Wales"]
    assert "nearest to Leeds, England first" in page.get_by_role("heading", level=2, name="clinics found").inner_text()
    assert page.locator(".distance").first.inner_text() == "About 38 miles away"
    # A typo is forgiven, and said.
    page.get_by_label("Your town, city or village").fill("Glasgw")
    page.get_by_role("button", name="Find", exact=True).click()
    assert result_titles(page)[0] == "Western General"
    assert page.get_by_text("We could not find “Glasgw”, so we used Glasgow, Scotland.").is_visible()
    # An ambiguous name asks which one; the Welsh Newport puts Cardiff first.
    page.get_by_label("Your town, city or village").fill("Newport")
    page.get_by_role("button", name="Find", exact=True).click()
    assert page.get_by_role("heading", name="Which Newport do you mean?").is_visible()
    page.get_by_role("link", name="Newport, Wales, near Cardiff").click()
    assert result_titles(page)[0] == "University Hospital of Wales"
    assert page.locator(".distance").first.inner_text() == "About 10 miles away"
    # One click adds the centres in Europe, after the UK's, with kilometres beside the miles.
    page.get_by_role("link", name="Include centres in Europe").click()
    assert result_titles(page)[-1] == "Beaujon"
    assert page.locator(".distance").last.inner_text().endswith(" km)")
    context.close()


def test_keyboard_user_can_filter_and_open_a_clinic(page, live_server, clinics):
    page.goto(live_server.url + reverse("clinics:list"))
    page.get_by_text("More ways to search").focus()
    page.keyboard.press("Enter")
    page.get_by_label("Search by name, hospital or city").focus()
    page.keyboard.type("christie")
    page.keyboard.press("Enter")
    page.wait_for_url("**q=christie**")
    assert result_titles(page) == ["The Christie"]
    page.get_by_role("link", name="The Christie").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/clinics/clinic-*/")
    assert page.get_by_role("heading", level=1).inner_text() == "The Christie"


def test_finder_fits_a_phone_screen(phone_page, live_server, clinics):
    phone_page.goto(live_server.url + reverse("clinics:list"))
    overflow = phone_page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0


def test_support_groups_can_be_filtered_without_javascript(page_without_js, live_server):
    make_support_group(title="Online group", meets_online=True)
    make_support_group(title="Local group", meets_in_person=True, regions="Yorkshire")
    page_without_js.goto(live_server.url + reverse("support_groups:list"))
    page_without_js.get_by_label("How it meets").select_option(label="Online")
    page_without_js.get_by_role("button", name="Show support groups").click()
    assert page_without_js.locator(".group-summary h3").all_inner_texts() == ["Online group"]
