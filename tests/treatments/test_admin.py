import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import make_staff, make_treatment
from treatments.models import Treatment

pytestmark = pytest.mark.django_db


def test_anonymous_visitor_is_sent_to_the_admin_login(client):
    response = client.get(reverse("admin:treatments_treatment_changelist"))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_admin_list_shows_title_category_status_and_review_date(superuser_client):
    make_treatment(title="Chemotherapy", status=Treatment.Status.DRAFT)
    response = superuser_client.get(reverse("admin:treatments_treatment_changelist"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Chemotherapy" in html
    for column in ["Category", "Status", "Review due"]:
        assert column in html


def test_admin_filters_by_category(superuser_client):
    make_treatment(title="Surgery")
    make_treatment(title="PRRT", category=Treatment.Category.IN_DEVELOPMENT)
    url = reverse("admin:treatments_treatment_changelist") + "?category__exact=in_development"
    html = superuser_client.get(url).content.decode()
    assert "PRRT" in html
    assert "Surgery" not in html


def test_editing_a_treatment_in_the_admin_changes_the_public_page_once_approved(superuser_client):
    treatment = make_treatment(title="Surgery", slug="surgery")
    url = reverse("admin:treatments_treatment_change", args=[treatment.pk])
    form = {
        "title": "Surgery for NETs",
        "slug": "surgery",
        "category": "established",
        "order": 1,
        "summary": "An updated summary for readers.",
        "body": "<p>Updated text.</p>",
    }
    response = superuser_client.post(url, form)
    assert response.status_code == 302, response.content.decode()
    submit = reverse("admin:treatments_treatment_transition", args=[treatment.pk, "submit"])
    assert superuser_client.post(submit, {"comment": "Ready for review"}).status_code == 302

    # Another person signs it off (four eyes), setting the approval code.
    reviewer = Client()
    reviewer.force_login(make_staff("reviewer"))
    approve = reverse("admin:treatments_treatment_transition", args=[treatment.pk, "approve"])
    approval = {"job_code": "NET-UK-999999", "date_of_preparation": "2026-10-01", "review_due": "2028-10-01"}
    response = reviewer.post(approve, approval)
    assert response.status_code == 302, response.content.decode()

    page = Client().get(treatment.get_absolute_url()).content.decode()
    assert "Surgery for NETs" in page
    assert "An updated summary for readers." in page
    assert "NET-UK-999999 October 2026" in page


def test_admin_offers_view_on_site(superuser_client):
    treatment = make_treatment()
    response = superuser_client.get(reverse("admin:treatments_treatment_change", args=[treatment.pk]))
    assert "View on site" in response.content.decode()
