"""Bulk import and export of clinics for editors (django-import-export, used from the admin).

Rows are matched by slug, so importing the same file twice changes nothing. A file with any invalid
row is rejected whole: the admin shows each bad row and field, and nothing from the file is saved.

An import goes through the workflow's one door, like an edit in the admin form: it never sets the
workflow or sign-off fields (the status column is exported for information and ignored on import), a
new row becomes a draft, a row that changes a published item becomes that item's waiting change, and
each item touched gets "imported from FILE by USER" in its workflow history.

Text that a spreadsheet would run as a formula (starting with =, +, -, @) is exported with a leading
apostrophe, in CSV and Excel alike, and the apostrophe is removed again on import.
"""

from datetime import datetime

from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.db import models
from import_export import fields, resources, widgets

from clinics.import_diff import StyleFreeDiff
from clinics.models import Clinic, Service
from content.models import sanitise_html
from ratings.summary import FORMULA_STARTS, csv_safe
from workflow.models import Transition, display_name

ISO_DATE = {"format": "%Y-%m-%d"}
CONTENT_FIELDS = ["summary", "body", "status"]


class StrictResource(resources.ModelResource):
    """Match by slug, validate every row with the model's own rules, skip rows that would not change."""

    def get_diff_class(self):
        return StyleFreeDiff

    # Shown in an export for information; never read on import (only the workflow publishes).
    status = fields.Field(attribute="status", column_name="status", readonly=True)

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
            row["body"] = sanitise_html(row["body"], self._meta.model.rich_text_heading_levels)
        if row.get("slug"):
            row["slug"] = str(row["slug"]).strip()

    def get_instance(self, instance_loader, row):
        """An item with a change waiting is compared with that change (links included), not the live version."""
        instance = super().get_instance(instance_loader, row)
        if instance is not None and instance.has_pending_change:
            instance.apply_values(instance.pending)
            instance.show_pending_links(instance.pending)
        return instance

    def save_instance(self, instance, is_create, row, **kwargs):
        """Save as the importing user's edit: a draft if new, the waiting change if the item is live."""
        user = kwargs["user"]
        opts = instance._meta
        if is_create and not user.has_perm(f"{opts.app_label}.add_{opts.model_name}"):
            raise PermissionDenied(f"You do not have permission to add {opts.verbose_name_plural}.")
        self.before_save_instance(instance, row, **kwargs)
        instance.save_edit(user, comment=self.import_comment(kwargs))
        self.after_save_instance(instance, row, **kwargs)

    def save_m2m(self, instance, row, **kwargs):
        """Links changed on a live item wait with the rest of its change; then the import is logged."""
        if instance.has_pending_change:
            links = {}
            for field in self.get_import_fields():
                if isinstance(field.widget, widgets.ManyToManyWidget) and field.column_name in row:
                    links[field.attribute] = sorted(item.pk for item in field.clean(row))
            if links:
                instance.keep_links_pending(links)
                instance.show_pending_links(instance.pending)  # so the preview shows the links that wait
        else:
            super().save_m2m(instance, row, **kwargs)
        instance._log(kwargs["user"], Transition.Action.IMPORTED, self.import_comment(kwargs))

    @staticmethod
    def import_comment(kwargs):
        return f"Imported from {kwargs.get('file_name') or 'a file'} by {display_name(kwargs['user'])}"

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
        widgets = {"last_verified": ISO_DATE}

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
