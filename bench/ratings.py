"""Benchmark for POST /ratings/ (not a test): `make bench-ratings`.

Starts the site under gunicorn on the configured DATABASE_URL (DEBUG off, rate limit off), then 50
client threads each send 40 votes (2,000 in all) over keep-alive connections. Each client is one
visitor with its own cookie, voting on every rateable page in random order and often changing an
earlier vote, so both first votes and changed votes are measured. Prints votes per second, p50 and
p99 latency, and whether the final counts and sums match what the clients sent.

Environment: DATABASE_URL (required in practice: use PostgreSQL), BENCH_PORT (default 8150),
BENCH_WORKERS (default 2), BENCH_THREADS (default 8). The database's existing votes are deleted.
"""

import http.client
import os
import random
import re
import secrets
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
CLIENTS = 50
VOTES_PER_CLIENT = 40
PORT = int(os.environ.get("BENCH_PORT", "8150"))
ENV = {
    **os.environ,
    "DEBUG": "0",
    "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
    "SITE_URL": os.environ.get("SITE_URL") or f"http://127.0.0.1:{PORT}",
    "RATINGS_RATE_LIMIT": "0",
    # Plain HTTP on this machine: no redirect to HTTPS.
    "SECURE_SSL_REDIRECT": "0",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "DJANGO_SETTINGS_MODULE": "netsite.settings",
    "LOG_LEVEL": "WARNING",
}


def manage(*args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=ENV, check=True, stdout=subprocess.DEVNULL)


def start_server():
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(
        [
            str(gunicorn),
            "netsite.wsgi",
            f"--bind=127.0.0.1:{PORT}",
            "--worker-class=gthread",
            f"--workers={os.environ.get('BENCH_WORKERS', '2')}",
            f"--threads={os.environ.get('BENCH_THREADS', '8')}",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=ENV,
    )
    for _ in range(100):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=2)
            connection.request("GET", "/")
            if connection.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit(f"gunicorn did not answer on port {PORT}")


def rateable_pages():
    """Every page with a widget: its address and the signed target token in its form."""
    connection = http.client.HTTPConnection("127.0.0.1", PORT)
    connection.request("GET", "/treatments/")
    overview = connection.getresponse().read().decode()
    paths = ["/treatments/", *sorted(set(re.findall(r'href="(/treatments/[\w-]+/)"', overview)))]
    pages = {}
    for path in paths:
        connection.request("GET", path)
        html = connection.getresponse().read().decode()
        pages[path] = re.search(r'name="target" value="([^"]+)"', html).group(1)
    return pages


class Client(threading.Thread):
    def __init__(self, number, pages, start_together):
        super().__init__()
        self.random = random.Random(number)
        self.pages, self.start_together = pages, start_together
        self.latencies, self.errors, self.last_score = [], [], {}

    def run(self):
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
        connection.request("GET", "/treatments/")
        response = connection.getresponse()
        html = response.read().decode()
        cookies = {c.split("=", 1)[0]: c.split(";")[0] for c in response.headers.get_all("Set-Cookie", [])}
        csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        self.start_together.wait()
        for _ in range(VOTES_PER_CLIENT):
            path = self.random.choice(list(self.pages))
            score = self.random.randint(1, 5)
            body = urlencode({"csrfmiddlewaretoken": csrf, "target": self.pages[path], "score": score})
            headers = {
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/json",
                "Cookie": "; ".join(cookies.values()),
                "Referer": f"http://127.0.0.1:{PORT}{path}",
                "Origin": f"http://127.0.0.1:{PORT}",
            }
            began = time.perf_counter()
            connection.request("POST", "/ratings/", body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            self.latencies.append(time.perf_counter() - began)
            if response.status != 200:
                self.errors.append(response.status)
                continue
            self.last_score[path] = score
            for cookie in response.headers.get_all("Set-Cookie", []):
                cookies[cookie.split("=", 1)[0]] = cookie.split(";")[0]
        connection.close()


def stored_figures(pages):
    """Count and sum of the rating totals and of the votes, read straight from the database."""
    sys.path.insert(0, str(ROOT))
    os.environ.update(ENV)
    import django

    django.setup()
    from django.db.models import Count, Sum

    from ratings.models import RatingTotal, Vote

    totals = RatingTotal.objects.aggregate(count=Sum("count"), score_sum=Sum("score_sum"))
    votes = Vote.objects.aggregate(count=Count("id"), score_sum=Sum("score"))
    return (totals["count"] or 0, totals["score_sum"] or 0), (votes["count"], votes["score_sum"] or 0)


def clear_votes():
    code = (
        "from ratings.models import RatingTotal, Vote; Vote.objects.all().delete(); RatingTotal.objects.all().delete()"
    )
    manage("shell", "-c", code)


def main():
    print(f"Database: {ENV.get('DATABASE_URL', 'sqlite (var/db.sqlite3)')}")
    manage("migrate", "--noinput")
    manage("load_demo_content")
    manage("collectstatic", "--noinput")
    clear_votes()
    server = start_server()
    try:
        pages = rateable_pages()
        start_together = threading.Barrier(CLIENTS + 1)
        clients = [Client(n, pages, start_together) for n in range(CLIENTS)]
        for client in clients:
            client.start()
        start_together.wait()
        began = time.perf_counter()
        for client in clients:
            client.join()
        elapsed = time.perf_counter() - began
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)

    latencies = sorted(latency for client in clients for latency in client.latencies)
    errors = [status for client in clients for status in client.errors]
    expected = (
        sum(len(client.last_score) for client in clients),
        sum(sum(client.last_score.values()) for client in clients),
    )
    totals, votes = stored_figures(pages)
    percentiles = statistics.quantiles(latencies, n=100)
    print(f"Pages rated: {len(pages)}; clients: {CLIENTS}; votes sent: {len(latencies)}; errors: {len(errors)}")
    print(f"Throughput: {len(latencies) / elapsed:.0f} votes/s over {elapsed:.1f} s")
    print(f"Latency: p50 {percentiles[49] * 1000:.1f} ms, p99 {percentiles[98] * 1000:.1f} ms")
    print(f"Expected (distinct visitor-page pairs, sum of last scores): count {expected[0]}, sum {expected[1]}")
    print(f"Stored totals: count {totals[0]}, sum {totals[1]}; stored votes: count {votes[0]}, sum {votes[1]}")
    exact = totals == votes == expected and not errors
    print("Final count and sum match exactly: " + ("yes" if exact else "NO"))
    return 0 if exact else 1


if __name__ == "__main__":
    sys.exit(main())
