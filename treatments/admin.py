from django.contrib import admin

from content.admin import ContentPageAdmin
from treatments.models import Treatment


@admin.register(Treatment)
class TreatmentAdmin(ContentPageAdmin):
    list_display = ["title", "category", "order", "status", "review_due"]
    list_filter = ["category", "status"]
    content_fields = ["category", "order"]
