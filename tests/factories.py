"""Small factories: sensible defaults, unique slugs, overrides for what a test cares about."""

from datetime import date
from itertools import count

from treatments.models import Treatment

_serial = count(1)


def make_treatment(**overrides):
    n = next(_serial)
    fields = {
        "title": f"Treatment {n}",
        "slug": f"treatment-{n}",
        "summary": f"What treatment {n} is, in a sentence.",
        "body": "<p>How it works.</p>",
        "status": Treatment.Status.PUBLISHED,
        "category": Treatment.Category.ESTABLISHED,
        "order": n,
        "job_code": f"TEST-UK-{n:06d}",
        "date_of_preparation": date(2026, 9, 1),
    }
    fields.update(overrides)
    return Treatment.objects.create(**fields)


def make_staff(role="editor", username=None, **overrides):
    """A staff account in one of the three roles ('editor', 'reviewer', 'admin'), or a superuser ('superuser')."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from workflow.roles import ROLES, sync_roles

    username = username or f"{role}-{next(_serial)}"
    User = get_user_model()
    if role == "superuser":
        return User.objects.create_superuser(username, f"{username}@example.com", "a-long-test-password", **overrides)
    user = User.objects.create_user(
        username, f"{username}@example.com", "a-long-test-password", is_staff=True, **overrides
    )
    sync_roles()
    user.groups.add(Group.objects.get(name=ROLES[role]))
    return user
