"""A medical reviewer approves an editor's change to a published page in the admin; readers then see it."""

import pytest
from django.contrib.auth.models import Group

from tests.factories import make_staff, make_treatment
from workflow.roles import REVIEWERS

pytestmark = pytest.mark.django_db(transaction=True)


def test_reviewer_approves_a_change_in_the_admin(page, live_server):
    editor = make_staff("editor")
    reviewer = make_staff("reviewer", username="rhys")
    assert reviewer.groups.filter(name=REVIEWERS).exists() and Group.objects.count() == 4
    item = make_treatment(title="Surgery", slug="surgery")
    change = item.working_copy()
    change.title = "Surgery for NETs"
    change.save_edit(editor)
    item.refresh_from_db()
    item.submit(editor, comment="New title")

    page.goto(live_server.url + "/treatments/surgery/")
    assert page.get_by_role("heading", level=1).inner_text() == "Surgery"

    page.goto(live_server.url + f"/admin/treatments/treatment/{item.pk}/change/")
    page.get_by_label("Username").fill("rhys")
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("link", name="Approve and publish").click()
    page.get_by_label("Comment").fill("Checked against the sources")
    page.get_by_role("button", name="Approve and publish").click()
    page.get_by_text("Approve and publish: done.").wait_for()

    page.goto(live_server.url + "/treatments/surgery/")
    assert page.get_by_role("heading", level=1).inner_text() == "Surgery for NETs"
    assert "Page last reviewed:" in page.content()
