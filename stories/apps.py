from django.apps import AppConfig

from content.sections import Section


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = "Patient stories and quotes"
    section = Section(title="Patient stories", url_name="stories:list", order=20)
    search_models = ["Story"]

    def ready(self):
        from django.conf import settings
        from PIL import Image

        # Pillow's own guard, at the site's budget: it refuses anything over twice this before decoding.
        Image.MAX_IMAGE_PIXELS = settings.MAX_IMAGE_PIXELS
