from django.contrib import admin
from django.views.generic import TemplateView

from workflow.models import REVIEW_WARNING_DAYS
from workflow.review import due_items


class ReviewDueView(TemplateView):
    """Admin page: every published item due for review, across all content types (wrapped by admin_view)."""

    template_name = "admin/workflow/review_due.html"

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            **admin.site.each_context(self.request),
            "title": "Pages due for review",
            "items": due_items(),
            "days": REVIEW_WARNING_DAYS,
        }
