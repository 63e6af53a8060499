"""The admin every ContentPage model inherits: the shared fields, with the workflow from `ReviewableAdmin`."""

from workflow.admin import SIGN_OFF_FIELDSET, ReviewableAdmin


class ContentPageAdmin(ReviewableAdmin):
    """Admin defaults every ContentPage model shares; subclasses add their own fields and columns."""

    list_display = ["title", "status", "review_due", "updated_at"]
    search_fields = ["title", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}
    content_fields = []

    def get_fieldsets(self, request, obj=None):
        return [(None, {"fields": ["title", "slug", *self.content_fields, "summary", "body"]}), SIGN_OFF_FIELDSET]
