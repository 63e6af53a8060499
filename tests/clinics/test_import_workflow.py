"""Bulk import goes through the workflow's one door: no publishing, changes to live items wait, every item logged."""

from urllib.parse import urlencode

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from clinics.models import Clinic
from support_groups.models import SupportGroup
from tests.clinics.test_import import CLINICS_CSV, GROUPS_CSV, with_rows
from tests.factories import make_clinic, make_support_group
from workflow.models import Transition

pytestmark = pytest.mark.django_db

SIGN_OFF_COLUMNS = {
    "status": "published",
    "job_code": "FAKE-000001",
    "date_of_preparation": "2026-11-01",
    "review_due": "2027-11-01",
    "certifier_name": "Nobody",
    "certified_on": "2026-11-01",
    "published_at": "2026-11-01 10:00",
}


def import_as(client, model, content, name):
    """Upload, then confirm the preview; the file must be valid."""
    opts = model._meta
    preview = client.post(
        reverse(f"admin:{opts.app_label}_{opts.model_name}_import"),
        {"import_file": SimpleUploadedFile(name, content, content_type="text/csv"), "format": "0"},
    )
    form = preview.context["confirm_form"]
    assert form is not None, preview.content.decode()[:3000]
    response = client.post(
        reverse(f"admin:{opts.app_label}_{opts.model_name}_process_import"),
        {field: form.initial[field] for field in form.fields},
    )
    assert response.status_code == 302
    return preview


def publish_everything(rows):
    for row in rows:
        row.update(SIGN_OFF_COLUMNS)


def history(item):
    return [(step.action, step.comment) for step in Transition.for_item(item)]


def test_a_file_that_says_published_imports_only_drafts_without_sign_off(login, editor, client):
    import_as(login(editor), Clinic, with_rows(CLINICS_CSV, publish_everything), "clinics.csv")
    assert Clinic.objects.count() == 2
    for clinic in Clinic.objects.all():
        assert clinic.status == Clinic.Status.DRAFT
        assert (clinic.job_code, clinic.certifier_name, clinic.certified_on) == ("", "", None)
        assert (clinic.date_of_preparation, clinic.review_due, clinic.published_at) == (None, None, None)
        assert clinic.authors == [editor.pk]
        assert history(clinic) == [(Transition.Action.IMPORTED, "Imported from clinics.csv by Edith Editor")]
        assert client.get(clinic.get_absolute_url()).status_code == 404
    assert "Royal Free" not in client.get(reverse("clinics:list")).content.decode()


def test_a_change_to_a_published_clinic_waits_for_approval_links_included(login, editor, reviewer, client):
    live = make_clinic(slug="royal-free-london", title="Royal Free (live title)", services=["surgery"])
    live_services = set(live.services.values_list("slug", flat=True))

    def retitle(rows):
        publish_everything(rows)
        rows[0]["title"] = "Royal Free, retitled by import"
        rows[0]["website"] = "https://imported.example/"

    import_as(login(editor), Clinic, with_rows(CLINICS_CSV, retitle), "retitle.csv")

    live.refresh_from_db()
    assert live.title == "Royal Free (live title)"
    assert live.website == ""
    assert set(live.services.values_list("slug", flat=True)) == live_services
    assert live.status == Clinic.Status.PUBLISHED
    assert live.pending["title"] == "Royal Free, retitled by import"
    assert live.pending_status == Clinic.Status.DRAFT
    assert len(live.pending["services"]) == 4
    assert history(live) == [(Transition.Action.IMPORTED, "Imported from retitle.csv by Edith Editor")]
    page = client.get(live.get_absolute_url()).content.decode()
    assert "Royal Free (live title)" in page and "retitled by import" not in page

    live.submit(editor)
    live.approve(reviewer, job_code="NET-UK-000999", date_of_preparation=live.date_of_preparation)
    live.refresh_from_db()
    assert live.title == "Royal Free, retitled by import"
    assert live.services.count() == 4
    assert live.certifier_name == "Rhys Reviewer"


def test_importing_the_same_change_twice_adds_nothing_the_second_time(login, editor):
    make_clinic(slug="royal-free-london", title="Royal Free (live title)")
    client = login(editor)
    import_as(client, Clinic, CLINICS_CSV.read_bytes(), "clinics.csv")
    live = Clinic.objects.get(slug="royal-free-london")
    preview = import_as(client, Clinic, CLINICS_CSV.read_bytes(), "clinics.csv")
    assert preview.context["result"].totals["skip"] == 2
    assert len(history(live)) == 1


def test_an_imported_website_is_not_accepted_by_the_leaving_notice_until_published(login, editor, reviewer, client):
    live = make_clinic(slug="royal-free-london", title="Royal Free (live title)")

    def websites(rows):
        rows[0]["website"] = "https://changed.example/"
        rows[1]["website"] = "https://new-draft.example/"

    import_as(login(editor), Clinic, with_rows(CLINICS_CSV, websites), "clinics.csv")

    def notice(address):
        return client.get(reverse("leaving:notice") + "?" + urlencode({"to": address})).status_code

    assert notice("https://changed.example/") == notice("https://new-draft.example/") == 404
    live.refresh_from_db()
    live.submit(editor)
    live.approve(reviewer, job_code="NET-UK-000999", date_of_preparation=live.date_of_preparation)
    assert notice("https://changed.example/") == 200
    assert notice("https://new-draft.example/") == 404


def test_support_group_import_makes_drafts_and_waiting_changes(login, editor, client):
    live = make_support_group(slug="amend", title="AMEND (live)")

    def change(rows):
        publish_everything(rows)
        rows[1]["title"] = "AMEND, retitled by import"

    import_as(login(editor), SupportGroup, with_rows(GROUPS_CSV, change), "groups.csv")
    new = SupportGroup.objects.get(slug="neuroendocrine-cancer-uk")
    live.refresh_from_db()
    assert new.status == SupportGroup.Status.DRAFT and new.job_code == ""
    assert (live.title, live.pending["title"]) == ("AMEND (live)", "AMEND, retitled by import")
    for item in (new, live):
        assert history(item) == [(Transition.Action.IMPORTED, "Imported from groups.csv by Edith Editor")]
    assert "retitled by import" not in client.get(reverse("support_groups:list")).content.decode()


@pytest.mark.parametrize("model", [Clinic, SupportGroup])
def test_the_view_only_site_administrator_cannot_import(login, site_admin, model):
    client = login(site_admin)
    opts = model._meta
    changelist = client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    assert changelist.status_code == 200
    assert reverse(f"admin:{opts.app_label}_{opts.model_name}_import") not in changelist.content.decode()
    upload = SimpleUploadedFile("x.csv", CLINICS_CSV.read_bytes(), content_type="text/csv")
    response = client.post(
        reverse(f"admin:{opts.app_label}_{opts.model_name}_import"), {"import_file": upload, "format": "0"}
    )
    assert response.status_code == 403
    assert model.objects.count() == 0


def test_an_editor_sees_the_import_button(login, editor):
    changelist = login(editor).get(reverse("admin:clinics_clinic_changelist")).content.decode()
    assert reverse("admin:clinics_clinic_import") in changelist
