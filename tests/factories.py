"""Small factories: sensible defaults, unique slugs, overrides for what a test cares about."""

from datetime import date
from itertools import count

from clinics.models import Clinic, Service, ensure_default_services
from support_groups.models import SupportGroup
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


def make_clinic(services=(), **overrides):
    n = next(_serial)
    fields = {
        "title": f"Clinic {n}",
        "slug": f"clinic-{n}",
        "summary": f"What clinic {n} offers, in a sentence.",
        "status": Clinic.Status.PUBLISHED,
        "institution": f"Hospital {n}",
        "city": "London",
        "country": "GB",
        "latitude": 51.5074,
        "longitude": -0.1278,
    }
    fields.update(overrides)
    clinic = Clinic.objects.create(**fields)
    if services:
        ensure_default_services()
        clinic.services.set(Service.objects.filter(slug__in=services))
    return clinic


def make_support_group(**overrides):
    n = next(_serial)
    fields = {
        "title": f"Support group {n}",
        "slug": f"support-group-{n}",
        "summary": f"What support group {n} does, in a sentence.",
        "status": SupportGroup.Status.PUBLISHED,
        "countries": "GB",
    }
    fields.update(overrides)
    return SupportGroup.objects.create(**fields)
