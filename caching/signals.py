"""Keep the page cache exact: anything that knows the pages it shows on (`cache_paths()`) drops them when it changes."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver

from caching import schedule, versions
from caching.page_cache import invalidate_paths, invalidate_site

_whole_site_at_the_end = ContextVar("whole_site_at_the_end", default=False)


@contextmanager
def invalidate_site_once():
    """For a bulk change (loading demo content): skip the per-page work of each save, drop every page once at the end.

    The next publish time is worked out once at the end too, instead of after each of hundreds of saves.
    """
    token = _whole_site_at_the_end.set(True)
    try:
        yield
    finally:
        _whole_site_at_the_end.reset(token)
        invalidate_site()
        versions.content_changed()
        schedule.schedule_changed()


def _shows_on_pages(instance):
    return callable(getattr(instance, "cache_paths", None)) and not _whole_site_at_the_end.get()


@receiver(pre_save)
def remember_old_pages(sender, instance, **kwargs):
    """A changed slug or link moves what a page shows: the old pages must be dropped too."""
    if _shows_on_pages(instance) and instance.pk:
        old = sender._default_manager.filter(pk=instance.pk).first()
        instance._old_cache_paths = old.cache_paths() if old else set()


@receiver(post_save)
@receiver(post_delete)
def drop_cached_pages(sender, instance, **kwargs):
    if schedule.has_schedule(sender) and not _whole_site_at_the_end.get():
        schedule.schedule_changed()
    if getattr(instance, "shown_on_every_page", False) and not _whole_site_at_the_end.get():
        versions.content_changed()
        invalidate_site()
    elif _shows_on_pages(instance):
        versions.content_changed()
        invalidate_paths(instance.cache_paths() | getattr(instance, "_old_cache_paths", set()))


@receiver(m2m_changed)
def drop_pages_of_changed_links(sender, instance, action, **kwargs):
    """Before and after links change (e.g. a quote moved to another treatment), both sets of pages go."""
    if _shows_on_pages(instance) and action in {"pre_remove", "pre_clear", "post_add", "post_remove"}:
        versions.content_changed()
        invalidate_paths(instance.cache_paths())
