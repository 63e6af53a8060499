from django.apps import AppConfig


class NetsiteConfig(AppConfig):
    """The project's wiring: settings, URLs, middleware, the home page and health checks."""

    name = "netsite"
    verbose_name = "Site"

    def ready(self):
        from netsite import checks  # noqa: F401  (registers the system checks)
