from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError
from PIL import Image

from stories.models import Story
from tests.factories import make_story

pytestmark = pytest.mark.django_db


def picture(size=(2400, 1600), fmt="PNG"):
    buffer = BytesIO()
    Image.new("RGBA" if fmt == "PNG" else "RGB", size, "teal").save(buffer, fmt)
    return SimpleUploadedFile(f"portrait.{fmt.lower()}", buffer.getvalue(), content_type=f"image/{fmt.lower()}")


def test_story_without_consent_date_cannot_be_published():
    story = make_story(status=Story.Status.DRAFT, consent_given_on=None)
    story.status = Story.Status.PUBLISHED
    with pytest.raises(ValidationError) as error:
        story.full_clean()
    assert "until you enter the date written consent was given" in str(error.value.message_dict["status"])


def test_database_refuses_a_published_story_without_consent_too():
    with pytest.raises(IntegrityError):
        make_story(consent_given_on=None)


def test_story_whose_consent_was_withdrawn_cannot_be_published_again():
    story = make_story(status=Story.Status.DRAFT, consent_withdrawn_on="2026-10-01")
    story.status = Story.Status.PUBLISHED
    with pytest.raises(ValidationError) as error:
        story.full_clean()
    assert "withdrawn their consent" in str(error.value.message_dict["status"])


def test_portrait_needs_a_description(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    story = make_story()
    story.portrait = picture()
    with pytest.raises(ValidationError) as error:
        story.full_clean()
    assert "portrait_alt" in error.value.message_dict


def test_uploaded_portrait_is_resized_to_a_large_and_a_small_jpeg(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    story = make_story(portrait=picture(), portrait_alt="A teal square.")
    story.refresh_from_db()
    assert story.portrait.name.endswith(".jpg")
    assert (story.portrait.width, story.portrait.height) == (800, 533)
    assert max(story.portrait_small.width, story.portrait_small.height) == 320
    with Image.open(story.portrait.path) as image:
        assert image.format == "JPEG"


def test_saving_again_does_not_resize_again(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    story = make_story(portrait=picture(), portrait_alt="A teal square.")
    name = story.portrait.name
    story.title = "Renamed"
    story.save()
    assert story.portrait.name == name
