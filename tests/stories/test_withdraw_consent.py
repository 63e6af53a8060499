"""Withdrawing consent is a workflow step: asked why, logged, no change left waiting, off the site at once."""

import pytest
from django.urls import reverse
from django.utils import timezone

from stories.models import Quote, Story
from tests.factories import make_quote, make_story, make_treatment
from workflow.models import Transition, available_steps

pytestmark = pytest.mark.django_db


def withdraw_from_the_list(client, story, **extra):
    return client.post(
        reverse("admin:stories_story_changelist"),
        {"action": "withdraw_consent", "_selected_action": [story.pk], **extra},
        follow=True,
    )


def test_the_action_asks_for_a_reason_and_changes_nothing_until_given(login, editor, client):
    story = make_story(title="Helen’s story")
    response = withdraw_from_the_list(login(editor), story)
    assert "Helen’s story" in response.content.decode()
    assert 'name="comment"' in response.content.decode()
    response = withdraw_from_the_list(login(editor), story, apply="1", comment="  ")
    assert "This field is required" in response.content.decode()
    story.refresh_from_db()
    assert story.status == Story.Status.PUBLISHED
    assert client.get(story.get_absolute_url()).status_code == 200


def test_an_editor_withdraws_consent_logged_with_who_when_and_why(login, editor, client):
    treatment = make_treatment()
    story = make_story(title="Helen’s story")
    story.treatments.set([treatment])
    quote = make_quote(story=story, treatments=[treatment], text="Watching and waiting was right for me.")
    assert "Watching and waiting" in client.get(treatment.get_absolute_url()).content.decode()

    response = withdraw_from_the_list(login(editor), story, apply="1", comment="Email from Helen, 2 December.")

    assert "They and 1 linked quote are no longer on the site" in response.content.decode()
    story.refresh_from_db()
    quote.refresh_from_db()
    assert (story.status, story.consent_withdrawn_on) == (Story.Status.DRAFT, timezone.localdate())
    assert quote.status == Quote.Status.DRAFT
    step = Transition.for_item(story).get()
    assert (step.action, step.user, step.comment) == (
        Transition.Action.CONSENT_WITHDRAWN,
        editor,
        "Email from Helen, 2 December.",
    )
    assert client.get(story.get_absolute_url()).status_code == 404
    assert "Watching and waiting" not in client.get(treatment.get_absolute_url()).content.decode()


def test_a_waiting_change_does_not_outlive_the_withdrawal(editor, reviewer):
    story = make_story(title="Live title")
    story.title = "Waiting title"
    story.save_edit(editor)
    story.refresh_from_db()
    assert story.has_pending_change
    story.withdraw_consent(reviewer, comment="Letter from the family.")
    story.refresh_from_db()
    assert story.pending is None and story.pending_status == ""
    assert story.title == "Waiting title"
    assert story.status == Story.Status.DRAFT


def test_the_story_cannot_be_published_again_after_withdrawal(editor, reviewer):
    story = make_story()
    story.withdraw_consent(editor, comment="Asked by phone.")
    story.refresh_from_db()
    story.submit(editor)
    with pytest.raises(Exception, match="withdrawn their consent"):
        story.approve(reviewer, job_code="NET-UK-1", date_of_preparation=timezone.localdate())


def test_the_step_is_offered_on_a_story_page_and_not_on_other_content(editor, login):
    story, treatment = make_story(), make_treatment()
    assert "withdraw_consent" in [step.name for step in available_steps(editor, story)]
    assert "withdraw_consent" not in [step.name for step in available_steps(editor, treatment)]
    url = reverse("admin:treatments_treatment_transition", args=[treatment.pk, "withdraw_consent"])
    assert login(editor).get(url).status_code == 404  # treatments have no such step


def test_the_step_from_the_story_page_needs_a_reason(login, editor):
    story = make_story()
    url = reverse("admin:stories_story_transition", args=[story.pk, "withdraw_consent"])
    client = login(editor)
    assert "This field is required" in client.post(url, {"comment": ""}).content.decode()
    assert client.post(url, {"comment": "Asked in clinic."}).status_code == 302
    story.refresh_from_db()
    assert story.consent_withdrawn_on == timezone.localdate()
    assert "withdraw_consent" not in [step.name for step in available_steps(editor, story)]


def test_the_view_only_site_administrator_cannot_withdraw_consent(login, site_admin):
    story = make_story()
    withdraw_from_the_list(login(site_admin), story, apply="1", comment="No.")
    story.refresh_from_db()
    assert story.status == Story.Status.PUBLISHED
