from io import StringIO

import pytest
from django.core.management import call_command

from clinics.countries import is_within_country
from clinics.models import Clinic
from support_groups.models import SupportGroup

pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command("load_demo_content", *args, stdout=out)
    return out.getvalue()


def test_demo_has_thirty_real_centres_and_six_organisations_without_invented_contacts(client):
    run()
    clinics, groups = Clinic.objects.published(), SupportGroup.objects.published()
    assert clinics.count() >= 30
    assert groups.count() >= 6
    assert clinics.filter(title__icontains="Royal Free").exists()
    assert clinics.filter(city="Manchester").exists()
    assert len(set(clinics.values_list("country", flat=True))) >= 10
    assert not clinics.exclude(phone="").exists() and not clinics.exclude(email="").exists()
    assert not groups.exclude(phone="").exists() and not groups.exclude(email="").exists()
    assert not groups.filter(website="").exists()
    assert clinics.filter(is_demo=False).count() == groups.filter(is_demo=False).count() == 0
    for clinic in clinics:
        assert clinic.latitude and clinic.longitude
        assert is_within_country(clinic.country, clinic.latitude, clinic.longitude), clinic
    # Every UK nation has a centre; services are given only where known, and the page says to ask otherwise.
    uk_cities = set(clinics.filter(country="GB").values_list("city", flat=True))
    assert {"London", "Glasgow", "Edinburgh", "Cardiff", "Belfast"} <= uk_cities
    unknown = clinics.filter(services=None).first()
    assert clinics.filter(services__slug="prrt").exists() and unknown
    assert "Ask the centre or your hospital team." in client.get(unknown.get_absolute_url()).content.decode()
    for page in [*clinics[:3], *groups[:3]]:
        assert client.get(page.get_absolute_url()).status_code == 200


def test_second_run_changes_nothing():
    run()
    before = list(Clinic.objects.values_list("slug", "updated_at"))
    assert "nothing changed" in run()
    assert list(Clinic.objects.values_list("slug", "updated_at")) == before


def test_scale_loads_numbered_copies():
    run("--scale", "2")
    assert Clinic.objects.filter(slug="royal-free-london-2").exists()
    assert SupportGroup.objects.filter(slug="amend-2").exists()
