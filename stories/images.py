"""Portrait sizes: every uploaded portrait is stored as a JPEG of at most these sizes."""

from io import BytesIO

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


def portrait_sizes(uploaded):
    """The uploaded image, turned upright, without transparency or metadata, as (large, small) JPEG files."""
    uploaded.seek(0)
    with Image.open(uploaded) as image:
        image = ImageOps.exif_transpose(image).convert("RGB")
        return jpeg(image, LARGE), jpeg(image, SMALL)
