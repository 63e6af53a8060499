from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from netsite.models import ContentPage
from netsite.page_cache import invalidate_paths


@receiver(pre_save)
def remember_old_pages(sender, instance, **kwargs):
    """A changed slug moves the page: the old address must be dropped from the cache too."""
    if isinstance(instance, ContentPage) and instance.pk:
        old = sender.objects.filter(pk=instance.pk).first()
        instance._old_cache_paths = old.cache_paths() if old else set()


@receiver(post_save)
@receiver(post_delete)
def drop_cached_pages(sender, instance, **kwargs):
    if isinstance(instance, ContentPage):
        invalidate_paths(instance.cache_paths() | getattr(instance, "_old_cache_paths", set()))
