"""Every public form and JSON endpoint fed hostile input: a clear 4xx or a page that ignores it,
nothing stored, nothing reflected unescaped, never a 500."""

import pytest
from django.test import Client
from django.urls import reverse

from faqs.models import SubmittedQuestion
from ratings.models import Vote
from ratings.targets import target_token
from tests.factories import make_clinic, make_support_group, make_treatment

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("x")</script>'
JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.mark.parametrize(
    "url_name, params",
    [
        ("search:results", {"q": SCRIPT}),
        ("search:results", {"q": "a" * 10_000, "page": "-1"}),
        ("clinics:list", {"q": SCRIPT, "city": SCRIPT, "country": SCRIPT, "service": SCRIPT}),
        ("clinics:list", {"lat": "NaN", "lng": "1e999", "near": SCRIPT, "page": "99999999999999999999"}),
        ("clinics:list", {"lat": "91", "lng": "-181", "q": "x" * 10_000}),
        ("support_groups:list", {"q": SCRIPT, "country": SCRIPT, "meets": SCRIPT, "region": "r" * 10_000}),
    ],
)
def test_hostile_query_strings_are_shown_escaped_or_ignored_never_a_500(client, url_name, params):
    make_clinic()
    make_support_group()
    response = client.get(reverse(url_name), params)
    assert response.status_code == 200
    assert SCRIPT not in response.content.decode()


def test_hostile_ask_an_expert_input_comes_back_escaped_and_nothing_is_stored(client):
    for question in [SCRIPT[:9], "q" * 50_000]:
        response = client.post(reverse("faqs:ask"), {"question": question, "email": SCRIPT})
        html = response.content.decode()
        assert response.status_code == 200
        assert "There is a problem" in html
        assert SCRIPT[:9] not in html.replace("&lt;script", "")
    # Over the form's 64 KB body limit: refused before the form reads it.
    assert client.post(reverse("faqs:ask"), {"question": "q" * 100_000, "email": SCRIPT}).status_code == 413
    assert not SubmittedQuestion.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {"score": SCRIPT},
        {"score": "9" * 1000},
        {"score": "4.5"},
        {"score": "4", "target": SCRIPT},
        {"score": "4", "target": "x" * 3000},
        {"score": "4", "target": "x" * 100_000},  # over the 4 KB limit: refused before it is read
    ],
)
def test_hostile_votes_get_a_clear_400_and_record_nothing(client, data):
    data = {"target": target_token(make_treatment()), **data}
    response = client.post(reverse("ratings:vote"), data, **JSON)
    assert response.status_code == (413 if len(data["target"]) > 4096 else 400)
    assert response.json()["error"]
    assert SCRIPT not in response.content.decode()
    assert not Vote.objects.exists()


@pytest.mark.parametrize(
    "method, url_name, expected",
    [
        ("get", "ratings:vote", 405),
        ("put", "ratings:vote", 405),
        ("delete", "ratings:vote", 405),
        ("post", "search:results", 405),
        ("delete", "faqs:ask", 405),
        ("get", "consent:set", 405),
        ("put", "consent:set", 405),
    ],
)
def test_unexpected_methods_are_refused(client, method, url_name, expected):
    assert getattr(client, method)(reverse(url_name)).status_code == expected


def test_posts_without_a_csrf_token_are_refused_and_store_nothing():
    browser = Client(enforce_csrf_checks=True)
    treatment = make_treatment()

    vote = browser.post(reverse("ratings:vote"), {"target": target_token(treatment), "score": "5"}, **JSON)
    assert vote.status_code == 403
    assert vote.json()["error"]
    ask = browser.post(reverse("faqs:ask"), {"question": "What should I eat after surgery?"})
    assert ask.status_code == 403
    consent = browser.post(reverse("consent:set"), {"choice": "accepted"})
    assert consent.status_code == 403
    assert "cookie_consent" not in consent.cookies

    assert not Vote.objects.exists()
    assert not SubmittedQuestion.objects.exists()
