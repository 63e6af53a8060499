from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate


class RatingsConfig(AppConfig):
    name = "ratings"
    verbose_name = "Ratings"

    def ready(self):
        from ratings import checks  # noqa: F401  (registers the settings check)
        from ratings.listings import sync_listing_pages
        from ratings.models import forget_votes_for_deleted_page

        post_migrate.connect(sync_listing_pages, sender=self)
        post_delete.connect(forget_votes_for_deleted_page, dispatch_uid="ratings.forget_votes_for_deleted_page")
