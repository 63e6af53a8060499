from django.core.management.base import BaseCommand

from places.gazetteer import load_places


class Command(BaseCommand):
    help = "Load the UK's and Ireland's towns, cities and villages (500+ people) for the clinic finder. Idempotent."

    def handle(self, *args, **options):
        created, updated, deleted = load_places()
        if created or updated or deleted:
            self.stdout.write(f"Places: {created} added, {updated} updated, {deleted} removed.")
        else:
            self.stdout.write("Places already up to date: nothing changed.")
