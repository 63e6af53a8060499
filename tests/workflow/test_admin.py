"""The workflow through the admin: a permission matrix for every boundary, crafted POSTs, history and restore."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import make_treatment
from treatments.models import Treatment
from workflow.models import Transition

pytestmark = pytest.mark.django_db

APPROVAL = {"job_code": "NET-UK-555555", "date_of_preparation": "2026-10-01", "review_due": ""}


def change_url(item):
    return reverse("admin:treatments_treatment_change", args=[item.pk])


def step_url(item, action):
    return reverse("admin:treatments_treatment_transition", args=[item.pk, action])


def content_form(item, **changes):
    return {
        "title": item.title,
        "slug": item.slug,
        "category": item.category,
        "order": item.order,
        "summary": item.summary,
        "body": item.body,
        **changes,
    }


def in_review(editor):
    item = make_treatment(status=Treatment.Status.DRAFT, authors=[editor.pk])
    item.submit(editor)
    return item


@pytest.fixture
def users(editor, reviewer, site_admin):
    return {"anonymous": None, "editor": editor, "reviewer": reviewer, "site admin": site_admin}


def client_for(user, login):
    return Client() if user is None else login(user)


@pytest.mark.parametrize(
    ("who", "can_edit", "can_approve"),
    [("anonymous", False, False), ("editor", True, False), ("reviewer", True, True), ("site admin", False, False)],
)
def test_permission_matrix(who, can_edit, can_approve, users, login, editor):
    client = client_for(users[who], login)
    edited = make_treatment(status=Treatment.Status.DRAFT)
    response = client.post(change_url(edited), content_form(edited, title="Tampered"))
    edited.refresh_from_db()
    assert (edited.title == "Tampered") == can_edit, response.status_code

    item = in_review(editor)
    response = client.post(step_url(item, "approve"), APPROVAL)
    item.refresh_from_db()
    assert (item.status == Treatment.Status.PUBLISHED) == can_approve
    if who == "anonymous":
        assert response.status_code == 302 and reverse("admin:login") in response["Location"]
    elif not can_approve:
        assert response.status_code == 403


def test_editor_cannot_publish_by_crafting_the_edit_form(login, editor):
    item = make_treatment(status=Treatment.Status.DRAFT)
    crafted = content_form(
        item, status="published", job_code="FAKE-1", date_of_preparation="01/10/2026", review_due="01/10/2028"
    )
    response = login(editor).post(change_url(item), crafted)
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == Treatment.Status.DRAFT
    assert item.job_code != "FAKE-1"
    assert not Treatment.objects.published().exists()


def test_editor_cannot_publish_by_posting_to_the_approve_step(login, editor):
    item = in_review(editor)
    response = login(editor).post(step_url(item, "approve"), APPROVAL)
    assert response.status_code == 403
    item.refresh_from_db()
    assert item.status == Treatment.Status.IN_REVIEW


def test_editor_sees_submit_but_not_approve(login, editor):
    item = make_treatment(status=Treatment.Status.DRAFT)
    html = login(editor).get(change_url(item)).content.decode()
    assert step_url(item, "submit") in html
    assert step_url(item, "approve") not in html


def test_reviewer_who_did_not_write_it_sees_approve(login, editor, reviewer):
    item = in_review(editor)
    html = login(reviewer).get(change_url(item)).content.decode()
    assert step_url(item, "approve") in html
    assert step_url(item, "send_back") in html


def test_four_eyes_in_the_admin(login, reviewer, other_reviewer):
    item = make_treatment(status=Treatment.Status.DRAFT)
    own = login(reviewer)
    own.post(change_url(item), content_form(item, title="Reviewer's own words"))
    own.post(step_url(item, "submit"), {"comment": ""})
    html = own.get(change_url(item)).content.decode()
    assert step_url(item, "approve") not in html
    assert "another medical reviewer must approve it" in html
    response = own.post(step_url(item, "approve"), APPROVAL)
    assert response.status_code == 200 and "four eyes" in response.content.decode()
    assert login(other_reviewer).post(step_url(item, "approve"), APPROVAL).status_code == 302
    item.refresh_from_db()
    assert item.status == Treatment.Status.PUBLISHED
    assert item.certifier_name == "Rana Second"


def test_each_step_through_the_admin_is_logged_and_shown_on_the_page(login, editor, reviewer):
    item = make_treatment(status=Treatment.Status.DRAFT)
    editing = login(editor)
    editing.post(step_url(item, "submit"), {"comment": "Please check the dosage"})
    login(reviewer).post(step_url(item, "send_back"), {"comment": "Add a source"})
    editing.post(step_url(item, "submit"), {"comment": "Source added"})
    login(reviewer).post(step_url(item, "approve"), {**APPROVAL, "comment": "Fine"})
    assert [t.action for t in Transition.for_item(item).order_by("pk")] == [
        "submitted",
        "sent_back",
        "submitted",
        "approved",
    ]
    html = editing.get(change_url(item)).content.decode()
    for text in ["Please check the dosage", "Add a source", "Sent back to draft", "Rhys Reviewer", "Edith Editor"]:
        assert text in html
    item.refresh_from_db()
    assert str(item.review_due) == "2028-10-01"  # default: preparation + 24 months


def test_send_back_without_a_comment_is_refused(login, editor, reviewer):
    item = in_review(editor)
    response = login(reviewer).post(step_url(item, "send_back"), {"comment": ""})
    assert response.status_code == 200
    item.refresh_from_db()
    assert item.status == Treatment.Status.IN_REVIEW


def test_change_to_a_published_page_waits_for_approval(login, client, editor, reviewer):
    item = make_treatment(title="Live title")
    editing = login(editor)
    response = editing.post(change_url(item), content_form(item, title="Proposed title"), follow=True)
    assert "readers see the approved version" in response.content.decode()
    assert "Live title" in client.get(item.get_absolute_url()).content.decode()
    # The form shows the change being worked on, not the live text.
    assert 'value="Proposed title"' in editing.get(change_url(item)).content.decode()
    editing.post(step_url(item, "submit"), {})
    assert "Live title" in client.get(item.get_absolute_url()).content.decode()
    response = login(reviewer).post(step_url(item, "approve"), APPROVAL)
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert "Proposed title" in client.get(item.get_absolute_url()).content.decode()


def test_list_shows_a_waiting_change_and_filters_by_review_due(login, editor):
    from datetime import timedelta

    from django.utils import timezone

    soon = make_treatment(title="Due soon", review_due=timezone.localdate() + timedelta(days=10))
    make_treatment(title="Due later", review_due=timezone.localdate() + timedelta(days=400))
    soon.working_copy().save_edit(editor)
    client = login(editor)
    html = client.get(reverse("admin:treatments_treatment_changelist")).content.decode()
    assert "Change waiting" in html
    html = client.get(reverse("admin:treatments_treatment_changelist") + "?review=due").content.decode()
    assert "Due soon" in html and "Due later" not in html
