"""In-process cost of each main page without the page cache: milliseconds and queries per request.

A benchmark, not a test. Serves each page of bench/site.py through Django's WSGI handler on the configured
database (load it first: `manage.py load_demo_content --scale 10`), as gunicorn would: DEBUG off, the page
cache off, every request a first visit (no cookies, so each gets a new CSRF cookie, as wrk's requests do),
and the kept database connection checked before each request. Prints the floor (bench/site.py's plain view,
written from the treatment page first), then for each page the fastest and the median of --requests
requests after a warm-up, the queries one request makes and its size, and the median of the same page with
nothing kept in memory (caching.versions), as the first request after an edit finds it.
`--profile PAGE` prints a cProfile of that page (its name in bench/site.py).
"""

import argparse
import cProfile
import io
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "netsite.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz")
os.environ.setdefault("SITE_URL", "http://127.0.0.1")
os.environ.setdefault("LOG_LEVEL", "WARNING")
os.environ["ALLOWED_HOSTS"] = "127.0.0.1"
os.environ["BENCHMARK_FLOOR"] = "1"
os.environ["SECURE_SSL_REDIRECT"] = "0"
os.environ["PAGE_CACHE_SECONDS"] = "0"
os.environ.pop("DEBUG", None)

from bench.site import PAGES, write_floor_template  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=40, help="timed requests per page")
    parser.add_argument("--profile", help="the name of a page to profile (as in bench/site.py)")
    parser.add_argument("--sort", default="cumulative", help="the profile's order (pstats: cumulative, tottime…)")
    options = parser.parse_args()

    import django

    django.setup()
    from django.core.handlers.wsgi import WSGIHandler
    from django.db import connection

    from caching import versions

    get = first_visit(WSGIHandler())
    write_floor_template(get("/treatments/chemotherapy/").decode())
    print(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
    print(
        "| page | fastest ms | median ms | queries | bytes | median ms, nothing kept |\n|---|---:|---:|---:|---:|---:|"
    )
    for name, path, _ in [("floor", "/bench/floor/", False), *PAGES]:
        content = get(path)  # warm-up: what the process keeps between requests is built
        queries = []

        def count(execute, sql, *args, queries=queries):
            queries.append(sql)
            return execute(sql, *args)

        with connection.execute_wrapper(count):
            get(path)
        times = timed(get, path, options.requests)
        cold = timed(get, path, options.requests, before=versions.forget)
        print(
            f"| {name} | {min(times):.2f} | {statistics.median(times):.2f} | {len(queries)} | {len(content)} "
            f"| {statistics.median(cold):.1f} |"
        )
        if name == options.profile:
            profile = cProfile.Profile()
            for _ in range(options.requests):
                profile.runcall(get, path)
            pstats.Stats(profile, stream=sys.stderr).sort_stats(options.sort).print_stats(40)


def first_visit(application):
    """A GET of a path through the WSGI application, as a reader's first request (no cookies): the body."""

    def get(path):
        path, _, query = path.partition("?")
        environ = {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": path,
            "QUERY_STRING": query,
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "8000",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "HTTP_HOST": "127.0.0.1",
            "REMOTE_ADDR": "127.0.0.1",
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(),
        }
        response = application(environ, lambda status, headers: None)
        try:
            return b"".join(response)
        finally:
            response.close()

    return get


def timed(get, path, requests, before=lambda: None):
    times = []
    for _ in range(requests):
        before()
        began = time.perf_counter()
        get(path)
        times.append((time.perf_counter() - began) * 1000)
    return times


if __name__ == "__main__":
    main()
