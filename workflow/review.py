"""The review-due list across every content type, shared by the admin dashboard and the command."""

from dataclasses import dataclass
from datetime import date

from django.urls import reverse
from django.utils import timezone

from workflow.models import REVIEW_WARNING_DAYS, reviewable_models


@dataclass
class DueItem:
    item: object
    kind: str
    review_due: date
    job_code: str
    reviewer: str
    admin_url: str

    @property
    def overdue(self):
        return self.review_due < timezone.localdate()


def may_see_review_due(user):
    """Only those who may look at some kind of content see which pages are due for review."""
    return any(user.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}") for model in reviewable_models())


def due_items(within_days=REVIEW_WARNING_DAYS):
    """Every published item whose review date has passed or is within `within_days`, soonest first."""
    found = []
    for model in reviewable_models():
        opts = model._meta
        for item in model.objects.review_due(within_days):
            found.append(
                DueItem(
                    item=item,
                    kind=str(opts.verbose_name).capitalize(),
                    review_due=item.review_due,
                    job_code=item.job_code,
                    reviewer=item.certifier_name,
                    admin_url=reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk]),
                )
            )
    return sorted(found, key=lambda due: (due.review_due, due.kind, str(due.item)))
