from django.apps import AppConfig, apps
from django.db.models.signals import post_delete, post_migrate


class RatingsConfig(AppConfig):
    name = "ratings"
    verbose_name = "Ratings"

    def ready(self):
        from content.models import ContentPage
        from ratings import checks  # noqa: F401  (registers the settings check)
        from ratings.listings import sync_listing_pages
        from ratings.models import ListingPage, forget_votes_for_deleted_page
        from ratings.signals import drop_rated_page_from_cache, rating_changed

        post_migrate.connect(sync_listing_pages, sender=self)
        rating_changed.connect(drop_rated_page_from_cache, dispatch_uid="ratings.page-cache")
        # Only for rateable models, so every other model keeps Django's fast bulk delete.
        for model in apps.get_models():
            if issubclass(model, ContentPage | ListingPage):
                post_delete.connect(forget_votes_for_deleted_page, sender=model, dispatch_uid=f"ratings.{model}")
