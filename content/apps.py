from django.apps import AppConfig


class ContentConfig(AppConfig):
    """The base every public piece of content shares: fields, publication rule, admin, views and sitemaps."""

    name = "content"
