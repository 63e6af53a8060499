"""`make bench`: each main page against the framework's floor, under gunicorn, measured with wrk.

A benchmark, not a test. It starts two gunicorn servers on the configured database (DEBUG off):
one with the page cache on (shared through Redis), one with it off; then, in interleaved rounds,
drives the floor (a plain Django view rendering a template the size of a treatment page, touching
neither database nor cache) and every main page through both, and prints requests per second, p50
and p99 latency, and each page's throughput as a ratio of the floor's.

The floor, cached and uncached pages are all measured under the same load (--connections at once,
16 by default), so each page's throughput compares with the floor's. Every request is a first visit:
wrk sends no cookies.
"""

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
CACHED_PORT, UNCACHED_PORT = 8201, 8202

# (name, path, cacheable)
PAGES = [
    ("home", "/", True),
    ("treatments overview", "/treatments/", True),
    ("a treatment", "/treatments/chemotherapy/", True),
    ("stories", "/stories/", True),
    ("FAQs", "/faqs/", True),
    ("clinics", "/clinics/", True),
    ("clinics, nearest a chosen city", "/clinics/?near=London%2C+GB", True),
    # A reader's own position is never cached (it would be stored), so this one always renders.
    ("clinics, nearest my location", "/clinics/?lat=51.5072&lng=-0.1276", False),
    ("support groups", "/support-groups/", True),
    ("search", "/search/?q=treatment", True),
]
SETTLE_DATABASE = """
from django.db import connection
connection.cursor().execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
"""


def environment(page_cache_seconds):
    env = dict(os.environ)
    env.pop("DEBUG", None)
    env.update(
        DJANGO_SETTINGS_MODULE="netsite.settings",
        SECRET_KEY=env.get("SECRET_KEY") or "benchmark-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SITE_URL=env.get("SITE_URL") or "http://127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        PAGE_CACHE_SECONDS=str(page_cache_seconds),
        # The page cache is shared through Redis in production; the benchmark does the same.
        REDIS_URL=env.get("REDIS_URL") or "redis://127.0.0.1:6379/13",
        CACHE_KEY_PREFIX="bench",
        BENCHMARK_FLOOR="1",
        LOG_LEVEL="WARNING",
    )
    return env


def manage(*args, env):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def start_server(port, env, workers):
    command = [PYTHON, "-m", "gunicorn", "netsite.wsgi", "-c", "gunicorn.conf.py",
               "--bind", f"127.0.0.1:{port}", "--workers", str(workers)]  # fmt: skip
    server = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit(f"gunicorn did not start on port {port}")


def stop(server):
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=30)


def wrk(url, seconds, connections, headers=()):
    output = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", *headers, url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", output, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rps, to_ms(latency["50"]), to_ms(latency["99"]), int(errors.group(1)) if errors else 0


def to_ms(value):
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def write_floor_template(html):
    """The floor renders a template as large as a real page, so only the framework's own cost remains."""
    path = ROOT / "var" / "bench" / "floor.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=3, help="length of each wrk run")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds over all pages")
    parser.add_argument("--connections", type=int, default=16, help="at once, for every page and the floor")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers per server")
    parser.add_argument("--scale", type=int, default=10, help="demo content scale (load_demo_content --scale)")
    parser.add_argument(
        "--returning-reader",
        action="store_true",
        help="send a CSRF cookie with every request, as a reader's browser does after their first page",
    )
    options = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("make bench needs wrk: apt-get install wrk")

    env = environment(600)
    print(f"database: {env.get('DATABASE_URL', 'SQLite (var/db.sqlite3)')}; demo content x{options.scale}", flush=True)
    manage("migrate", "--noinput", env=env)
    manage("load_demo_content", "--scale", str(options.scale), env=env)
    # Loading leaves thousands of dead rows behind: clean them up now, not in autovacuum during the first rounds.
    manage("shell", "-c", SETTLE_DATABASE, env=env)
    manage("collectstatic", "--noinput", env=env)

    servers = [start_server(CACHED_PORT, env, options.workers),
               start_server(UNCACHED_PORT, environment(0), options.workers)]  # fmt: skip
    try:
        base = f"http://127.0.0.1:{UNCACHED_PORT}"
        pages = []
        for name, path, cacheable in PAGES:
            try:
                urllib.request.urlopen(base + path, timeout=10)
                pages.append((name, path, cacheable))
            except OSError as error:
                print(f"skipped {name} ({path}): {error}")
        write_floor_template(urllib.request.urlopen(base + "/treatments/chemotherapy/").read().decode())

        load = options.connections
        targets = [("floor", f"http://127.0.0.1:{CACHED_PORT}/bench/floor/", load)]
        for name, path, cacheable in pages:
            if cacheable:
                targets.append((f"{name} (cached)", f"http://127.0.0.1:{CACHED_PORT}{path}", load))
            targets.append((f"{name} (uncached)", base + path, load))
        headers = ["-H", f"Cookie: csrftoken={'r' * 32}"] if options.returning_reader else []
        for _, url, connections in targets:  # warm up: fill caches, import code, open connections
            wrk(url, 1, connections, headers)

        results = {name: [] for name, _, _ in targets}
        for _ in range(options.rounds):
            for name, url, connections in targets:
                results[name].append((connections, *wrk(url, options.seconds, connections, headers)))
    finally:
        for server in servers:
            stop(server)

    floor_rps = statistics.median(r[1] for r in results["floor"])
    print("\n| page | connections | req/s | p50 ms | p99 ms | vs floor | non-2xx |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, runs in results.items():
        connections = runs[0][0]
        rps, p50, p99 = (statistics.median(r[i] for r in runs) for i in (1, 2, 3))
        ratio = f"{rps / floor_rps:.2f}"
        print(f"| {name} | {connections} | {rps:.0f} | {p50:.1f} | {p99:.1f} | {ratio} | {sum(r[4] for r in runs)} |")


if __name__ == "__main__":
    main()
