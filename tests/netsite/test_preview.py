"""Staff preview of drafts and pending changes on the real layout: banner, noindex, no caching."""

import pytest

from tests.factories import make_treatment
from treatments.models import Treatment

pytestmark = pytest.mark.django_db


def test_staff_preview_a_draft_with_a_banner_noindex_and_no_caching(login, editor):
    item = make_treatment(status=Treatment.Status.DRAFT, title="Not yet out")
    response = login(editor).get(item.get_absolute_url() + "?preview=1")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Preview — not published" in html
    assert "<h1>Not yet out</h1>" in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_preview_shows_the_pending_change_while_the_public_sees_the_approved_version(login, client, editor):
    item = make_treatment(title="Approved")
    copy = item.working_copy()
    copy.title = "Proposed"
    copy.save_edit(editor)
    assert "<h1>Proposed</h1>" in login(editor).get(item.get_absolute_url() + "?preview=1").content.decode()
    public = client.get(item.get_absolute_url() + "?preview=1").content.decode()
    assert "<h1>Approved</h1>" in public and "Preview" not in public


def test_the_public_cannot_preview_a_draft(client):
    item = make_treatment(status=Treatment.Status.DRAFT)
    assert client.get(item.get_absolute_url() + "?preview=1").status_code == 404


def test_an_ordinary_page_is_not_marked_as_a_preview(login, editor):
    response = login(editor).get(make_treatment().get_absolute_url())
    assert "Preview — not published" not in response.content.decode()
    assert "no-store" not in response.get("Cache-Control", "")


def test_admin_change_page_links_to_the_preview(login, editor):
    from django.urls import reverse

    item = make_treatment(status=Treatment.Status.DRAFT)
    html = login(editor).get(reverse("admin:treatments_treatment_change", args=[item.pk])).content.decode()
    assert item.get_absolute_url() + "?preview=1" in html
