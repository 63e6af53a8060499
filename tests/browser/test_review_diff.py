"""A medical reviewer opens the approve screen of a waiting change and sees what they are about to sign."""

from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from playwright.sync_api import expect

from tests.browser.conftest import WCAG_TAGS
from tests.factories import make_staff, make_treatment

pytestmark = pytest.mark.django_db(transaction=True)

SCREENSHOTS = Path(settings.BASE_DIR) / "test-results"
LIVE_BODY = (
    "<p>Surgeons will often suggest removing the tumour.</p>"
    "<h2>If the tumour has spread</h2><ul><li>Debulking</li><li>Liver transplant</li></ul>"
)
NEW_BODY = (
    "<p>Surgeons usually suggest an operation to remove the tumour.</p>"
    "<h2>If the tumour has spread</h2><ul><li>Debulking</li></ul>"
    "<p>See https://www.example.org/a-very-long-web-address-that-must-wrap-on-a-small-phone-screen-too</p>"
)


@pytest.fixture
def waiting_change(db):
    editor = make_staff("editor")
    make_staff("reviewer", username="rhys")
    item = make_treatment(title="Surgery", slug="surgery", body=LIVE_BODY)
    change = item.working_copy()
    change.body = NEW_BODY
    change.save_edit(editor)
    item.refresh_from_db()
    item.submit(editor, comment="Clearer wording")
    return item


def open_approve_screen(page, live_server, item):
    page.goto(live_server.url + reverse("admin:treatments_treatment_change", args=[item.pk]))
    page.get_by_label("Username").fill("rhys")
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("link", name="Approve and publish").click()
    expect(page.get_by_role("heading", name="What changes for readers")).to_be_visible()


def decoration(locator):
    return locator.evaluate("element => getComputedStyle(element).textDecorationLine")


def test_reviewer_sees_added_and_removed_words_highlighted(page, live_server, waiting_change, axe):
    blocked = []
    page.on("console", lambda message: "Content Security Policy" in message.text and blocked.append(message.text))
    open_approve_screen(page, live_server, waiting_change)

    body = page.locator(".diff-field", has=page.get_by_role("heading", name="What it is and how it works", exact=True))
    added = body.locator("ins.diff-added", has_text="usually")
    removed = body.locator("del.diff-removed", has_text="will often")
    expect(added).to_be_visible()
    expect(removed).to_be_visible()
    # More than colour tells them apart: underlined and struck through, and named for screen readers.
    assert "underline" in decoration(added) and "line-through" in decoration(removed)
    assert added.evaluate("e => getComputedStyle(e).backgroundColor") != removed.evaluate(
        "e => getComputedStyle(e).backgroundColor"
    )
    label = removed.locator(".visually-hidden")
    assert label.text_content() == "removed: "  # read out by screen readers...
    assert label.bounding_box()["width"] <= 1  # ...but not shown
    expect(body.locator("del.diff-removed", has_text="Liver transplant")).to_be_visible()
    # The text reads as on the site: a real heading and list, not raw tags.
    expect(body.get_by_role("heading", name="If the tumour has spread")).to_be_visible()
    expect(body.get_by_role("listitem").first).to_have_text("Debulking")
    assert "<h2>" not in body.inner_text()

    page.screenshot(path=SCREENSHOTS / "review-diff-wide.png", full_page=True)
    results = axe.run(page, context=".workflow-changes", options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert results.violations_count == 0, results.generate_report()
    assert blocked == []

    page.get_by_role("button", name="Approve and publish").click()
    expect(page.get_by_text("Approve and publish: done.")).to_be_visible()


def test_the_comparison_fits_a_phone_without_scrolling_sideways(phone_page, live_server, waiting_change):
    open_approve_screen(phone_page, live_server, waiting_change)
    expect(phone_page.locator("ins.diff-added", has_text="usually")).to_be_visible()
    widths = phone_page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth,"
        " document.querySelector('.workflow-changes').scrollWidth,"
        " document.querySelector('.workflow-changes').clientWidth]"
    )
    assert widths[0] <= widths[1] and widths[2] <= widths[3], widths
    phone_page.screenshot(path=SCREENSHOTS / "review-diff-phone.png", full_page=True)
