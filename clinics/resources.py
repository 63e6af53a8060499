"""Bulk import and export of clinics for editors (django-import-export, used from the admin).

Rows are matched by slug, so importing the same file twice changes nothing. A file with any invalid
row is rejected whole: the admin shows each bad row and field, and nothing from the file is saved.
Text that a spreadsheet would run as a formula (starting with =, +, -, @) is exported with a leading
apostrophe, in CSV and Excel alike, and the apostrophe is removed again on import.
"""

from datetime import datetime

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from import_export import fields, resources, widgets

from clinics.models import Clinic, Service
from netsite.models import sanitise_html
from ratings.summary import FORMULA_STARTS, csv_safe

ISO_DATE = {"format": "%Y-%m-%d"}
CONTENT_FIELDS = ["summary", "body", "status", "job_code", "date_of_preparation", "review_due"]


class StrictResource(resources.ModelResource):
    """Match by slug, validate every row with the model's own rules, skip rows that would not change."""

    def before_import_row(self, row, **kwargs):
        # Excel gives empty cells as None and dates as datetimes; turn them into what the model stores,
        # so an unchanged row compares as unchanged.
        for field in self._meta.model._meta.concrete_fields:
            value = row.get(field.name)
            if isinstance(field, (models.CharField, models.TextField)) and field.name in row and value is None:
                row[field.name] = ""
            elif type(field) is models.DateField and isinstance(value, datetime):
                row[field.name] = value.date()
            if field.name in row and _is_text(field) and isinstance(row[field.name], str):
                row[field.name] = _unescape_formula(row[field.name])
        # Compare the body as it will be stored, so an unchanged row is recognised as unchanged.
        if row.get("body"):
            row["body"] = sanitise_html(row["body"])
        for name in ["slug", "status"]:
            if row.get(name):
                row[name] = str(row[name]).strip()

    def export_field(self, field, instance, **kwargs):
        value = super().export_field(field, instance, **kwargs)
        try:
            model_field = self._meta.model._meta.get_field(field.attribute or "")
        except FieldDoesNotExist:
            return value
        return csv_safe(value) if isinstance(value, str) and _is_text(model_field) else value

    class Meta:
        import_id_fields = ["slug"]
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        use_transactions = True


def _is_text(field):
    return isinstance(field, (models.CharField, models.TextField))


def _unescape_formula(value):
    """Undo csv_safe: an exported "'=..." imports as "=..." again, so a round trip changes nothing."""
    return value[1:] if value[:1] == "'" and value[1:2] in FORMULA_STARTS else value


class ClinicResource(StrictResource):
    services = fields.Field(
        attribute="services",
        column_name="services",
        widget=widgets.ManyToManyWidget(Service, separator=",", field="slug"),
    )

    class Meta(StrictResource.Meta):
        model = Clinic
        fields = [
            "slug", "title", "institution", "unit", "address_line_1", "address_line_2", "city", "postcode",
            "country", "latitude", "longitude", "phone", "email", "website", "is_centre_of_excellence",
            "accreditation_year", "last_verified", "services", *CONTENT_FIELDS,
        ]  # fmt: skip
        export_order = fields
        widgets = {"last_verified": ISO_DATE, "date_of_preparation": ISO_DATE, "review_due": ISO_DATE}

    def import_instance(self, instance, row, **kwargs):
        """As the base class, plus a clear error for a service slug we do not have (rather than dropping it)."""
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        wanted = {slug.strip() for slug in str(row.get("services") or "").split(",") if slug.strip()}
        unknown = sorted(wanted - set(Service.objects.filter(slug__in=wanted).values_list("slug", flat=True)))
        if unknown:
            known = ", ".join(Service.objects.values_list("slug", flat=True))
            errors["services"] = [f"Unknown service: {', '.join(unknown)}. Use one or more of: {known}."]
        if errors:
            raise ValidationError(errors)
