"""In-process cost of each main page without the page cache: milliseconds and queries per request.

A benchmark, not a test. Renders each page of bench/site.py through Django's test client on the configured
database (load it first: `manage.py load_demo_content --scale 10`), with the page cache off and DEBUG off,
and prints the fastest and the median of --requests requests after a warm-up, the queries one request
makes and its size; then the median of the same page with nothing kept in memory (caching.versions), as the
first request after an edit finds it. `--profile PAGE` prints a cProfile of that page (its name in bench/site.py).
"""

import argparse
import cProfile
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
os.environ["ALLOWED_HOSTS"] = "testserver"
os.environ["SECURE_SSL_REDIRECT"] = "0"
os.environ["PAGE_CACHE_SECONDS"] = "0"
os.environ.pop("DEBUG", None)

from bench.site import PAGES  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=40, help="timed requests per page")
    parser.add_argument("--profile", help="the name of a page to profile (as in bench/site.py)")
    parser.add_argument("--sort", default="cumulative", help="the profile's order (pstats: cumulative, tottime…)")
    options = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    from caching import versions

    client = Client()
    print(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
    print(
        "| page | fastest ms | median ms | queries | bytes | median ms, nothing kept |\n|---|---:|---:|---:|---:|---:|"
    )
    for name, path, _ in PAGES:
        response = client.get(path)  # warm-up: what the process keeps between requests is built
        queries = []

        def count(execute, sql, *args, queries=queries):
            queries.append(sql)
            return execute(sql, *args)

        with connection.execute_wrapper(count):
            client.get(path)
        times = timed(client, path, options.requests)
        cold = timed(client, path, options.requests, before=versions.forget)
        print(
            f"| {name} | {min(times):.1f} | {statistics.median(times):.1f} | {len(queries)} | {len(response.content)} "
            f"| {statistics.median(cold):.1f} |"
        )
        if name == options.profile:
            profile = cProfile.Profile()
            for _ in range(options.requests):
                profile.runcall(client.get, path)
            pstats.Stats(profile, stream=sys.stderr).sort_stats(options.sort).print_stats(40)


def timed(client, path, requests, before=lambda: None):
    times = []
    for _ in range(requests):
        before()
        began = time.perf_counter()
        client.get(path)
        times.append((time.perf_counter() - began) * 1000)
    return times


if __name__ == "__main__":
    main()
