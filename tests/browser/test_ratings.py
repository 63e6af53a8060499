"""'Rate this content' in a real Chromium: with and without JavaScript, by keyboard, and when refused."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from ratings.models import Vote
from tests.factories import make_treatment

pytestmark = pytest.mark.django_db(transaction=True)


def summary(page):
    return page.locator("[data-rating-summary]")


def rating_status(page):
    return page.locator("[data-rating-status]")


def test_vote_with_javascript_updates_the_line_without_reloading(page, live_server):
    treatment = make_treatment(title="Surgery")
    page.goto(live_server.url + treatment.get_absolute_url())
    page.evaluate("window.notReloaded = true")
    assert summary(page).inner_text() == "No ratings yet."

    page.get_by_label("4 stars").check()
    page.get_by_role("button", name="Submit rating").click()

    expect(rating_status(page)).to_have_text(re.compile(r"^Thank you, your rating has been saved\."))
    expect(summary(page)).to_have_text("Rating: 4.0/5. From 1 vote.")
    assert page.evaluate("window.notReloaded") is True
    expect(page.locator("form.rating")).to_have_attribute("aria-busy", "false")
    assert Vote.objects.get().score == 4


def test_the_widget_says_please_wait_and_is_busy_while_the_vote_is_sent(page, live_server):
    treatment = make_treatment()
    page.goto(live_server.url + treatment.get_absolute_url())
    held = []
    page.route("**/ratings/", lambda route: held.append(route))

    page.get_by_label("5 stars").check()
    page.get_by_role("button", name="Submit rating").click()

    expect(page.locator("form.rating")).to_have_attribute("aria-busy", "true")
    expect(rating_status(page)).to_have_text("Please wait...")
    held[0].continue_()
    expect(page.locator("form.rating")).to_have_attribute("aria-busy", "false")
    expect(summary(page)).to_have_text("Rating: 5.0/5. From 1 vote.")


def test_vote_without_javascript_redirects_back_with_a_thank_you(page_without_js, live_server):
    treatment = make_treatment(title="Chemotherapy")
    page = page_without_js
    page.goto(live_server.url + treatment.get_absolute_url())

    page.get_by_label("3 stars").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Submit rating").click()

    assert page.url == live_server.url + treatment.get_absolute_url()
    assert "Thank you, your rating has been saved." in page.get_by_role("status").first.inner_text()
    assert summary(page).inner_text() == "Rating: 3.0/5. From 1 vote."
    assert page.get_by_label("3 stars").is_checked()


def test_vote_by_keyboard_alone(page, live_server):
    page.goto(live_server.url + reverse("treatments:list"))
    page.get_by_label("1 star").focus()

    for _ in range(2):
        page.keyboard.press("ArrowRight")
    assert page.get_by_label("3 stars").is_checked()
    assert page.evaluate("document.activeElement.labels[0].innerText") == "3 stars"
    outline = page.evaluate("getComputedStyle(document.activeElement.nextElementSibling).outlineStyle")
    assert outline == "solid", "the focused star must show a visible focus outline"

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Submit rating"
    page.keyboard.press("Enter")

    expect(summary(page)).to_have_text("Rating: 3.0/5. From 1 vote.")


def test_a_returning_visitor_sees_their_score_and_can_change_it(page, live_server):
    treatment = make_treatment()
    page.goto(live_server.url + treatment.get_absolute_url())
    page.get_by_label("2 stars").check()
    page.get_by_role("button", name="Submit rating").click()
    expect(summary(page)).to_have_text("Rating: 2.0/5. From 1 vote.")

    page.reload()
    assert page.get_by_label("2 stars").is_checked()
    expect(page.locator("[data-rating-yours]")).to_contain_text("Your rating: 2 stars.")

    page.get_by_label("5 stars").check()
    page.get_by_role("button", name="Submit rating").click()
    expect(summary(page)).to_have_text("Rating: 5.0/5. From 1 vote.")
    assert Vote.objects.get().score == 5


def test_an_error_from_the_server_is_shown_in_words(page, live_server, settings):
    settings.RATINGS_RATE_LIMIT = "1/600"
    treatment = make_treatment()
    page.goto(live_server.url + treatment.get_absolute_url())
    page.get_by_label("4 stars").check()
    page.get_by_role("button", name="Submit rating").click()
    expect(summary(page)).to_have_text("Rating: 4.0/5. From 1 vote.")

    page.get_by_label("1 star").check()
    page.get_by_role("button", name="Submit rating").click()

    expect(rating_status(page)).to_have_text(re.compile(r"^You have sent a lot of ratings in a short time\."))
    expect(summary(page)).to_have_text("Rating: 4.0/5. From 1 vote.")
    assert Vote.objects.get().score == 4


def test_a_refusal_without_a_reason_and_a_lost_connection_are_still_explained(page, live_server):
    treatment = make_treatment()
    page.goto(live_server.url + treatment.get_absolute_url())
    page.route("**/ratings/", lambda route: route.fulfill(status=502, body="Bad gateway"))
    page.get_by_label("4 stars").check()
    page.get_by_role("button", name="Submit rating").click()
    expect(rating_status(page)).to_have_text(
        "Sorry, your rating could not be saved. Please try again in a few minutes."
    )

    page.unroute("**/ratings/")
    page.route("**/ratings/", lambda route: route.abort())
    page.get_by_role("button", name="Submit rating").click()
    expect(rating_status(page)).to_contain_text("check your internet connection")
    expect(summary(page)).to_have_text("No ratings yet.")


def test_submitting_without_choosing_a_star_asks_for_one(page, live_server):
    page.goto(live_server.url + make_treatment().get_absolute_url())
    page.get_by_role("button", name="Submit rating").click()
    expect(rating_status(page)).to_have_text("Please choose a rating from 1 to 5 stars.")
    assert not Vote.objects.exists()
