"""The finder's query count does not grow with the number of clinics, with or without nearest first."""

import pytest
from django.urls import reverse

from clinics.models import Clinic, Service
from tests.factories import make_clinic, make_places, signed_off

pytestmark = pytest.mark.django_db

# The content version, services for the filter, the typed town (to forgive a typo, two more: the names of the
# same first letter, then the closest places), the count, the page, the page's services, and the footer's site settings.
LIST_BUDGET = 9
# The content version, the clinic, its services, the footer's site settings and its rating.
DETAIL_BUDGET = 5


def bulk_clinics(number):
    clinics = Clinic.objects.bulk_create(
        Clinic(**signed_off(dict(
            title=f"Clinic {n:05d}", slug=f"bulk-clinic-{n}", summary="A clinic.", status=Clinic.Status.PUBLISHED,
            published_at="2026-01-01T00:00:00Z", institution=f"Hospital {n}", city=f"City {n % 40}",
            country="GB" if n % 3 else "FR", latitude=50 + (n % 100) / 20, longitude=-3 + (n % 70) / 10,
            is_centre_of_excellence=n % 2 == 0,
        )))
        for n in range(number)
    )  # fmt: skip
    surgery = Service.objects.get(slug="surgery")
    Clinic.services.through.objects.bulk_create(
        Clinic.services.through(clinic_id=clinic.pk, service_id=surgery.pk) for clinic in clinics
    )
    return clinics


@pytest.mark.parametrize("number", [5, 50])
@pytest.mark.parametrize(
    "params",
    [
        {},
        {"near": "Leeds"},
        {"near": "Glasgw", "europe": "on"},
        {"lat": "53.48", "lng": "-2.24"},
        {"country": "GB", "service": "surgery", "coe": "on"},
    ],
)
def test_list_query_count_does_not_grow(client, django_assert_max_num_queries, number, params):
    bulk_clinics(number)
    make_places()
    with django_assert_max_num_queries(LIST_BUDGET):
        response = client.get(reverse("clinics:list"), params)
    assert response.status_code == 200
    assert response.context["clinics"]


def test_nearest_first_over_5000_clinics_stays_in_the_same_budget(client, django_assert_max_num_queries):
    bulk_clinics(5000)
    with django_assert_max_num_queries(LIST_BUDGET):
        response = client.get(
            reverse("clinics:list"), {"lat": "53.48", "lng": "-2.24", "service": "surgery", "europe": "on"}
        )
    distances = [clinic.distance_km for clinic in response.context["clinics"]]
    assert len(distances) == 20
    assert distances == sorted(distances)
    assert response.context["paginator"].count == 5000


@pytest.mark.parametrize("number", [5, 50])
def test_detail_query_count_does_not_grow(client, django_assert_max_num_queries, number):
    clinics = bulk_clinics(number)
    make_clinic(services=["surgery", "prrt"])
    with django_assert_max_num_queries(DETAIL_BUDGET):
        response = client.get(reverse("clinics:detail", args=[clinics[-1].slug]))
    assert response.status_code == 200
