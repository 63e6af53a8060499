"""`rating_changed`: sent once a vote (or a recount) has changed an object's figures and been committed.

    from ratings.signals import rating_changed

    @receiver(rating_changed)
    def forget_cached_page(sender, instance, count, average, **kwargs):
        ...  # e.g. delete the cached copy of instance.get_absolute_url()

`sender` is the rated model, `instance` the rated object (a ContentPage or a ListingPage).
Page caching should listen to this rather than to Vote saves, which happen inside the transaction.
"""

from urllib.parse import urlsplit

from django.dispatch import Signal

rating_changed = Signal()


def drop_rated_page_from_cache(sender, instance, **kwargs):
    """A vote changes the figures on the rated page: its cached copies go, so the next reader sees them."""
    from caching.page_cache import invalidate_paths

    invalidate_paths({urlsplit(instance.get_absolute_url()).path})
