from django.contrib import admin

PUBLISHING_FIELDS = ["status", "published_at", "job_code", "date_of_preparation", "review_due"]


class ContentPageAdmin(admin.ModelAdmin):
    """Admin defaults every ContentPage model shares; subclasses add their own fields and columns."""

    list_display = ["title", "status", "review_due", "updated_at"]
    list_filter = ["status"]
    search_fields = ["title", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}
    content_fields = []

    def get_fieldsets(self, request, obj=None):
        return [
            (None, {"fields": ["title", "slug", *self.content_fields, "summary", "body"]}),
            ("Publishing", {"fields": PUBLISHING_FIELDS}),
        ]
