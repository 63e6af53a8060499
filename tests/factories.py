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
