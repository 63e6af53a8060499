"""Bulk import and export of support groups for editors; same rules as clinics (see clinics/resources.py)."""

from clinics.resources import CONTENT_FIELDS, StrictResource
from support_groups.models import SupportGroup, normalise_countries


class SupportGroupResource(StrictResource):
    def before_import_row(self, row, **kwargs):
        super().before_import_row(row, **kwargs)
        if row.get("countries"):
            row["countries"] = normalise_countries(row["countries"])

    class Meta(StrictResource.Meta):
        model = SupportGroup
        fields = [
            "slug", "title", "countries", "regions", "reach", "meets_online", "meets_in_person", "meets_by_phone",
            "languages", "website", "email", "phone", "helpline_hours", *CONTENT_FIELDS,
        ]  # fmt: skip
        export_order = fields
