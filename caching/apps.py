from django.apps import AppConfig
from django.db import DatabaseError, transaction
from django.db.models.signals import post_migrate


class CachingConfig(AppConfig):
    """The page cache in Redis and its exact invalidation."""

    name = "caching"

    def ready(self):
        from caching import signals  # noqa: F401  (connects the page-cache invalidation)

        post_migrate.connect(_new_content_version, sender=self, dispatch_uid="caching.content-version")


def _new_content_version(using, **kwargs):
    """After every migrate (which may change content), a new content version holding the next publish time."""
    from caching import versions

    try:
        with transaction.atomic(using=using):
            versions.content_changed(using=using)
    except DatabaseError:  # a partial migrate: some table is not there (yet, or any more)
        pass
