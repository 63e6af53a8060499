"""Pictures over the pixel budget are refused from their header: a decompression bomb is never decoded."""

import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import ImageFile

from stories.models import Story
from tests.factories import make_story, story_change_form
from tests.stories.test_models import picture

pytestmark = pytest.mark.django_db


def bomb_png(width=12000, height=12000):
    """A real PNG of width × height black pixels that compresses to about 140 KB (and decodes to 144 MB)."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    compressor = zlib.compressobj(9)
    row = b"\x00" * (width + 1)  # filter byte, then one byte per pixel
    idat = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    return SimpleUploadedFile("bomb.png", data, content_type="image/png")


@pytest.fixture
def decoded(monkeypatch):
    """The sizes of every image Pillow decodes during the test."""
    sizes = []
    real_load = ImageFile.ImageFile.load

    def load(image):
        sizes.append(image.size)
        return real_load(image)

    monkeypatch.setattr(ImageFile.ImageFile, "load", load)
    return sizes


def test_the_bomb_is_a_real_png_far_over_the_budget(settings):
    bomb = bomb_png()
    assert bomb.size < 200 * 1024
    assert 3 * settings.MAX_IMAGE_PIXELS < 12000 * 12000


def test_a_decompression_bomb_is_refused_without_being_decoded(decoded):
    story = make_story(status=Story.Status.DRAFT)
    story.portrait, story.portrait_alt = bomb_png(), "Black."
    with pytest.raises(ValidationError) as error:
        story.full_clean()
    assert "more pixels than we can take (40 megapixels)" in " ".join(error.value.message_dict["portrait"])
    assert decoded == []


def test_the_admin_refuses_a_decompression_bomb_and_saves_nothing(superuser_client, decoded):
    story = make_story()
    url = reverse("admin:stories_story_change", args=[story.pk])
    response = superuser_client.post(url, story_change_form(story, portrait=bomb_png(), portrait_alt="Black."))
    assert response.status_code == 200  # the form again, with the reason
    assert "more pixels than we can take (40 megapixels)" in response.content.decode()
    assert (12000, 12000) not in decoded
    story.refresh_from_db()
    assert not story.portrait and not story.pending


def test_a_picture_just_over_a_configured_budget_is_refused_with_a_plain_reason(superuser_client, settings, decoded):
    settings.MAX_IMAGE_PIXELS = 1_000_000
    story = make_story()
    url = reverse("admin:stories_story_change", args=[story.pk])
    response = superuser_client.post(url, story_change_form(story, portrait=picture((1200, 900)), portrait_alt="Teal."))
    assert "more pixels than we can take (1 megapixels)" in response.content.decode()
    assert (1200, 900) not in decoded


def test_a_picture_within_the_budget_is_still_accepted(settings):
    settings.MAX_IMAGE_PIXELS = 4_000_000
    story = make_story(portrait=picture((2400, 1600)), portrait_alt="Teal.")
    assert story.portrait.width == 800
