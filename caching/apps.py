from django.apps import AppConfig


class CachingConfig(AppConfig):
    """The page cache in Redis and its exact invalidation."""

    name = "caching"

    def ready(self):
        from caching import signals  # noqa: F401  (connects the page-cache invalidation)
