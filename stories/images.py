"""Portrait sizes: every uploaded portrait is stored as a JPEG of at most these sizes."""

import warnings
from io import BytesIO

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from PIL import Image, ImageOps

LARGE = (800, 800)
SMALL = (320, 320)


def jpeg(image, size):
    copy = image.copy()
    copy.thumbnail(size, Image.Resampling.LANCZOS)
    buffer = BytesIO()
    copy.save(buffer, "JPEG", quality=85, optimize=True)
    return ContentFile(buffer.getvalue())


def check_pixels(file):
    """Refuse a picture over MAX_IMAGE_PIXELS from the size in its header, without decoding it."""
    too_many = (
        f"This picture has more pixels than we can take ({settings.MAX_IMAGE_PIXELS / 1_000_000:g} megapixels). "
        "Please choose a smaller picture."
    )
    file.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow warns between the budget and twice it; the check below answers for it.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(file) as image:  # reads the header only; the pixels are decoded on first use
                width, height = image.size
    except Image.DecompressionBombError:
        raise ValidationError(too_many) from None
    except OSError:
        raise ValidationError("This file could not be read as a picture. Please choose a JPEG, PNG or WebP.") from None
    finally:
        file.seek(0)
    if width * height > settings.MAX_IMAGE_PIXELS:
        raise ValidationError(too_many)


class PortraitFormField(forms.ImageField):
    """Django's image field, with the pixel budget checked first, so a huge picture gets a plain reason."""

    def to_python(self, data):
        if data is not None and hasattr(data, "seek"):
            check_pixels(data)
        return super().to_python(data)


def portrait_sizes(uploaded):
    """The uploaded image, turned upright, without transparency or metadata, as (large, small) JPEG files."""
    check_pixels(uploaded)
    with Image.open(uploaded) as image:
        image = ImageOps.exif_transpose(image).convert("RGB")
        return jpeg(image, LARGE), jpeg(image, SMALL)
