"""Revisions record an edit's links (a story's treatments), and restoring a revision restores them, never publishing."""

import re

import pytest
from django.urls import reverse
from reversion.models import Version

from stories.models import Story
from tests.factories import make_story, make_treatment, story_change_form

pytestmark = pytest.mark.django_db

APPROVAL = {"job_code": "NET-UK-000401", "date_of_preparation": "2026-10-01", "review_due": ""}


def edit_links(client, story, treatments):
    response = client.post(
        reverse("admin:stories_story_change", args=[story.pk]),
        story_change_form(story, treatments=[treatment.pk for treatment in treatments]),
    )
    assert response.status_code == 302, response.content.decode()


def linked(story):
    return sorted(treatment.title for treatment in Story.objects.get(pk=story.pk).treatments.all())


def test_a_revision_records_the_links_of_its_edit_on_a_draft(editor, login):
    surgery, chemotherapy = make_treatment(title="Surgery"), make_treatment(title="Chemotherapy")
    story = make_story(status=Story.Status.DRAFT)
    edit_links(login(editor), story, [surgery, chemotherapy])
    assert sorted(Version.objects.get_for_object(story)[0].field_dict["treatments"]) == sorted(
        [surgery.pk, chemotherapy.pk]
    )


def test_a_revision_records_the_links_a_pending_change_holds(editor, login):
    surgery, chemotherapy = make_treatment(title="Surgery"), make_treatment(title="Chemotherapy")
    story = make_story()
    story.treatments.set([surgery])
    edit_links(login(editor), story, [chemotherapy])
    assert Version.objects.get_for_object(story)[0].field_dict["treatments"] == [chemotherapy.pk]
    assert linked(story) == ["Surgery"]  # still only waiting


def test_restoring_a_published_storys_revision_brings_its_links_back_as_a_waiting_change(
    editor, reviewer, login, client
):
    surgery, chemotherapy = make_treatment(title="Surgery"), make_treatment(title="Chemotherapy")
    story = make_story()
    as_editor = login(editor)
    edit_links(as_editor, story, [surgery])
    with_surgery = Version.objects.get_for_object(story)[0]
    as_editor.post(reverse("admin:stories_story_transition", args=[story.pk, "submit"]))
    login(reviewer).post(reverse("admin:stories_story_transition", args=[story.pk, "approve"]), APPROVAL)
    edit_links(as_editor, Story.objects.get(pk=story.pk), [chemotherapy])
    as_editor.post(reverse("admin:stories_story_transition", args=[story.pk, "submit"]))
    login(reviewer).post(reverse("admin:stories_story_transition", args=[story.pk, "approve"]), APPROVAL)
    assert linked(story) == ["Chemotherapy"]

    as_editor.post(reverse("admin:stories_story_restore", args=[story.pk, with_surgery.pk]))

    story = Story.objects.get(pk=story.pk)
    assert linked(story) == ["Chemotherapy"]  # readers still see the approved links...
    assert "Chemotherapy" in client.get(story.get_absolute_url()).content.decode()
    assert story.pending["treatments"] == [surgery.pk]  # ...and the restored ones wait as a draft
    assert story.pending_status == Story.Status.DRAFT
    change = as_editor.get(reverse("admin:stories_story_change", args=[story.pk])).content.decode()
    assert re.search(f'value="{surgery.pk}"[^>]* checked', change)

    as_editor.post(reverse("admin:stories_story_transition", args=[story.pk, "submit"]))
    login(reviewer).post(reverse("admin:stories_story_transition", args=[story.pk, "approve"]), APPROVAL)
    assert linked(story) == ["Surgery"]


def test_restoring_a_drafts_revision_sets_its_links_straight_away(editor, login):
    surgery, chemotherapy = make_treatment(title="Surgery"), make_treatment(title="Chemotherapy")
    story = make_story(status=Story.Status.DRAFT)
    as_editor = login(editor)
    edit_links(as_editor, story, [surgery])
    first = Version.objects.get_for_object(story)[0]
    edit_links(as_editor, story, [chemotherapy])
    as_editor.post(reverse("admin:stories_story_restore", args=[story.pk, first.pk]))
    assert linked(story) == ["Surgery"]
    assert Story.objects.get(pk=story.pk).status == Story.Status.DRAFT


def test_a_link_to_a_treatment_deleted_since_is_left_out_on_restore(editor, login):
    surgery, gone = make_treatment(title="Surgery"), make_treatment(title="Gone")
    story = make_story(status=Story.Status.DRAFT)
    as_editor = login(editor)
    edit_links(as_editor, story, [surgery, gone])
    first = Version.objects.get_for_object(story)[0]
    edit_links(as_editor, story, [])
    gone.delete()
    assert as_editor.post(reverse("admin:stories_story_restore", args=[story.pk, first.pk])).status_code == 302
    assert linked(story) == ["Surgery"]


def test_the_revision_page_compares_links_by_name(editor, login):
    surgery, chemotherapy = make_treatment(title="Surgery"), make_treatment(title="Chemotherapy")
    story = make_story(status=Story.Status.DRAFT)
    as_editor = login(editor)
    edit_links(as_editor, story, [surgery])
    first = Version.objects.get_for_object(story)[0]
    edit_links(as_editor, story, [chemotherapy])
    html = as_editor.get(reverse("admin:stories_story_revision", args=[story.pk, first.pk])).content.decode()
    assert "<dt>Added</dt><dd><ins" in html and "Chemotherapy</ins>" in html
    assert "<dt>Removed</dt><dd><del" in html and "Surgery</del>" in html
