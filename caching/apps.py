from django.apps import AppConfig
from django.db import DatabaseError, transaction
from django.db.models.signals import post_migrate
from django.utils.autoreload import file_changed


class CachingConfig(AppConfig):
    """The page cache in Redis and its exact invalidation."""

    name = "caching"

    def ready(self):
        from caching import signals  # noqa: F401  (connects the page-cache invalidation)

        post_migrate.connect(_new_content_version, sender=self, dispatch_uid="caching.content-version")
        file_changed.connect(_forget_kept_pages, dispatch_uid="caching.template-changed")


def _forget_kept_pages(file_path, **kwargs):
    """In development, an edited template shows on the next request (runserver reloads templates, not copies)."""
    from caching import versions

    if file_path.suffix in {".html", ".txt"}:
        versions.forget()


def _new_content_version(using, **kwargs):
    """After every migrate (which may change content), a new content version holding the next publish time."""
    from caching import versions

    try:
        with transaction.atomic(using=using):
            versions.content_changed(using=using)
    except DatabaseError:  # a partial migrate: some table is not there (yet, or any more)
        pass
