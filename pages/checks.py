"""`manage.py check --deploy` warns about everything on the launch checklist (pages.launch)."""

from django.core import checks
from django.db import DatabaseError


@checks.register(deploy=True)
def launch_checklist(app_configs=None, databases=None, **kwargs):
    from pages.launch import KINDS, launch_blockers

    try:
        blockers = launch_blockers()
    except DatabaseError:  # no tables yet (before the first migrate): nothing to check
        return []
    return [
        checks.Warning(text, hint="See 'Before going live' on the admin home.", id=f"pages.W{KINDS[kind]:03d}")
        for kind, text in blockers
    ]
