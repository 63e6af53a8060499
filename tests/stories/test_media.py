"""Portraits are served by the app itself; readers only get those of stories they can see."""

from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from stories.models import Story
from tests.factories import make_story, story_change_form
from tests.workflow.test_pending_links import APPROVAL

pytestmark = pytest.mark.django_db


def png(colour="teal"):
    buffer = BytesIO()
    Image.new("RGB", (900, 900), colour).save(buffer, "PNG")
    return SimpleUploadedFile("Jane Smith at home.png", buffer.getvalue(), content_type="image/png")


def media(name):
    return "/media/" + name


def read(response):
    """The file's bytes. Reading to the end closes the file the way the test client expects; calling
    response.close() instead would also close the test's database connection."""
    return b"".join(response.streaming_content)


def test_a_published_portrait_is_served_with_a_year_long_cache(client):
    story = make_story(portrait=png(), portrait_alt="A teal square.")
    for name in (story.portrait.name, story.portrait_small.name):
        response = client.get(media(name))
        assert response.status_code == 200
        assert response["Content-Type"] == "image/jpeg"
        assert "max-age=31536000" in response["Cache-Control"] and "immutable" in response["Cache-Control"]
        assert read(response)[:3] == b"\xff\xd8\xff"
    head = client.head(media(story.portrait.name))
    assert head.status_code == 200
    read(head)


def test_a_portrait_is_named_for_its_content_not_the_uploaded_name(client):
    story = make_story(portrait=png(), portrait_alt="A teal square.")
    assert "Jane" not in story.portrait.name and "Smith" not in story.portrait.name
    other = make_story(portrait=png("gold"), portrait_alt="A gold square.")
    assert other.portrait.name != story.portrait.name


def test_a_portrait_waiting_for_approval_is_not_reachable_by_readers(editor, reviewer, login, client):
    story = make_story()
    as_editor = login(editor)
    change = reverse("admin:stories_story_change", args=[story.pk])
    response = as_editor.post(change, story_change_form(story, portrait=png(), portrait_alt="A drawing of a tree."))
    assert response.status_code == 302, response.content.decode()
    waiting = Story.objects.get(pk=story.pk).pending["portrait"]
    assert default_storage.exists(waiting)

    assert client.get(media(waiting)).status_code == 404
    preview = as_editor.get(media(waiting))
    assert preview.status_code == 200 and "no-store" in preview["Cache-Control"]
    read(preview)

    as_editor.post(reverse("admin:stories_story_transition", args=[story.pk, "submit"]), {"comment": "Ready"})
    login(reviewer).post(reverse("admin:stories_story_transition", args=[story.pk, "approve"]), APPROVAL)
    approved = client.get(media(Story.objects.get(pk=story.pk).portrait.name))
    assert approved.status_code == 200
    read(approved)


def test_files_no_live_story_uses_are_not_served(client):
    draft = make_story(status=Story.Status.DRAFT, portrait=png(), portrait_alt="A teal square.")
    assert client.get(media(draft.portrait.name)).status_code == 404
    stray = default_storage.save("stories/portraits/stray.jpg", ContentFile(b"\xff\xd8\xff not really"))
    assert client.get(media(stray)).status_code == 404
    assert client.get(media("../../netsite/settings.py")).status_code == 404
