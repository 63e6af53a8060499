"""Django's Redis cache, keeping one redis-py client per connection pool.

Django builds a new `redis.Redis` object for every cache call; building one costs more than the
round trip it then makes (it fills a table of some 170 response handlers). A client is safe to
share between threads (each command borrows a connection from the pool), so each pool keeps one.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class ReusedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ReusedClientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
