"""Print the pages due for review (the admin dashboard's list), for a scheduled email later."""

from django.core.management.base import BaseCommand, CommandError

from workflow.models import REVIEW_WARNING_DAYS
from workflow.review import due_items


class Command(BaseCommand):
    help = "List published pages whose review date has passed or falls within --days days, soonest first."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=REVIEW_WARNING_DAYS, help="How far ahead to look (default 30).")

    def handle(self, *args, days, **options):
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        items = due_items(within_days=days)
        if not items:
            self.stdout.write(self.style.SUCCESS("Nothing is due for review."))
            return
        for due in items:
            flag = " (overdue)" if due.overdue else ""
            self.stdout.write(
                f"{due.review_due:%Y-%m-%d}{flag}\t{due.kind}\t{due.item}\t{due.job_code or '-'}\t"
                f"{due.reviewer or '-'}\t{due.admin_url}"
            )
        self.stdout.write(f"{len(items)} page(s) due for review.")
