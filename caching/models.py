from django.db import models


class ContentVersion(models.Model):
    """One number that every save of content shown on the site changes, in the same transaction as the save.

    Each process keeps what is costly to rebuild (the glossary, the site settings, the shared chrome) in its
    own memory next to the version it was built at, and reads this one row once per request: a copy is used
    only while the number is unchanged, so an edit shows on the next request on every server, with or
    without Redis.
    """

    value = models.BigIntegerField()
    # The earliest publish time still to come when the version was set (caching.versions).
    next_publish_at = models.DateTimeField(null=True)

    class Meta:
        verbose_name = "content version"

    def __str__(self):
        return f"Content version {self.value}"
