"""The 'leaving the site' notice: only for addresses published content links to, so never an open redirect."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse

from tests.factories import make_treatment
from treatments.models import Treatment

pytestmark = pytest.mark.django_db

OUTSIDE = "https://www.netpatientfoundation.org/support?a=1&b=2"


def leaving_url(to):
    return reverse("leaving:notice") + "?" + urlencode({"to": to})


def test_outside_links_in_a_page_go_through_the_notice_and_say_so(client):
    item = make_treatment(body=f'<p>See <a href="{OUTSIDE}">the foundation</a>.</p>')
    html = client.get(item.get_absolute_url()).content.decode()
    assert f'href="{leaving_url(OUTSIDE)}"' in html.replace("&amp;", "&")
    assert "(leaves this site)" in html


def test_the_notice_names_the_other_site_and_links_on(client):
    make_treatment(body=f'<p><a href="{OUTSIDE}">link</a></p>')
    response = client.get(leaving_url(OUTSIDE))
    html = response.content.decode()
    assert response.status_code == 200
    assert "www.netpatientfoundation.org" in html
    assert "not responsible" in html
    assert 'href="https://www.netpatientfoundation.org/support?a=1&amp;b=2"' in html


@pytest.mark.parametrize(
    "to", ["https://evil.example/", "javascript:alert(1)", "//evil.example/", "/admin/", "", OUTSIDE + "x"]
)
def test_addresses_not_linked_from_published_content_are_refused(client, to):
    make_treatment(body=f'<p><a href="{OUTSIDE}">link</a></p>')
    assert client.get(leaving_url(to)).status_code == 404


def test_links_only_in_drafts_are_refused(client):
    make_treatment(status=Treatment.Status.DRAFT, body='<p><a href="https://draft.example/">x</a></p>')
    assert client.get(leaving_url("https://draft.example/")).status_code == 404


@pytest.mark.parametrize(
    "body",
    [
        "<p>Write to us at https://evil.example.com/phish and we will reply.</p>",
        '<p>Some text with href="https://evil.example.com/phish" typed into it.</p>',
        '<p><a href="https://www.example.org/" title="https://evil.example.com/phish">a charity</a></p>',
        '<p><code>&lt;a href="https://evil.example.com/phish"&gt;</code></p>',
    ],
)
def test_an_address_only_written_as_text_in_a_published_page_is_refused(client, body):
    make_treatment(body=body)
    assert client.get(leaving_url("https://evil.example.com/phish")).status_code == 404


def test_a_real_link_beside_the_same_address_as_text_is_accepted(client):
    make_treatment(body=f'<p>Our address is {OUTSIDE} and <a href="{OUTSIDE}">this is the link</a>.</p>')
    assert client.get(leaving_url(OUTSIDE)).status_code == 200
