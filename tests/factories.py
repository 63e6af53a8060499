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


def make_vote(target, score=4, visitor=None, address="192.0.2.1"):
    """Record a vote through the same path as the site; a new visitor each time unless one is given."""
    from ratings.models import Vote
    from ratings.visitors import address_hash, new_visitor_id, visitor_hash

    return Vote.objects.record(
        target,
        visitor_hash=visitor_hash(visitor or new_visitor_id()),
        address_hash=address_hash(address),
        score=score,
    )
