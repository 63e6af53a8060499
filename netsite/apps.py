from django.apps import AppConfig


class NetsiteConfig(AppConfig):
    name = "netsite"
    verbose_name = "Site"

    def ready(self):
        from netsite import checks, signals  # noqa: F401  (registers the checks, connects the page-cache invalidation)
