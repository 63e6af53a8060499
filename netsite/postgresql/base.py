"""Django's PostgreSQL backend, with a health check that costs no round trip while the connection is healthy.

Django checks a kept connection before each request's first query (CONN_HEALTH_CHECKS) by running
`SELECT 1`: on a cheap page that round trip is a fifth of the request. An idle connection in good health
has nothing waiting to be read, while a server that has closed it (a restart, a failover, a terminated
backend, an idle timeout) leaves its goodbye or the end of the stream on the socket. So a socket with
nothing to read is taken as healthy; one with something to read gets Django's own check.
"""

import select

from django.db.backends.postgresql import base


class DatabaseWrapper(base.DatabaseWrapper):
    def is_usable(self):
        if self.connection is None or self.connection.closed:
            return False
        try:
            readable, _, _ = select.select([self.connection.fileno()], [], [], 0)
        except (OSError, ValueError):
            return False
        return not readable or super().is_usable()
