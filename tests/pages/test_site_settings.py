"""The one site-settings record: shown on every page, edited by site administrators, live on the next request."""

from datetime import date

import pytest
from django.urls import reverse

from pages.models import SiteSettings
from tests.factories import make_treatment

pytestmark = pytest.mark.django_db


def test_footer_shows_every_site_statement(client):
    html = client.get(reverse("home")).content.decode()
    record = SiteSettings.current()
    for text in [record.sponsor_statement, record.audience_notice, record.medical_disclaimer]:
        assert text in html
    assert "Yellow Card scheme" in html
    assert "talk to your doctor, pharmacist or nurse" in html


def test_an_edit_shows_on_the_next_request(client):
    client.get(reverse("home"))
    record = SiteSettings.current()
    record.sponsor_statement = "This site is sponsored by New Sponsor UK Ltd."
    record.default_job_code = "NEW-UK-000009"
    record.default_date_of_preparation = date(2027, 3, 1)
    record.save()
    html = client.get(reverse("home")).content.decode()
    assert "This site is sponsored by New Sponsor UK Ltd." in html
    assert "NEW-UK-000009 March 2027" in html


def test_the_footer_reads_the_settings_once_per_content_version(client, django_assert_num_queries):
    SiteSettings(sponsor_statement="Sponsored by Example UK Ltd.").save()
    with django_assert_num_queries(2):  # the content version, then the settings
        client.get(reverse("home"))
    with django_assert_num_queries(1):  # a page rendered afresh (not kept) shows the footer from the copy
        assert "Sponsored by Example UK Ltd." in client.get(reverse("faqs:ask-thanks")).content.decode()


def test_there_is_only_ever_one_record():
    SiteSettings(sponsor_statement="A").save()
    SiteSettings(sponsor_statement="B").save()
    assert SiteSettings.objects.count() == 1
    assert SiteSettings.current().sponsor_statement == "B"


def test_site_admin_edits_the_settings_in_the_admin(login, site_admin, client):
    admin = login(site_admin)
    response = admin.get(reverse("admin:pages_sitesettings_changelist"))
    assert response.status_code == 302
    form = {
        "sponsor_statement": "Edited sponsor statement.",
        "audience_notice": "This site is intended for a UK audience only.",
        "default_job_code": "NET-UK-000001",
        "default_date_of_preparation": "01/11/2026",
        "side_effect_statement": "Report side effects via the Yellow Card scheme.",
        "medical_disclaimer": "Not medical advice.",
        "reading_age_target_min": "9",
        "reading_age_target_max": "11",
    }
    assert admin.post(response["Location"], form).status_code == 302
    assert "Edited sponsor statement." in client.get(make_treatment().get_absolute_url()).content.decode()


@pytest.mark.parametrize("role", ["editor", "reviewer"])
def test_editors_and_reviewers_cannot_change_the_settings(login, role, request):
    user = request.getfixturevalue(role)
    url = reverse("admin:pages_sitesettings_change", args=[1])
    assert login(user).post(url, {"sponsor_statement": "Hijacked"}).status_code == 403
