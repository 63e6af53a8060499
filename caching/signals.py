"""Keep the page cache exact: anything that knows the pages it shows on (`cache_paths()`) drops them when it changes."""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver

from caching import schedule
from caching.page_cache import invalidate_paths, invalidate_site


def _shows_on_pages(instance):
    return callable(getattr(instance, "cache_paths", None))


@receiver(pre_save)
def remember_old_pages(sender, instance, **kwargs):
    """A changed slug or link moves what a page shows: the old pages must be dropped too."""
    if _shows_on_pages(instance) and instance.pk:
        old = sender._default_manager.filter(pk=instance.pk).first()
        instance._old_cache_paths = old.cache_paths() if old else set()


@receiver(post_save)
@receiver(post_delete)
def drop_cached_pages(sender, instance, **kwargs):
    if schedule.has_schedule(sender):
        schedule.schedule_changed()
    if getattr(instance, "shown_on_every_page", False):
        invalidate_site()
    elif _shows_on_pages(instance):
        invalidate_paths(instance.cache_paths() | getattr(instance, "_old_cache_paths", set()))


@receiver(m2m_changed)
def drop_pages_of_changed_links(sender, instance, action, **kwargs):
    """Before and after links change (e.g. a quote moved to another treatment), both sets of pages go."""
    if _shows_on_pages(instance) and action in {"pre_remove", "pre_clear", "post_add", "post_remove"}:
        invalidate_paths(instance.cache_paths())
