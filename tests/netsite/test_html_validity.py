"""The Nu HTML checker (vnu.jar from the npm registry, run with Java) finds no errors on any page a crawl reaches.

The pages are rendered by Django's test client from the demo content, written to a folder and checked in one
run of the checker (one JVM start for all of them).
"""

import json
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse

VNU_JAR = Path(settings.BASE_DIR) / "node_modules/vnu-jar/build/dist/vnu.jar"
JAVA = shutil.which("java") or "/usr/bin/java"
# Pages no link reaches but readers do: an answered finder, a search, an unknown address.
ENTRY_POINTS = [
    "/",
    "/clinics/?near=Newport",
    "/clinics/?near=Glasgw&europe=on",
    "/search/?q=surgery",
    "/no-such-page/",
]
NOT_CRAWLED = ("/static/", "/media/", "/leaving/", "/" + settings.ADMIN_URL, "/sitemap.xml", "/robots.txt")
MAX_PAGES = 200


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.found.append(href)


def site_links(html, base):
    parser = Links()
    parser.feed(html)
    for href in parser.found:
        url = urldefrag(href)[0]
        if not url or url.startswith(("mailto:", "tel:")) or urlsplit(url).netloc:
            continue
        if url.startswith("?"):
            url = urlsplit(base).path + url
        if url.startswith("/") and not url.startswith(NOT_CRAWLED):
            yield url


def crawl(client):
    """{url: html} for every page reachable from the entry points (up to MAX_PAGES)."""
    pages, queue = {}, list(ENTRY_POINTS)
    while queue and len(pages) < MAX_PAGES:
        url = queue.pop(0)
        if url in pages:
            continue
        response = client.get(url)
        if "text/html" not in response.get("Content-Type", ""):
            continue
        pages[url] = response.content.decode()
        queue += [link for link in site_links(pages[url], url) if link not in pages]
    return pages


def java_available():
    if os.path.exists(JAVA) and VNU_JAR.exists():
        return True
    reason = f"The Nu HTML checker needs Java ({JAVA}) and {VNU_JAR} (make setup installs it from npm)."
    if os.environ.get("CI") or os.environ.get("BROWSER_TESTS_REQUIRED"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.mark.django_db
def test_the_nu_html_checker_finds_no_errors_on_any_page_the_crawl_reaches(client, tmp_path):
    java_available()
    call_command("load_demo_content", verbosity=0)
    pages = crawl(client)
    assert len(pages) > 40 and reverse("faqs:list") in pages and "/clinics/?near=Newport" in pages
    files = {}
    for n, (url, html) in enumerate(sorted(pages.items())):
        path = tmp_path / f"page-{n:03d}.html"
        path.write_text(html, encoding="utf-8")
        files[path.name] = url
    result = subprocess.run(
        [JAVA, "-Xss4m", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, tmp_path.glob("*.html"))],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode in (0, 1), result.stderr  # 1: errors found, reported below
    messages = json.loads(result.stderr)["messages"]
    errors = [
        f"{files.get(message.get('url', '').rsplit('/', 1)[-1])} line {message.get('lastLine')}: {message['message']}"
        for message in messages
        if message.get("type") == "error"
    ]
    assert not errors, "\n".join(errors)
