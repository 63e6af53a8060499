"""The admin every ContentPage model inherits: the shared fields, with the workflow from `ReviewableAdmin`."""

from django.contrib import messages

from content.richtext import removed_by_sanitising
from content.widgets import RichTextWidget
from workflow.admin import SIGN_OFF_FIELDSET, ReviewableAdmin


class ContentPageAdmin(ReviewableAdmin):
    """Admin defaults every ContentPage model shares; subclasses add their own fields and columns."""

    list_display = ["title", "status", "review_due", "updated_at"]
    search_fields = ["title", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}
    content_fields = []

    def get_fieldsets(self, request, obj=None):
        return [(None, {"fields": ["title", "slug", *self.content_fields, "summary", "body"]}), SIGN_OFF_FIELDSET]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in self.model.rich_text_fields:
            kwargs["widget"] = RichTextWidget(heading_levels=self.model.rich_text_heading_levels)
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        """Save, and tell the editor exactly what the sanitiser took out of their text, field by field."""
        for name in self.model.rich_text_fields:
            if removed := removed_by_sanitising(form.cleaned_data.get(name, ""), self.model.rich_text_heading_levels):
                label = form.fields[name].label if name in form.fields else name
                self.message_user(
                    request,
                    f"{label}: saving removed what the site does not allow: {'; '.join(removed)}. "
                    "Check the text still reads as you meant.",
                    messages.WARNING,
                )
        super().save_model(request, obj, form, change)
