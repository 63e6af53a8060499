"""Medical information handle readers' questions: state with who and when, pharmacovigilance, flagged first."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from faqs.admin import age
from faqs.models import QuestionHandling, SubmittedQuestion
from tests.factories import make_submitted_question

pytestmark = pytest.mark.django_db

LIST = reverse("admin:faqs_submittedquestion_changelist")


def change_url(submission):
    return reverse("admin:faqs_submittedquestion_change", args=[submission.pk])


def form_data(submission, **fields):
    data = {
        "topic": "",
        "status": submission.status,
        "possible_side_effect": "on" if submission.possible_side_effect else "",
        "reported_to_pv_on": "",
        "pv_reference": "",
        "handling-TOTAL_FORMS": "0",
        "handling-INITIAL_FORMS": "0",
    }
    data.update(fields)
    return {key: value for key, value in data.items() if value != "" or key not in {"possible_side_effect"}}


@pytest.fixture
def medinfo(db):
    from tests.factories import make_staff

    return make_staff("medinfo", first_name="Mia", last_name="Info")


def test_each_change_of_state_records_who_and_when(login, medinfo):
    submission = make_submitted_question(email="reader@example.com", consent_to_contact=True)
    client = login(medinfo)
    before = timezone.now()
    response = client.post(LIST, {"action": "mark_acknowledged", "_selected_action": [submission.pk]})
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == SubmittedQuestion.Status.ACKNOWLEDGED
    assert submission.email == "reader@example.com"  # still needed to reply
    step = submission.handling.get()
    assert (step.by, step.status, step.action) == (medinfo, "acknowledged", "Marked acknowledged")
    assert step.at >= before

    client.post(change_url(submission), form_data(submission, status="answered"))
    submission.refresh_from_db()
    assert submission.status == SubmittedQuestion.Status.ANSWERED
    assert submission.email == ""
    assert [step.action for step in submission.handling.all()] == ["Marked answered", "Marked acknowledged"]
    html = client.get(change_url(submission)).content.decode()
    assert f"Marked answered ({medinfo.get_full_name()})" in html  # the history names who


def test_a_flagged_question_is_reported_with_a_date_and_reference(login, medinfo):
    submission = make_submitted_question(possible_side_effect=True)
    client = login(medinfo)
    today = timezone.localdate().isoformat()
    response = client.post(change_url(submission), form_data(submission, reported_to_pv_on=today, pv_reference="PV-1"))
    assert response.status_code == 302, response.content.decode()
    submission.refresh_from_db()
    assert submission.reported_to_pv_on == timezone.localdate() and submission.pv_reference == "PV-1"
    assert QuestionHandling.objects.get().action.startswith("Reported to pharmacovigilance on")
    assert not SubmittedQuestion.objects.awaiting_report().exists()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"reported_to_pv_on": "TODAY"}, "Enter the reference the pharmacovigilance team gave this report."),
        ({"pv_reference": "PV-2"}, "Enter the date it was reported to pharmacovigilance."),
        ({"reported_to_pv_on": "TOMORROW", "pv_reference": "PV-3"}, "The report date cannot be in the future."),
        ({"status": "closed"}, "Report this possible side effect to pharmacovigilance before closing it"),
    ],
)
def test_pharmacovigilance_fields_are_checked_with_clear_messages(login, medinfo, fields, message):
    submission = make_submitted_question(possible_side_effect=True)
    dates = {"TODAY": timezone.localdate(), "TOMORROW": timezone.localdate() + timedelta(days=1)}
    fields = {key: dates.get(value, value) for key, value in fields.items()}
    response = login(medinfo).post(change_url(submission), form_data(submission, **fields))
    assert response.status_code == 200
    assert message in response.content.decode()
    submission.refresh_from_db()
    assert submission.status == "new" and submission.reported_to_pv_on is None


def test_an_unflagged_question_cannot_be_reported(login, medinfo):
    submission = make_submitted_question()
    fields = {"reported_to_pv_on": timezone.localdate(), "pv_reference": "PV-4"}
    response = login(medinfo).post(change_url(submission), form_data(submission, **fields))
    assert "Only a question flagged as a possible side effect is reported." in response.content.decode()


def test_closing_in_bulk_leaves_unreported_side_effects_open(login, medinfo):
    flagged = make_submitted_question(possible_side_effect=True)
    plain = make_submitted_question()
    response = login(medinfo).post(
        LIST, {"action": "mark_closed", "_selected_action": [flagged.pk, plain.pk]}, follow=True
    )
    assert "1 marked as closed" in response.content.decode()
    assert "were left open" in response.content.decode() or "was left open" in response.content.decode()
    flagged.refresh_from_db()
    plain.refresh_from_db()
    assert (flagged.status, plain.status) == ("new", "closed")


def test_flagged_questions_come_first_with_their_age(login, medinfo):
    hours_ago = lambda hours: timezone.now() - timedelta(hours=hours)  # noqa: E731
    make_submitted_question(question="Newest question, nothing worrying.")
    make_submitted_question(question="Older question, nothing worrying.", created_at=hours_ago(50))
    make_submitted_question(question="Flagged, reported already.", possible_side_effect=True, created_at=hours_ago(1),
                            reported_to_pv_on=timezone.localdate(), pv_reference="PV-7")  # fmt: skip
    make_submitted_question(question="Flagged three hours ago.", possible_side_effect=True, created_at=hours_ago(3))
    make_submitted_question(question="Flagged a day ago.", possible_side_effect=True, created_at=hours_ago(26))
    html = login(medinfo).get(LIST).content.decode()
    order = ["Flagged a day ago.", "Flagged three hours ago.", "Flagged, reported already.", "Newest question",
             "Older question"]  # fmt: skip
    positions = [html.index(text) for text in order]
    assert positions == sorted(positions)  # the most urgent first: oldest unreported possible side effect
    assert "received 26 hours ago" in html and "received 50 hours ago" in html
    assert "Yes: not reported yet" in html and "Yes: reported " in html and "(PV-7)" in html


def test_the_list_filters_by_state_flag_and_pharmacovigilance(login, medinfo):
    make_submitted_question(question="Flagged and open", possible_side_effect=True)
    make_submitted_question(question="Flagged and reported", possible_side_effect=True,
                            reported_to_pv_on=timezone.localdate(), pv_reference="PV-9")  # fmt: skip
    make_submitted_question(question="Plain and answered", status="answered")
    client = login(medinfo)
    open_only = client.get(LIST + "?pv=open").content.decode()
    assert "Flagged and open" in open_only and "Flagged and reported" not in open_only
    answered = client.get(LIST + "?status__exact=answered").content.decode()
    assert "Plain and answered" in answered and "Flagged and open" not in answered
    flagged = client.get(LIST + "?possible_side_effect__exact=1").content.decode()
    assert "Flagged and reported" in flagged and "Plain and answered" not in flagged


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(20, "just now"), (60, "1 minute ago"), (3599, "59 minutes ago"), (3600, "1 hour ago"),
     (26 * 3600, "26 hours ago"), (72 * 3600, "3 days ago")],
)  # fmt: skip
def test_age_reads_naturally(seconds, text):
    now = timezone.now()
    assert age(now - timedelta(seconds=seconds), now) == text


def test_admin_home_counts_flagged_questions_still_open_for_those_who_may_see_them(login, medinfo, editor, site_admin):
    make_submitted_question(possible_side_effect=True)
    make_submitted_question(possible_side_effect=True)
    make_submitted_question(possible_side_effect=True, reported_to_pv_on=timezone.localdate(), pv_reference="PV-5")
    make_submitted_question(possible_side_effect=True, status="closed", reported_to_pv_on=timezone.localdate(),
                            pv_reference="PV-6")  # fmt: skip
    make_submitted_question()
    for user in [medinfo, editor]:
        html = login(user).get(reverse("admin:index")).content.decode()
        assert "2 questions flagged as a possible side effect are still open" in html
        assert f'href="{LIST}?pv=open"' in html
    assert "flagged as a possible side effect" not in login(site_admin).get(reverse("admin:index")).content.decode()


def test_editors_read_questions_and_make_faqs_but_only_medical_information_handles_them(login, editor, medinfo):
    submission = make_submitted_question(email="reader@example.com", consent_to_contact=True, possible_side_effect=True)
    editor_client = login(editor)
    assert editor_client.get(LIST).status_code == 200
    page = editor_client.get(change_url(submission)).content.decode()
    assert submission.question in page
    assert "reader@example.com" not in page  # who sent it is for those who reply
    actions = editor_client.get(LIST).context["action_form"].fields["action"].choices
    assert [name for name, _ in actions if name] == ["make_draft_faq"]
    editor_client.post(change_url(submission), form_data(submission, status="closed"))
    editor_client.post(LIST, {"action": "mark_answered", "_selected_action": [submission.pk]})
    submission.refresh_from_db()
    assert submission.status == "new"

    medinfo_client = login(medinfo)
    assert "reader@example.com" in medinfo_client.get(change_url(submission)).content.decode()
    actions = medinfo_client.get(LIST).context["action_form"].fields["action"].choices
    assert [name for name, _ in actions if name] == ["mark_acknowledged", "mark_answered", "mark_closed"]


def test_anonymous_readers_never_see_submitted_questions(client):
    submission = make_submitted_question(possible_side_effect=True)
    for url in [LIST, change_url(submission)]:
        response = client.get(url)
        assert response.status_code == 302 and reverse("admin:login") in response["Location"]
