"""Rate-limit counters kept in the database, shared by every worker process and server that uses it.

Used when there is no Redis, or Redis cannot be reached: a per-process cache would let each gunicorn
worker keep its own count, so a client could send the limit once per worker.
"""

import time

from django.db import connection, models


class WindowQuerySet(models.QuerySet):
    def hit(self, bucket, expires_at):
        """Count one request in `bucket` (created if new, with its expiry) and return the count, atomically.

        One INSERT … ON CONFLICT DO UPDATE … RETURNING statement, which PostgreSQL and SQLite both run
        as a single atomic step, so concurrent requests from several processes never lose a count.
        """
        table = connection.ops.quote_name(self.model._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (bucket, hits, expires_at) VALUES (%s, 1, %s) "
                f"ON CONFLICT (bucket) DO UPDATE SET hits = {table}.hits + 1 RETURNING hits",
                [bucket, expires_at],
            )
            (hits,) = cursor.fetchone()
        if hits == 1:  # a new window: a cheap moment to drop the windows that have ended
            self.filter(expires_at__lt=int(time.time())).delete()
        return hits


class Window(models.Model):
    """One client's count in one rate-limit window. `bucket` holds a keyed hash of the address, never the address."""

    bucket = models.CharField(max_length=200, unique=True)
    hits = models.PositiveIntegerField(default=0)
    expires_at = models.BigIntegerField(db_index=True, help_text="When the window ends, in seconds since 1970 (UTC).")

    objects = WindowQuerySet.as_manager()

    class Meta:
        verbose_name = "rate-limit window"

    def __str__(self):
        return f"{self.bucket}: {self.hits}"
