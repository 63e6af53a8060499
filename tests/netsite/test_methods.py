"""HEAD works wherever GET does: monitors and link checkers send it."""

import pytest
from django.urls import reverse

from tests.factories import make_treatment

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    ["/search/?q=surgery", "/healthz", "/faqs/", "/faqs/ask/", "/faqs/ask/thank-you/", "/clinics/", "/robots.txt"],
)
def test_head_answers_like_get_without_a_body(client, url):
    assert client.get(url).status_code == 200
    response = client.head(url)
    assert response.status_code == 200
    assert response.content == b""


def test_head_on_a_content_page_and_the_leaving_notice(client):
    treatment = make_treatment(body='<p><a href="https://www.example.org/">A charity</a></p>')
    assert client.head(treatment.get_absolute_url()).status_code == 200
    assert client.head(reverse("leaving:notice"), {"to": "https://www.example.org/"}).status_code == 200
