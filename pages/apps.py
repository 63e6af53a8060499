from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Site pages and settings"

    def ready(self):
        from pages import checks  # noqa: F401  (registers the launch checklist with `check --deploy`)
