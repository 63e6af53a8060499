"""`rating_changed`: sent once a vote (or a recount) has changed an object's figures and been committed.

    from ratings.signals import rating_changed

    @receiver(rating_changed)
    def forget_cached_page(sender, instance, count, average, **kwargs):
        ...  # e.g. delete the cached copy of instance.get_absolute_url()

`sender` is the rated model, `instance` the rated object (a ContentPage or a ListingPage).
Page caching should listen to this rather than to Vote saves, which happen inside the transaction.
"""

from django.dispatch import Signal

rating_changed = Signal()
