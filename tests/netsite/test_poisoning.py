"""Nothing a client sends changes what other readers get: absolute addresses and the page-cache key."""

import re

import pytest
from django.core.cache import cache
from django.urls import reverse

from caching.page_cache import PAGE_KEY_PREFIX
from tests.factories import make_clinic, make_story, make_support_group, make_treatment

pytestmark = pytest.mark.django_db

SITE_URL = "https://nets.example.org"
HOSTILE_HEADERS = [
    {"HTTP_HOST": "127.0.0.1:6666"},
    {"HTTP_HOST": "localhost:1"},
    {"HTTP_X_FORWARDED_PROTO": "https", "HTTP_X_FORWARDED_HOST": "evil.example.com"},
    {"HTTP_X_FORWARDED_HOST": "evil.example.com:8443", "HTTP_X_FORWARDED_PORT": "8443"},
    {"HTTP_HOST": "[::1]:4444", "HTTP_X_FORWARDED_PROTO": "http"},
]


@pytest.fixture
def site_url(settings):
    settings.SITE_URL = SITE_URL
    settings.ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost", "[::1]", "evil.example.com"]
    settings.USE_X_FORWARDED_HOST = True  # the worst case: a proxy set-up that trusts forwarded headers
    settings.USE_X_FORWARDED_PORT = True
    assert settings.PAGE_CACHE_SECONDS, "these tests mean to poison the page cache, so it must be on"


def _absolute_addresses(text):
    return set(re.findall(r"(?:https?:)?//[^\s\"'<>/]+", text))


def test_foreign_host_port_and_forwarded_headers_never_reach_other_readers(client, site_url):
    treatment, story = make_treatment(), make_story()
    pages = [
        treatment.get_absolute_url(),
        story.get_absolute_url(),
        make_clinic().get_absolute_url(),
        make_support_group().get_absolute_url(),
        reverse("home"),
        reverse("treatments:list"),
        reverse("sitemap"),
        "/robots.txt",
    ]
    for headers in HOSTILE_HEADERS:
        for page in pages:
            assert client.get(page, **headers).status_code == 200

    for page in pages:
        response = client.get(page)
        assert response["X-Page-Cache"] == "hit", page  # what every other reader now gets
        text = response.content.decode()
        assert not any(bad in text for bad in ("6666", "localhost:1", "evil.example.com", "4444")), page
        if page == reverse("sitemap"):
            locs = re.findall(r"<loc>(.*?)</loc>", text)
            assert locs and all(loc.startswith(SITE_URL + "/") for loc in locs)
        elif page == "/robots.txt":
            assert f"Sitemap: {SITE_URL}/sitemap.xml" in text
        else:
            assert f'<link rel="canonical" href="{SITE_URL}{page}">' in text
            assert f'<meta property="og:url" content="{SITE_URL}{page}">' in text
    treatment_page = client.get(treatment.get_absolute_url()).content.decode()
    assert f'"url": "{SITE_URL}{treatment.get_absolute_url()}"' in treatment_page


def test_unknown_query_parameters_share_one_cached_page(client):
    pages = [reverse("home"), reverse("treatments:list"), make_treatment().get_absolute_url(), reverse("clinics:list")]
    for page in pages:
        client.get(page)
    before = set(cache._cache)  # the local-memory cache's own keys, as the test settings configure it

    for number in range(2000):
        page = pages[number % len(pages)]
        response = client.get(page, {f"utm_source_{number}": f"leaflet-{number}", "fbclid": str(number)})
        assert response.status_code == 200
        assert response["X-Page-Cache"] == "hit"

    new_pages = [key for key in set(cache._cache) - before if PAGE_KEY_PREFIX in key]
    assert len(new_pages) <= len(pages)


def test_the_view_never_sees_an_unknown_parameter_so_it_cannot_end_up_in_a_cached_link(client):
    make_clinic(country="GB")
    for _ in range(25):
        make_clinic(country="GB")
    html = client.get(reverse("clinics:list"), {"country": "GB", "utm_source": "<b>poison</b>"}).content.decode()
    assert "Next page" in html
    assert "poison" not in html
    assert "country=GB" in html


def test_parameters_a_page_reads_still_make_their_own_cached_pages(client):
    make_clinic(title="Clinic in France", country="FR")
    make_clinic(title="Clinic in Britain", country="GB")
    finder = reverse("clinics:list")
    assert "Clinic in Britain" not in client.get(finder, {"country": "FR"}).content.decode()
    response = client.get(finder, {"country": "GB", "utm_medium": "email"})
    assert response["X-Page-Cache"] == "miss"
    assert "Clinic in France" not in response.content.decode()
    assert client.get(finder, {"utm_campaign": "x", "country": "GB"})["X-Page-Cache"] == "hit"
