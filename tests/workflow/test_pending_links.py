"""Links (a story's treatments) changed on a published page wait for approval like every other field."""

import re

import pytest
from django.urls import reverse

from stories.models import Story
from tests.factories import make_story, make_treatment, story_change_form

pytestmark = pytest.mark.django_db

APPROVAL = {"job_code": "NET-UK-000301", "date_of_preparation": "2026-10-01", "review_due": ""}


def test_an_editors_new_links_stay_off_the_public_page_until_a_reviewer_approves(editor, reviewer, login, client):
    surgery, chemotherapy = make_treatment(title="Surgery"), make_treatment(title="Chemotherapy")
    story = make_story()
    story.treatments.set([surgery])

    as_editor = login(editor)
    change = reverse("admin:stories_story_change", args=[story.pk])
    response = as_editor.post(change, story_change_form(story, treatments=[chemotherapy.pk]))
    assert response.status_code == 302, response.content.decode()

    assert list(Story.objects.get(pk=story.pk).treatments.all()) == [surgery]
    page = client.get(story.get_absolute_url()).content.decode()
    assert "Surgery" in page and "Chemotherapy" not in page
    assert re.search(f'value="{chemotherapy.pk}"[^>]* checked', as_editor.get(change).content.decode())

    as_editor.post(reverse("admin:stories_story_transition", args=[story.pk, "submit"]), {"comment": "Ready"})
    approve = reverse("admin:stories_story_transition", args=[story.pk, "approve"])
    assert login(reviewer).post(approve, APPROVAL).status_code == 302

    assert list(Story.objects.get(pk=story.pk).treatments.all()) == [chemotherapy]
    page = client.get(story.get_absolute_url()).content.decode()
    assert "Chemotherapy" in page and "Surgery" not in page


def test_links_on_a_draft_are_saved_straight_away(editor, login):
    treatment = make_treatment()
    story = make_story(status=Story.Status.DRAFT)
    response = login(editor).post(
        reverse("admin:stories_story_change", args=[story.pk]), story_change_form(story, treatments=[treatment.pk])
    )
    assert response.status_code == 302, response.content.decode()
    assert list(story.treatments.all()) == [treatment]


def test_a_new_portrait_on_a_published_story_waits_for_approval_too(editor, reviewer, login, client):
    from io import BytesIO

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    picture = BytesIO()
    Image.new("RGB", (900, 900), "teal").save(picture, "PNG")
    story = make_story()
    as_editor = login(editor)
    change = reverse("admin:stories_story_change", args=[story.pk])
    upload = SimpleUploadedFile("new-face.png", picture.getvalue(), content_type="image/png")
    response = as_editor.post(change, story_change_form(story, portrait=upload, portrait_alt="A drawing of a tree."))
    assert response.status_code == 302, response.content.decode()

    assert not Story.objects.get(pk=story.pk).portrait
    assert "A drawing of a tree." not in client.get(story.get_absolute_url()).content.decode()

    as_editor.post(reverse("admin:stories_story_transition", args=[story.pk, "submit"]), {"comment": "Ready"})
    login(reviewer).post(reverse("admin:stories_story_transition", args=[story.pk, "approve"]), APPROVAL)

    approved = Story.objects.get(pk=story.pk)
    assert approved.portrait.name.endswith(".jpg") and approved.portrait.width == 800
    assert approved.portrait_small.width == 320
    assert "A drawing of a tree." in client.get(story.get_absolute_url()).content.decode()


def test_a_preview_shows_the_links_a_pending_change_holds(editor, login, client):
    surgery, chemotherapy = make_treatment(title="Surgery"), make_treatment(title="Chemotherapy")
    story = make_story()
    story.treatments.set([surgery])
    as_editor = login(editor)
    as_editor.post(
        reverse("admin:stories_story_change", args=[story.pk]), story_change_form(story, treatments=[chemotherapy.pk])
    )

    preview = as_editor.get(story.get_absolute_url() + "?preview=1").content.decode()
    assert "Preview — not published" in preview
    assert "Chemotherapy" in preview and ">Surgery<" not in preview
    assert ">Surgery<" in client.get(story.get_absolute_url()).content.decode()
