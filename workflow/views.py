from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.views.generic import TemplateView

from workflow.models import REVIEW_WARNING_DAYS
from workflow.review import due_items, may_see_review_due


class ReviewDueView(TemplateView):
    """Admin page: every published item due for review, across all content types (wrapped by admin_view)."""

    template_name = "admin/workflow/review_due.html"

    def dispatch(self, request, *args, **kwargs):
        if not may_see_review_due(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            **admin.site.each_context(self.request),
            "title": "Pages due for review",
            "items": due_items(),
            "days": REVIEW_WARNING_DAYS,
        }
