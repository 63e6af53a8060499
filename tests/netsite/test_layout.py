import pytest
from django.urls import reverse

from pages.models import SiteSettings
from tests.factories import make_treatment

pytestmark = pytest.mark.django_db


def test_home_introduces_the_site_and_links_to_treatments(client):
    response = client.get(reverse("home"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Living with neuroendocrine tumours</h1>" in html
    assert f'href="{reverse("treatments:list")}"' in html


def test_every_page_has_skip_link_one_main_landmark_and_british_english(client):
    treatment = make_treatment()
    for url in [reverse("home"), reverse("treatments:list"), treatment.get_absolute_url()]:
        html = client.get(url).content.decode()
        assert 'lang="en-GB"' in html
        assert 'href="#main-content"' in html
        assert html.count("<main ") == 1


def test_footer_shows_sponsor_and_uk_audience_notice(client):
    html = client.get(reverse("home")).content.decode()
    assert "This site has been initiated and developed by Example Pharma UK Ltd." in html
    assert "This site is intended for a UK audience only." in html


def test_footer_shows_the_job_code_and_date_of_the_page_being_read(client):
    treatment = make_treatment(job_code="SOM-UK-003737")
    treatment.date_of_preparation = treatment.date_of_preparation.replace(month=9, year=2018)
    treatment.save()
    html = client.get(treatment.get_absolute_url()).content.decode()
    assert "SOM-UK-003737 September 2018" in html


def test_footer_falls_back_to_the_site_job_code_where_a_page_has_none(client):
    html = client.get(reverse("treatments:list")).content.decode()
    assert f"{SiteSettings.current().default_job_code} November 2026" in html


def test_current_section_is_marked_in_the_navigation(client):
    html = client.get(reverse("treatments:list")).content.decode()
    assert f'<a href="{reverse("treatments:list")}" aria-current="page">Treatments</a>' in html


def test_a_server_error_shows_the_sites_own_friendly_page(client, settings):
    from django.urls import path

    from netsite import urls as site_urls

    def broken(request):
        raise RuntimeError("a bug")

    settings.ROOT_URLCONF = type("urls", (), {"urlpatterns": [path("broken/", broken), *site_urls.urlpatterns]})
    client.raise_request_exception = False
    response = client.get("/broken/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Sorry, something went wrong on our side" in html
    assert 'lang="en-GB"' in html
    assert "a bug" not in html
