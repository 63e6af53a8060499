from django.contrib import admin

from content.admin import ContentPageAdmin
from glossary.models import Term
from workflow.admin import SIGN_OFF_FIELDSET


@admin.register(Term)
class TermAdmin(ContentPageAdmin):
    list_display = ["title", "other_names", "explained_by", "status", "review_due"]
    list_filter = ["status"]
    search_fields = ["title", "other_names", "summary"]
    autocomplete_fields = []
    list_select_related = ["explained_by"]

    def get_fieldsets(self, request, obj=None):
        return [(None, {"fields": ["title", "slug", "summary", "other_names", "explained_by"]}), SIGN_OFF_FIELDSET]
