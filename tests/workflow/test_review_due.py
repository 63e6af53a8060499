"""The review-due list: admin dashboard across content types, and the command that prints it."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.factories import make_site_page, make_treatment
from treatments.models import Treatment

pytestmark = pytest.mark.django_db


@pytest.fixture
def due():
    today = timezone.localdate()
    make_treatment(title="Overdue", review_due=today - timedelta(days=3), job_code="JC-OVER", certifier_name="Dr Ray")
    make_treatment(title="Soon", review_due=today + timedelta(days=20), job_code="JC-SOON")
    make_treatment(title="Far off", review_due=today + timedelta(days=200))
    make_treatment(title="Draft overdue", review_due=today - timedelta(days=9), status=Treatment.Status.DRAFT)
    make_site_page(title="Privacy", slug="privacy", review_due=today + timedelta(days=5))


def test_dashboard_lists_published_pages_of_every_type_soonest_first(login, editor, due):
    html = login(editor).get(reverse("review-due")).content.decode()
    assert html.index("Overdue") < html.index("Privacy") < html.index("Soon")
    assert "Far off" not in html and "Draft overdue" not in html
    assert "JC-OVER" in html and "Dr Ray" in html and "(overdue)" in html
    assert "Site page" in html and "Treatment" in html


def test_dashboard_is_for_staff_only(client, due):
    response = client.get(reverse("review-due"))
    assert response.status_code == 302 and reverse("admin:login") in response["Location"]


def test_admin_home_links_to_the_dashboard(login, editor):
    assert reverse("review-due") in login(editor).get(reverse("admin:index")).content.decode()


def test_command_prints_the_same_list(due):
    out = StringIO()
    call_command("review_due", stdout=out)
    lines = out.getvalue().splitlines()
    assert [line.split("\t")[2] for line in lines[:-1]] == ["Overdue", "Privacy", "Soon"]
    assert "JC-OVER" in lines[0] and "(overdue)" in lines[0]
    assert lines[-1] == "3 page(s) due for review."


def test_command_with_nothing_due_says_so():
    out = StringIO()
    call_command("review_due", stdout=out)
    assert "Nothing is due for review." in out.getvalue()


def test_command_refuses_negative_days():
    with pytest.raises(CommandError):
        call_command("review_due", days=-1)


def test_review_dates_show_on_the_public_page():
    item = make_treatment(review_due=timezone.localdate() + timedelta(days=700))
    item.certified_on = timezone.localdate().replace(day=1)
    item.save()
    html = Client().get(item.get_absolute_url()).content.decode()
    assert f"Page last reviewed: {item.certified_on:%-d %B %Y}. Next review due: {item.review_due:%-d %B %Y}." in html
