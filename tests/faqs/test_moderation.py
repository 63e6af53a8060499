from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from faqs.models import Question, SubmittedQuestion
from tests.factories import make_topic

pytestmark = pytest.mark.django_db


def submit(**fields):
    return SubmittedQuestion.objects.create(**{"question": "What is PRRT and could I have it?", **fields})


def test_possible_side_effects_are_listed_first_for_staff(superuser_client):
    submit(question="Newest question, nothing worrying.")
    submit(question="I feel dizzy since starting treatment.", possible_side_effect=True,
           created_at=timezone.now() - timedelta(days=3))  # fmt: skip
    html = superuser_client.get(reverse("admin:faqs_submittedquestion_changelist")).content.decode()
    assert html.index("I feel dizzy") < html.index("Newest question")


def test_answering_deletes_the_contact_details(superuser_client):
    submission = submit(email="reader@example.com", consent_to_contact=True)
    superuser_client.post(
        reverse("admin:faqs_submittedquestion_changelist"),
        {"action": "mark_answered", "_selected_action": [submission.pk]},
    )
    submission.refresh_from_db()
    assert submission.status == SubmittedQuestion.Status.ANSWERED
    assert submission.email == ""


def test_closing_in_the_change_form_deletes_the_contact_details(superuser_client):
    submission = submit(email="reader@example.com", consent_to_contact=True)
    response = superuser_client.post(
        reverse("admin:faqs_submittedquestion_change", args=[submission.pk]),
        {"topic": "", "status": "closed", "handling-TOTAL_FORMS": "0", "handling-INITIAL_FORMS": "0"},
    )
    assert response.status_code == 302, response.content.decode()
    submission.refresh_from_db()
    assert submission.email == ""


def test_admin_action_turns_a_question_into_a_draft_faq(superuser_client, client):
    topic = make_topic()
    submission = submit(topic=topic)
    response = superuser_client.post(
        reverse("admin:faqs_submittedquestion_changelist"),
        {"action": "make_draft_faq", "_selected_action": [submission.pk]},
        follow=True,
    )
    assert "Made 1 draft FAQ" in response.content.decode()
    faq = Question.objects.get()
    assert faq.title == "What is PRRT and could I have it?"
    assert faq.status == Question.Status.DRAFT
    assert faq.topic == topic
    submission.refresh_from_db()
    assert submission.faq == faq
    assert "What is PRRT" not in client.get(reverse("faqs:list")).content.decode()


def test_command_deletes_contact_details_after_90_days_and_keeps_newer_ones():
    old = submit(email="old@example.com", consent_to_contact=True, created_at=timezone.now() - timedelta(days=91))
    new = submit(email="new@example.com", consent_to_contact=True, created_at=timezone.now() - timedelta(days=10))
    out = StringIO()
    call_command("delete_expired_contacts", stdout=out)
    old.refresh_from_db()
    new.refresh_from_db()
    assert old.email == ""
    assert not old.consent_to_contact
    assert new.email == "new@example.com"
    assert "Deleted the contact details of 1 submitted questions." in out.getvalue()


def test_command_dry_run_changes_nothing():
    submit(email="old@example.com", created_at=timezone.now() - timedelta(days=91))
    out = StringIO()
    call_command("delete_expired_contacts", "--dry-run", stdout=out)
    assert "1 submitted questions hold contact details due for deletion." in out.getvalue()
    assert SubmittedQuestion.objects.get().email == "old@example.com"
