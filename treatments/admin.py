from django.contrib import admin

from treatments.models import Treatment


@admin.register(Treatment)
class TreatmentAdmin(admin.ModelAdmin):
    list_display = ["title", "category", "order", "status", "review_due"]
    list_filter = ["category", "status"]
    search_fields = ["title", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}
    fieldsets = [
        (None, {"fields": ["title", "slug", "category", "order", "summary", "body"]}),
        ("Publishing", {"fields": ["status", "published_at", "job_code", "date_of_preparation", "review_due"]}),
    ]
