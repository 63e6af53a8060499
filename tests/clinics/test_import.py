"""Bulk import through the admin: preview first, invalid files rejected whole, repeat imports change nothing."""

import csv
import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from clinics.models import Clinic
from clinics.resources import ClinicResource
from support_groups.models import SupportGroup

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
CLINICS_CSV = ROOT / "clinics" / "samples" / "clinics.csv"
GROUPS_CSV = ROOT / "support_groups" / "samples" / "support-groups.csv"


def upload(superuser_client, model, content, name="import.csv"):
    """Step 1: upload; the admin answers with a preview (or the errors) and saves nothing."""
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_import")
    return superuser_client.post(
        url, {"import_file": SimpleUploadedFile(name, content, content_type="text/csv"), "format": "0"}
    )


def confirm(superuser_client, model, preview):
    """Step 2: confirm the previewed import."""
    form = preview.context["confirm_form"]
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_process_import")
    return superuser_client.post(url, {name: form.initial[name] for name in form.fields})


def import_file(superuser_client, model, content):
    preview = upload(superuser_client, model, content)
    assert preview.context.get("confirm_form") is not None, preview.content.decode()[:3000]
    response = confirm(superuser_client, model, preview)
    assert response.status_code == 302
    return preview


def with_rows(path, change):
    rows = list(csv.DictReader(io.StringIO(path.read_text())))
    change(rows)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def test_preview_shows_the_changes_and_saves_nothing(superuser_client):
    preview = upload(superuser_client, Clinic, CLINICS_CSV.read_bytes())
    html = preview.content.decode()
    assert preview.status_code == 200
    assert "Royal Free London NET Unit" in html
    assert "New" in html
    assert Clinic.objects.count() == 0


def test_good_file_imports_every_row_with_its_services(superuser_client):
    import_file(superuser_client, Clinic, CLINICS_CSV.read_bytes())
    royal_free = Clinic.objects.get(slug="royal-free-london")
    assert Clinic.objects.count() == 2
    assert royal_free.city == "London"
    assert royal_free.latitude == pytest.approx(51.5532)
    assert royal_free.is_centre_of_excellence
    assert sorted(royal_free.services.values_list("slug", flat=True)) == [
        "medical-oncology", "nuclear-medicine-imaging", "prrt", "surgery",
    ]  # fmt: skip
    assert royal_free.status == Clinic.Status.DRAFT


def test_importing_the_same_file_twice_changes_nothing(superuser_client):
    import_file(superuser_client, Clinic, CLINICS_CSV.read_bytes())
    before = list(Clinic.objects.order_by("slug").values_list("slug", "updated_at"))
    preview = import_file(superuser_client, Clinic, CLINICS_CSV.read_bytes())
    result = preview.context["result"]
    assert result.totals["skip"] == 2
    assert result.totals["new"] == result.totals["update"] == 0
    assert list(Clinic.objects.order_by("slug").values_list("slug", "updated_at")) == before


def test_export_then_import_changes_nothing(superuser_client):
    import_file(superuser_client, Clinic, CLINICS_CSV.read_bytes())
    exported = ClinicResource().export().csv.encode()
    result = upload(superuser_client, Clinic, exported).context["result"]
    assert result.totals["skip"] == 2


def bad_rows(rows):
    rows[0]["country"] = "XX"
    rows[0]["latitude"] = "95"
    rows[1]["services"] = "surgery,homeopathy"
    rows[1]["longitude"] = "not a number"


def test_file_with_invalid_rows_is_rejected_whole_naming_each_row_and_field(superuser_client):
    preview = upload(superuser_client, Clinic, with_rows(CLINICS_CSV, bad_rows))
    html = preview.content.decode()
    assert preview.context.get("confirm_form") is None
    result = preview.context["result"]
    invalid = {row.number: row.error_dict for row in result.invalid_rows}
    assert set(invalid) == {1, 2}
    assert {"country", "latitude"} <= set(invalid[1])
    assert {"services", "longitude"} <= set(invalid[2])
    assert "Unknown service: homeopathy" in html
    assert Clinic.objects.count() == 0


def test_one_bad_row_among_good_ones_saves_nothing(superuser_client):
    def one_bad(rows):
        rows[1]["country"] = "XX"

    preview = upload(superuser_client, Clinic, with_rows(CLINICS_CSV, one_bad))
    assert preview.context.get("confirm_form") is None
    assert [row.number for row in preview.context["result"].invalid_rows] == [2]
    assert Clinic.objects.count() == 0


def test_a_file_that_became_invalid_after_the_preview_is_rolled_back_whole(superuser_client, monkeypatch):
    preview = upload(superuser_client, Clinic, CLINICS_CSV.read_bytes())
    # Between preview and confirm, an editor deletes a service the second row needs.
    from clinics.models import Service

    Service.objects.filter(slug="medical-oncology").delete()
    confirm(superuser_client, Clinic, preview)
    assert Clinic.objects.count() == 0


def test_support_groups_import_and_repeat_import(superuser_client):
    import_file(superuser_client, SupportGroup, GROUPS_CSV.read_bytes())
    assert SupportGroup.objects.get(slug="amend").meets_online
    preview = import_file(superuser_client, SupportGroup, GROUPS_CSV.read_bytes())
    assert preview.context["result"].totals["skip"] == 2


def test_support_group_file_with_unknown_country_is_rejected(superuser_client):
    def bad(rows):
        rows[1]["countries"] = "GB,ZZ"

    preview = upload(superuser_client, SupportGroup, with_rows(GROUPS_CSV, bad))
    assert preview.context.get("confirm_form") is None
    assert "ZZ" in preview.content.decode()
    assert SupportGroup.objects.count() == 0


def test_excel_export_and_import(superuser_client):
    import_file(superuser_client, Clinic, CLINICS_CSV.read_bytes())
    url = reverse("admin:clinics_clinic_export")
    response = superuser_client.post(
        url, {"format": "1", **{f"clinicresource_{f}": "on" for f in ClinicResource._meta.fields}}
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    xlsx = response.content
    preview = superuser_client.post(
        reverse("admin:clinics_clinic_import"),
        {"import_file": SimpleUploadedFile("clinics.xlsx", xlsx), "format": "1"},
    )
    result = preview.context["result"]
    assert result.totals["skip"] == 2
