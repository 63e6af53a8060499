"""Malformed ids in admin URLs are a 'not found' (or the admin's own 'does not exist' redirect), never a 500.

Checked over every URL pattern of every registered ModelAdmin, so a new admin page is covered by itself;
run on PostgreSQL too, where an id beyond the integer range once reached the database.
"""

import re

import pytest
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from reversion.models import Version

from tests.factories import make_treatment
from treatments.models import Treatment
from workflow.admin import ReviewableAdmin

pytestmark = pytest.mark.django_db

JUNK_IDS = ["abc", "99999999999999999999", "9223372036854775808", "-1", "1.5", "1e3", "%20", "0x1", "NaN"]
PARAMETER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")
WORKFLOW_PATTERNS = {"transition", "revision", "restore"}


def admin_urls():
    """(pattern name, URL) for every ModelAdmin URL with a parameter, each parameter filled with junk."""
    for model, model_admin in admin.site._registry.items():
        prefix = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
        for pattern in model_admin.get_urls():
            route = str(pattern.pattern)
            if not PARAMETER.search(route):
                continue
            for junk in JUNK_IDS:

                def fill(match, junk=junk):
                    if match["name"] == "action":
                        return "approve"
                    return "99999999999999999999" if match["converter"] == "int" else junk

                yield pattern.name or route, prefix + PARAMETER.sub(fill, route)


def test_every_admin_url_with_a_malformed_id_is_never_a_500(superuser_client):
    make_treatment()  # a row exists, so "not found" is about the id, not an empty table
    checked = 0
    for name, url in admin_urls():
        response = superuser_client.get(url)  # a 500 would raise here: the test client re-raises errors
        assert response.status_code in {302, 403, 404, 405}, (url, response.status_code)
        if name and name.rsplit("_", 1)[-1] in WORKFLOW_PATTERNS and response.status_code != 405:
            assert response.status_code == 404, url
        checked += 1
    assert checked > 100


@pytest.mark.parametrize("junk", JUNK_IDS)
@pytest.mark.parametrize("step", ["approve", "submit", "send_back", "withdraw"])
def test_workflow_steps_with_a_malformed_id_are_not_found(superuser_client, junk, step):
    url = f"/admin/treatments/treatment/{junk}/workflow/{step}/"
    assert superuser_client.get(url).status_code == 404
    assert superuser_client.post(url, {"comment": "x"}).status_code == 404


def test_an_unknown_workflow_step_is_not_found(superuser_client):
    item = make_treatment()
    assert superuser_client.get(f"/admin/treatments/treatment/{item.pk}/workflow/publish-now/").status_code == 404
    assert superuser_client.get(f"/admin/treatments/treatment/{item.pk}/workflow/approve/").status_code == 200


@pytest.mark.parametrize("junk", JUNK_IDS)
def test_revisions_with_malformed_ids_are_not_found(superuser_client, editor, junk):
    item = make_treatment()
    edit = item.working_copy()
    edit.title = "Changed"
    edit.save_edit(editor)
    version = Version.objects.get_for_object(item)[0]
    revision = reverse("admin:treatments_treatment_revision", args=[item.pk, version.pk])
    assert superuser_client.get(revision).status_code == 200
    for url in [
        f"/admin/treatments/treatment/{junk}/revisions/{version.pk}/",
        f"/admin/treatments/treatment/{item.pk}/revisions/99999999999999999999/",
        f"{revision}?against={junk}",
    ]:
        assert superuser_client.get(url).status_code == 404, url
    for url in [
        f"/admin/treatments/treatment/{junk}/revisions/{version.pk}/restore/",
        f"/admin/treatments/treatment/{item.pk}/revisions/99999999999999999999/restore/",
    ]:
        assert superuser_client.post(url).status_code == 404, url


@pytest.mark.parametrize("junk", JUNK_IDS)
def test_the_standard_change_page_with_a_malformed_id_says_it_does_not_exist(superuser_client, junk):
    response = superuser_client.get(f"/admin/treatments/treatment/{junk}/change/", follow=True)
    assert response.status_code == 200
    assert "doesn’t exist" in response.content.decode()


def test_every_workflow_admin_is_covered():
    reviewable = [
        model for model, model_admin in admin.site._registry.items() if isinstance(model_admin, ReviewableAdmin)
    ]
    assert len(reviewable) >= 6


@pytest.mark.parametrize("junk", JUNK_IDS)
def test_view_on_site_with_malformed_ids_is_not_found(superuser_client, junk):
    content_type = ContentType.objects.get_for_model(Treatment)
    for url in [f"/admin/r/{junk}/1/", f"/admin/r/{content_type.pk}/{junk}/"]:
        assert superuser_client.get(url).status_code == 404, url
