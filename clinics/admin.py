from datetime import timedelta

from django import forms
from django.contrib import admin, messages
from django.utils import timezone
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV, XLSX

from clinics.countries import BOUNDING_BOXES, is_within_country
from clinics.models import Clinic, Service
from clinics.resources import ClinicResource
from content.admin import ContentPageAdmin


class ReviewDueFilter(admin.SimpleListFilter):
    title = "review due"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("overdue", "Overdue"), ("soon", "In the next 30 days"), ("unset", "No date set")]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        match self.value():
            case "overdue":
                return queryset.filter(review_due__lt=today)
            case "soon":
                return queryset.filter(review_due__gte=today, review_due__lte=today + timedelta(days=30))
            case "unset":
                return queryset.filter(review_due__isnull=True)
        return queryset


class DirectoryAdmin(ImportExportMixin, ContentPageAdmin):
    """What the clinic and support-group admins share: CSV/Excel import and export, and demo clean-up."""

    import_formats = [CSV, XLSX]
    export_formats = [CSV, XLSX]
    actions = ["delete_demo_content"]

    def has_import_permission(self, request):
        # An import both adds and changes rows (IMPORT_EXPORT_IMPORT_PERMISSION_CODE asks for 'change').
        return super().has_import_permission(request) and self.has_add_permission(request)

    def process_result(self, result, request):
        response = super().process_result(result, request)
        self.message_user(
            request,
            "Nothing you imported is on the site yet: new entries are drafts, and changes to published entries "
            "wait for a medical reviewer's approval. Each one's history shows the import.",
            messages.INFO,
        )
        return response

    def get_import_data_kwargs(self, **kwargs):
        # Also at the confirm step, roll the whole file back if any row has become invalid since the preview.
        return {**super().get_import_data_kwargs(**kwargs), "rollback_on_validation_errors": True}

    @admin.action(description="Delete the selected demo entries (real entries are left alone)", permissions=["delete"])
    def delete_demo_content(self, request, queryset):
        deleted, _ = queryset.filter(is_demo=True).delete()
        self.message_user(request, f"Deleted {deleted} demo entries.", messages.SUCCESS)


@admin.register(Service)
class ServiceAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Clinic)
class ClinicAdmin(DirectoryAdmin):
    resource_classes = [ClinicResource]
    list_display = [
        "title", "city", "country", "is_centre_of_excellence", "status", "review_due", "last_verified", "is_demo",
    ]  # fmt: skip
    list_filter = ["country", "is_centre_of_excellence", "services", "status", ReviewDueFilter, "is_demo"]
    search_fields = ["title", "institution", "unit", "city", "postcode"]
    content_fields = ["institution", "unit"]

    def get_fieldsets(self, request, obj=None):
        main, publishing = super().get_fieldsets(request, obj)
        return [
            main,
            (
                "Address and map position",
                {
                    "fields": [
                        "address_line_1",
                        "address_line_2",
                        "city",
                        "postcode",
                        "country",
                        ("latitude", "longitude"),
                    ],  # fmt: skip
                    "description": "Latitude and longitude put the clinic in the right place for 'nearest first'. "
                    "You will be warned if they fall outside the country chosen.",
                },
            ),
            ("Contact", {"fields": ["phone", "email", "website"]}),
            (
                "Services and accreditation",
                {"fields": ["services", ("is_centre_of_excellence", "accreditation_year"), "last_verified"]},
            ),
            publishing,
            ("Demo content", {"fields": ["is_demo"], "classes": ["collapse"]}),
        ]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "services":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not is_within_country(obj.country, obj.latitude, obj.longitude):
            south, north, west, east = BOUNDING_BOXES[obj.country]
            self.message_user(
                request,
                f"Please check the map position of '{obj}': {obj.latitude}, {obj.longitude} is outside "
                f"{obj.country_name} (roughly latitude {south} to {north}, longitude {west} to {east}). "
                "Latitude and longitude may have been swapped or mistyped. The clinic was saved.",
                messages.WARNING,
            )
