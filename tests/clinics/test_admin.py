from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from clinics.models import Clinic
from support_groups.models import SupportGroup
from tests.factories import make_clinic, make_support_group

pytestmark = pytest.mark.django_db


def clinic_form(**overrides):
    form = {
        "title": "Royal Free London NET Unit",
        "slug": "royal-free-london",
        "institution": "Royal Free Hospital",
        "summary": "Specialist care.",
        "body": "",
        "city": "London",
        "country": "GB",
        "latitude": "51.5532",
        "longitude": "-0.1657",
        "services": [],
        "status": "draft",
        "languages": "English",
    }
    form.update(overrides)
    return form


def test_clinic_list_shows_columns_and_filters(superuser_client):
    make_clinic(title="Royal Free", is_centre_of_excellence=True)
    html = superuser_client.get(reverse("admin:clinics_clinic_changelist")).content.decode()
    assert "Royal Free" in html
    for text in [
        "ENETS Centre of Excellence",
        "Review due",
        "Last verified",
        "By country",
        "By service",
        "By demo content",
    ]:
        assert text in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country__exact=FR", ["Beaujon"]),
        ("is_centre_of_excellence__exact=1", ["Royal Free"]),
        ("services__id__exact={prrt}", ["Royal Free"]),
        ("status__exact=draft", ["Draft clinic"]),
        ("review=overdue", ["Beaujon"]),
        ("review=soon", ["Royal Free"]),
        ("is_demo__exact=1", ["Beaujon"]),
        ("q=clichy", ["Beaujon"]),
    ],
)
def test_clinic_admin_filters_and_search(superuser_client, query, expected):
    from clinics.models import Service

    today = timezone.localdate()
    make_clinic(
        title="Royal Free", is_centre_of_excellence=True, services=["prrt"], review_due=today + timedelta(days=5)
    )
    make_clinic(title="Beaujon", country="FR", city="Clichy", latitude=48.9, longitude=2.3, is_demo=True,
                review_due=today - timedelta(days=1))  # fmt: skip
    make_clinic(title="Draft clinic", status=Clinic.Status.DRAFT, review_due=today + timedelta(days=300))
    query = query.format(prrt=Service.objects.get(slug="prrt").pk)
    response = superuser_client.get(reverse("admin:clinics_clinic_changelist") + "?" + query)
    shown = [clinic.title for clinic in response.context["cl"].result_list]
    assert shown == expected


def test_coordinates_out_of_range_are_refused(superuser_client):
    response = superuser_client.post(reverse("admin:clinics_clinic_add"), clinic_form(latitude="91", longitude="-200"))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "latitude" in errors and "longitude" in errors
    assert not Clinic.objects.exists()


def test_coordinates_outside_the_country_save_with_a_warning(superuser_client):
    # Latitude and longitude swapped: a classic slip that puts London in the Indian Ocean.
    response = superuser_client.post(
        reverse("admin:clinics_clinic_add"), clinic_form(latitude="-0.1657", longitude="51.5532"), follow=True
    )
    assert Clinic.objects.filter(slug="royal-free-london").exists()
    html = response.content.decode()
    assert "Please check the map position" in html
    assert "is outside United Kingdom" in html


def test_coordinates_inside_the_country_give_no_warning(superuser_client):
    response = superuser_client.post(reverse("admin:clinics_clinic_add"), clinic_form(), follow=True)
    assert Clinic.objects.filter(slug="royal-free-london").exists()
    assert "Please check the map position" not in response.content.decode()


def test_demo_entries_can_be_deleted_in_one_step_leaving_real_ones(superuser_client):
    demo = [make_clinic(is_demo=True) for _ in range(3)]
    real = make_clinic(title="Real clinic")
    response = superuser_client.post(
        reverse("admin:clinics_clinic_changelist"),
        {"action": "delete_demo_content", "_selected_action": [c.pk for c in [*demo, real]]},
        follow=True,
    )
    assert "Deleted 3 demo entries." in response.content.decode()
    assert list(Clinic.objects.values_list("title", flat=True)) == ["Real clinic"]


def test_support_group_admin_saves_countries_from_tick_boxes_and_filters_by_country(superuser_client):
    form = {
        "title": "AMEND",
        "slug": "amend",
        "summary": "Support.",
        "body": "",
        "countries": ["GB", "IE"],
        "reach": "national",
        "languages": "English",
        "meets_online": "on",
        "status": "draft",
    }
    response = superuser_client.post(reverse("admin:support_groups_supportgroup_add"), form)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert SupportGroup.objects.get(slug="amend").countries == "GB,IE"
    make_support_group(title="German group", countries="DE")
    response = superuser_client.get(reverse("admin:support_groups_supportgroup_changelist") + "?country=IE")
    assert [group.title for group in response.context["cl"].result_list] == ["AMEND"]


def test_import_and_export_buttons_are_offered(superuser_client):
    html = superuser_client.get(reverse("admin:clinics_clinic_changelist")).content.decode()
    assert reverse("admin:clinics_clinic_import") in html
    assert reverse("admin:clinics_clinic_export") in html
