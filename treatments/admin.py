from django.contrib import admin

from content.admin import ContentPageAdmin
from treatments.models import Treatment
from workflow.admin import SIGN_OFF_FIELDSET


@admin.register(Treatment)
class TreatmentAdmin(ContentPageAdmin):
    list_display = ["title", "category", "order", "status", "review_due"]
    list_filter = ["category", "status"]
    content_fields = ["category", "order"]
    search_fields = ["title", "summary", *Treatment.rich_text_fields]

    def get_fieldsets(self, request, obj=None):
        return [
            (None, {"fields": ["title", "slug", *self.content_fields, "summary"]}),
            ("The page, part by part", {"fields": ["body", "who_it_is_for", "before_during_after"]}),
            (
                "Side effects, in three groups",
                {"fields": ["side_effects_common", "side_effects_contact_team", "side_effects_call_999"]},
            ),
            ("Questions and sources", {"fields": ["questions_to_ask", "references"]}),
            SIGN_OFF_FIELDSET,
        ]
