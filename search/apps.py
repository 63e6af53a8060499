from django.apps import AppConfig
from django.db.models.signals import post_migrate


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Site search"

    def ready(self):
        from search.indexes import create_search_indexes

        post_migrate.connect(create_search_indexes, sender=self, dispatch_uid="search.indexes")
