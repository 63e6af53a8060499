"""The table behind the admin's 'Ratings summary' page and its CSV download."""

from collections import defaultdict
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count

from ratings.models import RatingSummary, RatingTotal, Score, Vote


@dataclass(frozen=True)
class SummaryRow:
    target: object
    kind: str
    summary: RatingSummary
    spread: tuple  # votes for 1, 2, 3, 4 and 5 stars

    @property
    def url(self):
        return self.target.get_absolute_url()


def summary_rows():
    """Every rated object that still exists, lowest average first (then most votes first)."""
    totals = list(RatingTotal.objects.filter(count__gt=0).select_related("content_type").prefetch_related("target"))
    spread = defaultdict(lambda: [0] * len(Score))
    for row in Vote.objects.values("content_type", "object_id", "score").annotate(n=Count("id")).order_by():
        spread[(row["content_type"], row["object_id"])][row["score"] - 1] = row["n"]
    rows = [
        SummaryRow(
            target=total.target,
            kind=ContentType.objects.get_for_id(total.content_type_id).name.capitalize(),
            summary=total.summary,
            spread=tuple(spread[(total.content_type_id, total.object_id)]),
        )
        for total in totals
        if total.target is not None
    ]
    return sorted(rows, key=lambda row: (row.summary.average, -row.summary.count, str(row.target)))


# What makes a spreadsheet read a cell as a formula.
FORMULA_STARTS = {"=", "+", "-", "@", "\t", "\r"}


def csv_safe(value):
    """Stop a spreadsheet from reading a cell as a formula (CSV injection)."""
    text = str(value)
    return f"'{text}" if text[:1] in FORMULA_STARTS else text
