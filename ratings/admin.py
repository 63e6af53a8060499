import csv

from django.contrib import admin
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone

from ratings.models import RatingTotal, Score, Vote
from ratings.summary import csv_safe, summary_rows


class ReadOnlyAdmin(admin.ModelAdmin):
    """Looked at only: votes and totals change through voting and `recount_ratings`, never by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Vote)
class VoteAdmin(ReadOnlyAdmin):
    """Votes can be looked at and filtered, never added, changed or deleted here (the totals depend on them)."""

    list_display = ["rated_object", "content_type", "score", "updated_at", "address_hash"]
    list_filter = ["content_type", "score", "updated_at"]
    search_fields = ["address_hash", "visitor_hash"]
    date_hierarchy = "updated_at"
    list_select_related = ["content_type"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("target")

    @admin.display(description="Rated page")
    def rated_object(self, vote):
        return vote.target or f"(deleted {vote.content_type.name} {vote.object_id})"


@admin.register(RatingTotal)
class RatingsSummaryAdmin(ReadOnlyAdmin):
    """'Ratings summary': one read-only table of every rated page, lowest average first, with a CSV download."""

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            return super().changelist_view(request, extra_context)
        rows = summary_rows()
        if request.GET.get("format") == "csv":
            return self.csv_response(rows)
        context = {
            **self.admin_site.each_context(request),
            "title": "Ratings summary",
            "opts": self.model._meta,
            "rows": rows,
            "star_labels": Score.labels,
        }
        return TemplateResponse(request, "admin/ratings/summary.html", context)

    def csv_response(self, rows):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        filename = f"ratings-summary-{timezone.localdate().isoformat()}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        writer = csv.writer(response)
        writer.writerow(["Page", "Type", "Address", "Average", "Votes", *Score.labels])
        for row in rows:
            writer.writerow(
                [
                    csv_safe(row.target),
                    row.kind,
                    row.url,
                    f"{row.summary.average:.1f}",
                    row.summary.count,
                    *row.spread,
                ]
            )
        return response
