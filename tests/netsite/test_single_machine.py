"""One machine, the README's production commands: gunicorn with its configured workers, SQLite, no Redis.

The rate limit must hold across every worker process, and story portraits must be served without a
second web server. The servers use the test settings only so that no collectstatic run is needed
(static files from the app folders); everything else is production's: DEBUG off, no Redis.
"""

import http.client
import os
import re
import subprocess
import sys
from urllib.parse import urlencode

import pytest

from tests.servers import ROOT, AppServer

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("single-machine")
    env = {
        "DJANGO_SETTINGS_MODULE": "netsite.test_settings",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
        "REDIS_URL": "",
        "DEBUG": "",
        "SECRET_KEY": "single-machine-test-key-" + "x" * 40,
        "SITE_URL": "https://nets.example.org",
        "SECURE_SSL_REDIRECT": "0",
        "RATINGS_RATE_LIMIT": "20/600",
        "LOG_LEVEL": "WARNING",
    }
    for command in (["migrate", "--noinput"], ["load_demo_content"]):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env={**os.environ, **env},
            check=True,
            capture_output=True,
        )
    app = AppServer(env, workers=None)  # gunicorn.conf.py's own worker count
    yield app
    app.stop()


def request(server, method, path, body=None, headers=None):
    """One request on a new connection, so consecutive requests are spread over the worker processes."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    connection.request(method, path, body=body, headers={"User-Agent": BROWSER, **(headers or {})})
    response = connection.getresponse()
    content = response.read()
    connection.close()
    return response, content


def test_the_21st_vote_from_one_client_is_refused_whichever_worker_answers(server):
    page = "/treatments/"
    response, html = request(server, "GET", page)
    html = html.decode()
    cookie = "; ".join(c.split(";")[0] for c in response.headers.get_all("Set-Cookie", []))
    fields = {
        "csrfmiddlewaretoken": re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1),
        "target": re.search(r'name="target" value="([^"]+)"', html).group(1),
        "score": "4",
    }
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/json",
        "Cookie": cookie,
        "Origin": server.url,
        "Referer": server.url + page,
    }
    statuses = [request(server, "POST", "/ratings/", urlencode(fields), headers)[0].status for _ in range(21)]
    assert statuses == [200] * 20 + [429]


def test_story_portraits_are_served_by_gunicorn_with_long_lived_cache_headers(server):
    _, html = request(server, "GET", "/stories/")
    portraits = re.findall(r'<img class="story-portrait" src="([^"]+)"', html.decode())
    assert portraits
    for src in portraits:
        response, content = request(server, "GET", src)
        assert response.status == 200
        assert response.headers["Content-Type"] == "image/jpeg"
        assert "max-age=31536000" in response.headers["Cache-Control"]
        assert content[:3] == b"\xff\xd8\xff"
