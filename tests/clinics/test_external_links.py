import pytest
from django.urls import reverse

from tests.factories import make_clinic, make_support_group

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("make", [make_clinic, make_support_group])
def test_a_website_link_goes_through_the_leaving_notice_which_accepts_it(client, make):
    item = make(website="https://www.example.org/nets/")
    html = client.get(item.get_absolute_url()).content.decode()
    notice = reverse("leaving:notice") + "?to=https%3A%2F%2Fwww.example.org%2Fnets%2F"
    assert f'href="{notice}"' in html
    assert "(opens another website)" in html

    response = client.get(notice)
    assert response.status_code == 200
    assert "https://www.example.org/nets/" in response.content.decode()


def test_the_leaving_notice_refuses_an_address_no_published_page_links_to(client):
    make_clinic(website="https://www.example.org/nets/")
    response = client.get(reverse("leaving:notice"), {"to": "https://evil.example.com/"})
    assert response.status_code == 404


def test_the_leaving_notice_refuses_an_address_at_once_when_its_page_is_unpublished(client):
    from clinics.models import Clinic

    clinic = make_clinic(website="https://www.example.org/nets/")
    notice = reverse("leaving:notice") + "?to=https%3A%2F%2Fwww.example.org%2Fnets%2F"
    assert client.get(notice).status_code == 200
    Clinic.objects.filter(pk=clinic.pk).update(status=Clinic.Status.WITHDRAWN)
    assert client.get(notice).status_code == 404
