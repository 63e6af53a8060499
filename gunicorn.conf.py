"""Gunicorn settings for production: `gunicorn netsite.wsgi` picks this file up from the working directory.

Every value can be overridden from the environment (GUNICORN_CMD_ARGS, or the variables below).
"""

import gc
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")
# Pages are mostly cached or render in a few milliseconds; two workers a core keeps the CPU busy
# while one waits on the database.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
# No request should take long; a stuck worker is restarted rather than left holding a connection.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Each worker listens on its own socket and the kernel spreads new connections over them. With one shared
# socket, a burst of new keep-alive connections (a load balancer opening its pool) could all be taken by
# whichever worker woke first, leaving one process (one core, under Python's lock) serving all of them.
reuse_port = True
# Recycle workers now and then so a slow leak can never grow without bound; the app is loaded once
# in the master, so a new worker is a fork that answers at once instead of importing Django again.
# Not often, though: a new worker starts without the pages each process keeps per content version
# (caching.versions), so its first read of each page renders it in full (at 5,000, under load a
# worker was replaced every few seconds, and those renders were the slowest requests).
max_requests = 50000
max_requests_jitter = 5000
preload_app = True
# The app logs one structured line per request itself (netsite.middleware), without query strings
# or client addresses, so gunicorn's own access log stays off.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# Addresses of the proxies allowed to set X-Forwarded-* headers.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def when_ready(server):
    """Before forking workers: move everything the app loaded out of the garbage collector's view.

    A full collection then scans only what a request creates, not all of Django, which keeps rare
    30 ms pauses out of the slowest requests (and copy-on-write memory shared between workers).
    """
    gc.collect()
    gc.freeze()
