"""Public forms refuse bodies over a small limit, and every request one over the site's limit, unread."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


class Unreadable:
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = read


def post_without_reading(client, url, length, **headers):
    return client.generic(
        "POST",
        url,
        b"",
        content_type="multipart/form-data; boundary=xyz",
        CONTENT_LENGTH=str(length),
        **{"wsgi.input": Unreadable()},
        **headers,
    )


def test_a_300_mb_question_is_refused_before_any_of_it_is_read(client):
    response = post_without_reading(client, reverse("faqs:ask"), 300 * 1024 * 1024)
    assert response.status_code == 413
    html = response.content.decode()
    assert "too much to send" in html and "64 KB" in html


def test_a_question_just_over_64_kb_is_refused_and_one_under_reaches_the_form(client):
    url = reverse("faqs:ask")
    assert client.post(url, {"question": "x" * (65 * 1024)}).status_code == 413
    response = client.post(url, {"question": "x" * (60 * 1024)})
    assert response.status_code == 200  # the form's own checks answer: the question is too long
    assert "too much to send" not in response.content.decode()


def test_a_large_vote_is_refused_in_json_for_the_rating_script(client):
    response = post_without_reading(client, reverse("ratings:vote"), 5 * 1024, HTTP_ACCEPT="application/json")
    assert response.status_code == 413
    assert "too large" in response.json()["error"]


def test_a_large_cookie_choice_is_refused(client):
    assert post_without_reading(client, reverse("consent:set"), 8 * 1024).status_code == 413


def test_no_request_may_send_more_than_the_site_limit_not_even_staff_uploads(superuser_client, settings):
    from tests.factories import make_story

    story = make_story()
    url = reverse("admin:stories_story_change", args=[story.pk])
    response = post_without_reading(superuser_client, url, settings.MAX_REQUEST_BYTES + 1)
    assert response.status_code == 413
