"""Load the demo content that every app ships in its `demo.py`.

Safe to run again and again: rows already as they should be are left alone,
so a second run changes nothing and says so.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import connection, transaction

from caching.signals import invalidate_site_once
from content.seeding import DemoReport


class Command(BaseCommand):
    help = "Create or update the demo content (treatments and, as apps add them, the rest)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            default=1,
            help="Load N copies of the demo content, for trying the site with more data.",
        )

    def handle(self, *args, scale, **options):
        report = DemoReport()
        with transaction.atomic(), invalidate_site_once():
            for config in apps.get_app_configs():
                if find_spec(f"{config.name}.demo") is not None:
                    import_module(f"{config.name}.demo").load(report, scale=max(scale, 1))
        if report.changed and connection.vendor == "postgresql":
            # Fresh planner statistics, so the first searches after a big load use the full-text indexes
            # instead of waiting a minute or more for autovacuum to gather them.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        for (kind, outcome), count in sorted(report.counts.items()):
            self.stdout.write(f"{kind}: {count} {outcome}")
        if report.changed:
            self.stdout.write(self.style.SUCCESS("Demo content loaded."))
        else:
            self.stdout.write(self.style.SUCCESS("Demo content already up to date: nothing changed."))
