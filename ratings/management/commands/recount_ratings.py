"""Rebuild every rating total from the votes themselves.

The totals are kept in step with the votes as they arrive; this is the check (and the repair) for
anything that bypassed that, such as votes deleted or restored straight in the database.
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Count, Sum

from ratings.models import RatingTotal, Vote
from ratings.signals import rating_changed


class Command(BaseCommand):
    help = "Recount every rating total from the votes and report any difference corrected."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Report the differences but change nothing.")

    def handle(self, *args, dry_run, **options):
        objects = set(Vote.objects.values_list("content_type", "object_id").distinct().order_by())
        objects |= set(RatingTotal.objects.values_list("content_type", "object_id"))
        corrected = 0
        for content_type_id, object_id in sorted(objects):
            with transaction.atomic():
                change = self.recount(content_type_id, object_id, dry_run)
            if change:
                corrected += 1
                self.stdout.write(change)
        verb = "would be corrected" if dry_run else "corrected"
        if corrected:
            self.stdout.write(self.style.WARNING(f"{corrected} of {len(objects)} totals {verb}."))
        else:
            self.stdout.write(self.style.SUCCESS(f"All {len(objects)} totals match their votes: nothing {verb}."))

    def recount(self, content_type_id, object_id, dry_run):
        """Lock the total as a vote would, so a vote arriving meanwhile waits and nothing is lost."""
        same_object = {"content_type_id": content_type_id, "object_id": object_id}
        total = RatingTotal.objects.select_for_update().filter(**same_object).first()
        if total is None:
            if not dry_run:
                RatingTotal.objects.bulk_create([RatingTotal(**same_object)], ignore_conflicts=True)
                total = RatingTotal.objects.select_for_update().get(**same_object)
            else:
                total = RatingTotal(**same_object)
        actual = Vote.objects.filter(**same_object).aggregate(count=Count("id"), score_sum=Sum("score"))
        count, score_sum = actual["count"], actual["score_sum"] or 0
        if (total.count, total.score_sum) == (count, score_sum):
            return ""
        change = (
            f"{total.content_type.name} {object_id}: "
            f"votes {total.count} -> {count}, sum of scores {total.score_sum} -> {score_sum}"
        )
        if not dry_run:
            RatingTotal.objects.filter(pk=total.pk).update(count=count, score_sum=score_sum)
            target = total.target
            if target is not None:
                average = round(score_sum / count, 1) if count else None
                transaction.on_commit(
                    lambda: rating_changed.send(sender=type(target), instance=target, count=count, average=average)
                )
        return change
