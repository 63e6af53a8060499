"""Each workflow step on the model: draft -> in review -> published, send back, withdraw, four eyes."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from tests.factories import make_treatment
from treatments.models import Treatment
from workflow.models import Transition, add_months, default_review_due

pytestmark = pytest.mark.django_db

APPROVAL = {"job_code": "NET-UK-123456", "date_of_preparation": date(2026, 10, 1)}


def draft(**overrides):
    return make_treatment(status=Treatment.Status.DRAFT, job_code="", date_of_preparation=None, **overrides)


def edit(item, user, **changes):
    item = item.working_copy()
    for name, value in changes.items():
        setattr(item, name, value)
    item.save_edit(user)
    return Treatment.objects.get(pk=item.pk)


def test_a_new_page_is_a_draft_the_public_cannot_see(editor):
    item = Treatment(title="New", slug="new", summary="S.", body="<p>B</p>")
    item.save_edit(editor)
    assert item.status == Treatment.Status.DRAFT
    assert not Treatment.objects.published().exists()
    assert item.authors == [editor.pk]


def test_submit_then_approve_publishes_with_sign_off(editor, reviewer):
    item = edit(draft(), editor, title="Chemotherapy")
    item.submit(editor, comment="Ready")
    assert item.status == Treatment.Status.IN_REVIEW
    item.approve(reviewer, comment="Checked", **APPROVAL)
    item.refresh_from_db()
    assert item.status == Treatment.Status.PUBLISHED
    assert item in Treatment.objects.published()
    assert item.job_code == "NET-UK-123456"
    assert item.review_due == date(2028, 10, 1)
    assert item.certifier_name == "Rhys Reviewer"
    assert item.certified_by == reviewer
    assert item.certified_on == timezone.localdate()
    assert item.authors == []
    steps = list(Transition.for_item(item).order_by("at", "pk").values_list("action", "user_name", "comment"))
    assert steps == [("submitted", "Edith Editor", "Ready"), ("approved", "Rhys Reviewer", "Checked")]


def test_send_back_needs_a_comment_and_returns_to_draft(editor, reviewer):
    item = edit(draft(), editor, title="X")
    item.submit(editor)
    with pytest.raises(ValidationError):
        item.send_back(reviewer, comment="  ")
    item.send_back(reviewer, comment="Please cite the trial.")
    item.refresh_from_db()
    assert item.status == Treatment.Status.DRAFT
    assert Transition.for_item(item).first().comment == "Please cite the trial."


def test_withdraw_takes_a_page_off_the_site_and_it_can_be_resubmitted(editor, reviewer):
    item = make_treatment()
    item.withdraw(reviewer, comment="Out of date")
    assert not Treatment.objects.published().exists()
    item.submit(editor)
    assert item.status == Treatment.Status.IN_REVIEW


def test_editor_cannot_approve_send_back_or_withdraw(editor, reviewer):
    item = edit(draft(), reviewer, title="Written by the reviewer")
    item.submit(reviewer)
    with pytest.raises(PermissionDenied):
        item.approve(editor, **APPROVAL)
    with pytest.raises(PermissionDenied):
        item.send_back(editor, comment="no")
    with pytest.raises(PermissionDenied):
        make_treatment().withdraw(editor)


def test_four_eyes_a_reviewer_cannot_approve_their_own_change(reviewer, other_reviewer):
    item = edit(draft(), reviewer, title="My own words")
    item.submit(reviewer)
    with pytest.raises(ValidationError, match="four eyes"):
        item.approve(reviewer, **APPROVAL)
    item.approve(other_reviewer, **APPROVAL)
    assert item.status == Treatment.Status.PUBLISHED


def test_four_eyes_also_applies_to_superusers(reviewer):
    from tests.factories import make_staff

    boss = make_staff("superuser")
    item = edit(draft(), boss, title="Boss's words")
    item.submit(boss)
    with pytest.raises(ValidationError):
        item.approve(boss, **APPROVAL)
    item.approve(reviewer, **APPROVAL)


def test_publishing_needs_a_job_code_and_date_of_preparation(editor, reviewer):
    item = edit(draft(), editor, title="X")
    item.submit(editor)
    with pytest.raises(ValidationError):
        item.approve(reviewer, job_code="", date_of_preparation=date(2026, 1, 1))
    with pytest.raises(ValidationError):
        item.approve(reviewer, job_code="NET-1", date_of_preparation=None)
    item.refresh_from_db()
    assert item.status == Treatment.Status.IN_REVIEW


def test_approval_cannot_skip_review(reviewer):
    with pytest.raises(ValidationError):
        draft().approve(reviewer, **APPROVAL)


def test_review_due_defaults_to_24_months_after_preparation():
    assert default_review_due(date(2026, 10, 1)) == date(2028, 10, 1)
    assert add_months(date(2024, 2, 29), 24) == date(2026, 2, 28)


class TestChangeToAPublishedPage:
    def test_public_keeps_seeing_the_approved_version_while_the_change_is_in_review(self, client, editor, reviewer):
        item = make_treatment(title="Surgery", summary="Approved summary.")
        item = edit(
            item, editor, title="Surgery (new)", summary="Unapproved summary.", body="<p>New</p><script>x</script>"
        )
        assert item.title == "Surgery"
        assert item.pending["summary"] == "Unapproved summary."
        assert "<script>" not in item.pending["body"]
        assert item.pending_status == Treatment.Status.DRAFT
        item.submit(editor)
        item.refresh_from_db()
        assert item.status == Treatment.Status.PUBLISHED
        assert item.pending_status == Treatment.Status.IN_REVIEW
        html = client.get(item.get_absolute_url()).content.decode()
        assert "Approved summary." in html
        assert "Unapproved summary." not in html

        item.approve(reviewer, **APPROVAL)
        html = client.get(item.get_absolute_url()).content.decode()
        assert "Unapproved summary." in html
        item.refresh_from_db()
        assert item.pending is None and item.pending_status == ""

    def test_sending_back_a_change_keeps_the_live_version(self, editor, reviewer):
        item = edit(make_treatment(title="Live"), editor, title="Changed")
        item.submit(editor)
        item.send_back(reviewer, comment="Not yet")
        item.refresh_from_db()
        assert item.title == "Live" and item.pending_status == Treatment.Status.DRAFT
        assert item.working_copy().title == "Changed"

    def test_withdrawing_folds_the_pending_change_into_the_draft(self, editor, reviewer):
        item = edit(make_treatment(title="Live"), editor, title="Changed")
        item.withdraw(reviewer)
        item.refresh_from_db()
        assert item.status == Treatment.Status.WITHDRAWN
        assert item.title == "Changed" and item.pending is None


class TestScheduledPublishing:
    def test_a_future_publish_time_keeps_the_page_hidden_until_then(self, client, editor, reviewer):
        item = edit(draft(), editor, title="Soon")
        item.submit(editor)
        item.approve(reviewer, published_at=timezone.now() + timedelta(days=1), **APPROVAL)
        assert item.status == Treatment.Status.PUBLISHED
        assert not Treatment.objects.published().exists()
        assert client.get(item.get_absolute_url()).status_code == 404

    def test_it_appears_by_itself_once_the_time_has_passed(self, client, editor, reviewer):
        item = make_treatment(published_at=timezone.now() - timedelta(minutes=1))
        assert client.get(item.get_absolute_url()).status_code == 200
        item.published_at = timezone.now() + timedelta(minutes=5)
        item.save()
        assert client.get(item.get_absolute_url()).status_code == 404
