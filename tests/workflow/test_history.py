"""Revision history: who changed what and when, the difference between versions, restore as a new draft."""

import pytest
from django.test import Client
from django.urls import reverse
from reversion.models import Version

from tests.factories import make_treatment
from treatments.models import Treatment

pytestmark = pytest.mark.django_db


def edit(item, user, **changes):
    item = item.working_copy()
    for name, value in changes.items():
        setattr(item, name, value)
    item.save_edit(user)
    return Treatment.objects.get(pk=item.pk)


def test_every_edit_is_a_revision_with_its_author(editor):
    item = make_treatment(status=Treatment.Status.DRAFT, title="First")
    edit(item, editor, title="Second")
    edit(item, editor, title="Third")
    versions = Version.objects.get_for_object(item)
    assert [v.field_dict["title"] for v in versions] == ["Third", "Second"]
    assert versions[0].revision.user == editor


def test_a_pending_change_is_recorded_as_the_version_being_worked_on(editor):
    item = edit(make_treatment(title="Live"), editor, title="Proposed")
    assert Version.objects.get_for_object(item)[0].field_dict["title"] == "Proposed"
    assert item.title == "Live"


def test_history_page_lists_revisions_and_shows_the_difference(login, editor):
    item = make_treatment(status=Treatment.Status.DRAFT, summary="Old summary.")
    edit(item, editor, summary="Middle summary.")
    edit(item, editor, summary="New summary.")
    client = login(editor)
    html = client.get(reverse("admin:treatments_treatment_change", args=[item.pk])).content.decode()
    assert "Revisions" in html
    older, newer = sorted(Version.objects.get_for_object(item), key=lambda v: v.pk)
    url = reverse("admin:treatments_treatment_revision", args=[item.pk, older.pk])
    html = client.get(url, {"against": newer.pk}).content.decode()
    assert '<del class="diff-removed"><span class="visually-hidden">removed: </span>Middle</del>' in html
    assert '<ins class="diff-added"><span class="visually-hidden">added: </span>New</ins> summary.' in html
    assert "<pre" not in html  # text wraps: the comparison never scrolls sideways


def test_restore_makes_a_draft_of_a_published_page_and_never_republishes(login, client, editor, reviewer):
    item = make_treatment(title="Live")
    edit(item, editor, title="Old wording")
    item.refresh_from_db()
    item.submit(editor)
    item.approve(reviewer, job_code="J-1", date_of_preparation=item.date_of_preparation)
    edit(item, editor, title="Newer wording")
    old = next(v for v in Version.objects.get_for_object(item) if v.field_dict["title"] == "Old wording")
    url = reverse("admin:treatments_treatment_restore", args=[item.pk, old.pk])
    assert login(editor).post(url).status_code == 302
    item.refresh_from_db()
    assert item.title == "Old wording"  # the live version is unchanged...
    assert item.pending["title"] == "Old wording"  # ...and the restored one waits as a draft
    assert item.pending_status == Treatment.Status.DRAFT


def test_restoring_an_unpublished_page_leaves_it_a_draft(login, editor):
    item = make_treatment(status=Treatment.Status.DRAFT, title="One")
    edit(item, editor, title="Two")
    item.refresh_from_db()
    item.submit(editor)
    first = Version.objects.get_for_object(item).last()
    login(editor).post(reverse("admin:treatments_treatment_restore", args=[item.pk, first.pk]))
    item.refresh_from_db()
    assert item.status == Treatment.Status.DRAFT
    assert not Treatment.objects.published().exists()


def test_restore_needs_post_and_change_permission(login, editor, site_admin):
    item = make_treatment(status=Treatment.Status.DRAFT)
    edit(item, editor, title="Two")
    version = Version.objects.get_for_object(item)[0]
    url = reverse("admin:treatments_treatment_restore", args=[item.pk, version.pk])
    assert login(editor).get(url).status_code == 405
    assert login(site_admin).post(url).status_code == 403
    assert Client().post(url).status_code == 302  # to the login page
