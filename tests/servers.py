"""Real app servers for tests that need more than the test client: gunicorn processes on this machine."""

import http.cookiejar
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url(settings_dict):
    """The URL of the database the test run is using, so servers share the test's own data."""
    user = settings_dict.get("USER") or "postgres"
    host = settings_dict.get("HOST") or "127.0.0.1"
    port = settings_dict.get("PORT") or 5432
    return f"postgres://{user}@{host}:{port}/{settings_dict['NAME']}"


class AppServer:
    def __init__(self, env, workers=2):
        """`workers=None` keeps gunicorn.conf.py's own worker count, as production runs it."""
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        worker_args = ["--workers", str(workers)] if workers else []
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 (kept open while the server runs; closed by stop())
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "netsite.wsgi", "-c", "gunicorn.conf.py",
             "--bind", f"127.0.0.1:{self.port}", *worker_args],
            cwd=ROOT,
            env={**os.environ, **env},
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            # A file, not a pipe: a server that logs more than a pipe holds would block on its next write.
            stderr=self.log,
        )  # fmt: skip
        self._wait_until_healthy()

    def _wait_until_healthy(self):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.log.seek(0)
                raise RuntimeError(f"gunicorn exited: {self.log.read().decode()[-2000:]}")
            try:
                urllib.request.urlopen(self.url + "/healthz", timeout=1)
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("gunicorn did not become healthy within 30 seconds")

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=30)
        self.log.close()


class Browser:
    """A cookie-keeping HTTP client, enough to log in and post forms with their CSRF token."""

    def __init__(self):
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def get(self, url, headers=None):
        with self.opener.open(urllib.request.Request(url, headers=headers or {}), timeout=20) as response:
            return response.status, response.read().decode(), dict(response.headers)

    def post(self, url, data, headers=None):
        request = urllib.request.Request(
            url, data=urllib.parse.urlencode(data, doseq=True).encode(), headers=headers or {}
        )
        try:
            with self.opener.open(request, timeout=20) as response:
                return response.status, response.read().decode(), dict(response.headers)
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), dict(error.headers)

    def csrf_token(self, html):
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)

    def log_in(self, server, username, password):
        _, html, _ = self.get(server.url + "/admin/login/")
        self.post(
            server.url + "/admin/login/?next=/admin/",
            {"csrfmiddlewaretoken": self.csrf_token(html), "username": username, "password": password},
        )


class RedisServer:
    """A redis-server of the test's own on a free port, which the test may kill, restart, freeze and resume."""

    def __init__(self, binary):
        self.binary = binary
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}"
        self.process = None
        self.start()

    def start(self):
        self.process = subprocess.Popen(
            [self.binary, "--bind", "127.0.0.1", "--port", str(self.port), "--save", "", "--appendonly", "no",
             "--daemonize", "no", "--loglevel", "warning"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def kill(self):
        """As `kill -9`: gone at once, with everything it held."""
        self.process.kill()
        self.process.wait(timeout=10)

    def freeze(self):
        """As `kill -STOP`: connections are accepted by the kernel but nothing is ever answered."""
        self.process.send_signal(signal.SIGSTOP)

    def resume(self):
        self.process.send_signal(signal.SIGCONT)

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)
            self.process.kill()
            self.process.wait(timeout=10)
