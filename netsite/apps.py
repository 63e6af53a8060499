from django.apps import AppConfig


class NetsiteConfig(AppConfig):
    name = "netsite"
    verbose_name = "Site"

    def ready(self):
        from netsite import signals  # noqa: F401  (connects the page-cache invalidation)
