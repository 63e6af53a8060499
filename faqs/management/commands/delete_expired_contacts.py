"""Delete readers' contact details that are no longer needed, as the ask-an-expert privacy notice promises.

Meant for a daily scheduler (cron, a systemd timer); answering or closing a question already deletes them.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from faqs.models import SubmittedQuestion


class Command(BaseCommand):
    help = "Delete email addresses from submitted questions that are answered, closed or older than 90 days."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Say how many would be deleted; change nothing.")

    def handle(self, *args, dry_run, **options):
        with transaction.atomic():
            expired = SubmittedQuestion.objects.expired_contacts()
            if dry_run:
                self.stdout.write(f"{expired.count()} submitted questions hold contact details due for deletion.")
                return
            count = expired.update(email="", consent_to_contact=False)
        self.stdout.write(self.style.SUCCESS(f"Deleted the contact details of {count} submitted questions."))
