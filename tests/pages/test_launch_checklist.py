"""Nothing placeholder goes live unnoticed: the admin home and `check --deploy` list what blocks going live."""

from datetime import date
from io import StringIO

import pytest
from django.core.checks import run_checks
from django.core.management import call_command
from django.urls import reverse

from content.models import content_models
from pages.launch import demo_content_counts
from pages.models import SiteSettings
from tests.factories import make_site_page, make_treatment

pytestmark = pytest.mark.django_db

FILLED = {
    "sponsor_statement": "This site has been initiated and developed by Real Sponsor Ltd.",
    "default_job_code": "REAL-UK-000123",
    "medical_information_phone": "0800 000 0000",
    "medical_information_email": "medinfo@sponsor.example",
    "postal_address": "1 High Street\nLondon",
    "data_controller": "Real Sponsor Ltd, 1 High Street, London",
}


def deploy_warnings():
    return {
        message.id: message.msg
        for message in run_checks(include_deployment_checks=True)
        if message.id.startswith("pages.")
    }


def checklist(client):
    html = client.get(reverse("admin:index")).content.decode()
    return html[html.index('id="launch-checklist-heading"') : html.index("</section>", html.index("launch-checklist"))]


def test_a_fresh_demo_install_lists_every_placeholder_on_the_admin_home_and_in_check_deploy(superuser_client):
    call_command("load_demo_content", stdout=StringIO())
    shown = checklist(superuser_client)
    for text in [
        "Example Pharma UK Ltd",
        "NET-UK-000001",
        "No medical information telephone",
        "No medical information email",
        "No postal address",
        "No data controller",
        "Demo content is still on the site",
        "11 treatments",
    ]:
        assert text in shown
    assert sorted(deploy_warnings()) == [f"pages.W00{n}" for n in range(1, 8)]


def test_a_page_past_its_review_date_blocks_going_live(superuser_client):
    make_treatment(title="Old page", review_due=date(2020, 1, 1))
    assert "Published pages are past their review date: 1 treatments." in checklist(superuser_client)
    assert "pages.W008" in deploy_warnings()


def test_the_checklist_is_empty_once_settings_are_filled_and_demo_content_is_deleted(superuser_client):
    call_command("load_demo_content", stdout=StringIO())
    superuser_client.post(
        reverse("admin:pages_sitesettings_change", args=[1]),
        {**FILLED, "audience_notice": "UK only.", "default_date_of_preparation": "2026-11-01",
         "side_effect_statement": "Report side effects.", "medical_disclaimer": "Ask your doctor.",
         "reading_age_target_min": 9, "reading_age_target_max": 11},
    )  # fmt: skip
    assert SiteSettings.current().data_controller == FILLED["data_controller"]
    assert demo_content_counts()
    for model in content_models():  # what an editor does in each list: select the demo rows, delete them
        model.objects.filter(pk__in=demo_ids(model)).delete()

    assert "Nothing blocks going live." in checklist(superuser_client)
    assert deploy_warnings() == {}


def demo_ids(model):
    from django.contrib.contenttypes.models import ContentType

    from content.seeding import DEMO_REVIEWER
    from workflow.models import Transition

    return Transition.objects.filter(
        user__username=DEMO_REVIEWER, content_type=ContentType.objects.get_for_model(model)
    ).values("object_id")


def test_contact_details_and_data_controller_show_on_about_accessibility_and_privacy(client):
    SiteSettings.objects.update_or_create(pk=1, defaults=FILLED)
    for slug in ["about", "accessibility", "privacy"]:
        page = make_site_page(slug=slug, title=slug)
        html = client.get(page.get_absolute_url()).content.decode()
        assert "0800 000 0000" in html and "medinfo@sponsor.example" in html and "1 High Street<br>London" in html
    assert "Real Sponsor Ltd, 1 High Street, London" in html  # the privacy notice names the data controller
