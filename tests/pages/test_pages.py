"""The site's own pages at stable addresses, linked from the footer, in the same workflow as other content."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from pages.models import FOOTER_PAGES, SitePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo_content", verbosity=0)


@pytest.mark.parametrize("slug", ["privacy", "cookies", "accessibility", "terms", "about"])
def test_each_site_page_is_at_its_stable_address(client, demo, slug):
    response = client.get(f"/{slug}/")
    assert response.status_code == 200
    assert "Page last reviewed:" in response.content.decode()


def test_footer_links_to_every_site_page(client, demo):
    html = client.get(reverse("home")).content.decode()
    for slug, text in FOOTER_PAGES:
        assert f'<a href="/{slug}/">{text}</a>' in html


def test_a_draft_site_page_is_not_shown(client):
    SitePage.objects.create(title="Terms", slug="terms", summary="S.")
    assert client.get("/terms/").status_code == 404


def test_site_pages_use_the_workflow_admin(login, editor):
    page = SitePage.objects.create(title="Terms", slug="terms", summary="S.")
    html = login(editor).get(reverse("admin:pages_sitepage_change", args=[page.pk])).content.decode()
    assert reverse("admin:pages_sitepage_transition", args=[page.pk, "submit"]) in html
