from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Site pages and settings"

    def ready(self):
        from caching import versions
        from pages import checks  # noqa: F401  (registers the launch checklist with `check --deploy`)
        from pages.models import SiteSettings

        # Every page's footer shows the site settings: read them in the query that reads the content version.
        versions.read_along("site-settings", SiteSettings, pk=1)
