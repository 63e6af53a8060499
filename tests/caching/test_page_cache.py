import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.factories import make_clinic, make_treatment

pytestmark = pytest.mark.django_db


def test_second_anonymous_visit_is_served_from_the_cache_without_queries(client, django_assert_num_queries):
    treatment = make_treatment()
    assert client.get(treatment.get_absolute_url())["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        response = client.get(treatment.get_absolute_url())
    assert response["X-Page-Cache"] == "hit"
    assert treatment.title in response.content.decode()


def test_saving_a_treatment_shows_the_change_on_its_page_and_the_overview_at_once(client):
    treatment = make_treatment(title="Surgery")
    client.get(treatment.get_absolute_url())
    client.get(reverse("treatments:list"))

    treatment.title = "Surgery for NETs"
    treatment.save()

    assert "Surgery for NETs" in client.get(treatment.get_absolute_url()).content.decode()
    assert "Surgery for NETs" in client.get(reverse("treatments:list")).content.decode()


def test_saving_one_treatment_keeps_other_treatments_pages_cached(client):
    changed, untouched = make_treatment(), make_treatment()
    client.get(untouched.get_absolute_url())
    changed.save()
    assert client.get(untouched.get_absolute_url())["X-Page-Cache"] == "hit"


def test_each_filter_the_page_reads_is_cached_separately_and_dropped_together(client):
    clinic = make_clinic(title="Before", country="GB")
    finder = reverse("clinics:list")
    client.get(finder + "?country=GB")
    assert client.get(finder)["X-Page-Cache"] == "miss"
    clinic.title = "After"
    clinic.save()
    assert "After" in client.get(finder + "?country=GB").content.decode()


def test_a_new_slug_drops_the_old_address_from_the_cache(client):
    treatment = make_treatment(slug="old-address")
    old_url = treatment.get_absolute_url()
    client.get(old_url)
    treatment.slug = "new-address"
    treatment.save()
    assert client.get(old_url).status_code == 404


def test_deleting_a_treatment_removes_it_from_the_overview(client):
    treatment = make_treatment(title="Withdrawn treatment")
    client.get(reverse("treatments:list"))
    treatment.delete()
    assert "Withdrawn treatment" not in client.get(reverse("treatments:list")).content.decode()


def test_logged_in_staff_never_get_or_fill_the_shared_cache(client):
    treatment = make_treatment()
    staff = get_user_model().objects.create_user("editor", password="a-long-test-password", is_staff=True)
    client.force_login(staff)
    assert "X-Page-Cache" not in client.get(treatment.get_absolute_url())
    client.logout()
    assert client.get(treatment.get_absolute_url())["X-Page-Cache"] == "miss"


def test_not_found_pages_are_not_cached(client):
    client.get("/treatments/not-yet/")
    treatment = make_treatment(slug="not-yet")
    assert client.get(treatment.get_absolute_url()).status_code == 200


def test_page_cache_can_be_turned_off(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    treatment = make_treatment()
    client.get(treatment.get_absolute_url())
    assert "X-Page-Cache" not in client.get(treatment.get_absolute_url())


def test_saving_the_site_settings_changes_every_cached_page_at_once(client):
    from pages.models import SiteSettings

    treatment = make_treatment()
    client.get(treatment.get_absolute_url())
    settings_record = SiteSettings.current()
    settings_record.sponsor_statement = "This site is paid for by a new sponsor."
    settings_record.save()
    assert "This site is paid for by a new sponsor." in client.get(treatment.get_absolute_url()).content.decode()


def test_a_reader_who_made_a_cookie_choice_never_gets_the_first_visit_banner_from_the_cache(client):
    treatment = make_treatment()
    first_visit = client.get(treatment.get_absolute_url()).content.decode()
    assert "Accept additional cookies" in first_visit

    client.cookies["cookie_consent"] = "rejected"
    returning = client.get(treatment.get_absolute_url())
    assert returning["X-Page-Cache"] == "miss"
    assert "Accept additional cookies" not in returning.content.decode()


def test_a_vote_shows_its_new_figures_at_once_on_a_cached_page(django_capture_on_commit_callbacks):
    from django.test import Client

    treatment = make_treatment()
    reader = Client()
    assert "No ratings yet." in reader.get(treatment.get_absolute_url()).content.decode()

    with django_capture_on_commit_callbacks(execute=True):  # the vote's commit, as in a real request
        Client().post(reverse("ratings:vote"), {"target": _target(treatment), "score": 5})

    assert "Rating: 5.0/5. From 1 vote." in reader.get(treatment.get_absolute_url()).content.decode()


def test_the_rating_form_on_a_cached_page_works_for_another_reader_without_javascript():
    """The cached copy holds no one's CSRF token: each reader is served their own."""
    import re

    from django.test import Client

    treatment = make_treatment()
    Client(enforce_csrf_checks=True).get(treatment.get_absolute_url())  # fills the cache

    reader = Client(enforce_csrf_checks=True)
    page = reader.get(treatment.get_absolute_url())
    assert page["X-Page-Cache"] == "hit"
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode()).group(1)
    response = reader.post(
        reverse("ratings:vote"), {"csrfmiddlewaretoken": token, "target": _target(treatment), "score": 4}
    )
    assert response.status_code == 303
    assert "Thank you, your rating has been saved." in reader.get(response["Location"]).content.decode()


def _target(obj):
    from ratings.targets import target_token

    return target_token(obj)


def test_a_new_faq_topic_shows_in_the_cached_ask_form_at_once(client):
    from tests.factories import make_topic

    client.get(reverse("faqs:ask"))
    make_topic(name="Diet and nutrition")
    assert "Diet and nutrition" in client.get(reverse("faqs:ask")).content.decode()


def test_renaming_a_service_shows_on_the_cached_pages_of_clinics_offering_it(client):
    from clinics.models import Service
    from tests.factories import make_clinic

    clinic = make_clinic()
    service = Service.objects.get(slug="prrt")
    clinic.services.add(service)
    client.get(clinic.get_absolute_url())
    service.name = "PRRT (radionuclide therapy)"
    service.save()
    assert "PRRT (radionuclide therapy)" in client.get(clinic.get_absolute_url()).content.decode()


def test_unpublishing_a_story_removes_the_link_to_it_from_cached_treatment_pages(client):
    from tests.factories import make_quote, make_story

    treatment = make_treatment()
    story = make_story(title="Helen’s story")
    make_quote(treatments=[treatment], story=story)
    assert story.get_absolute_url() in client.get(treatment.get_absolute_url()).content.decode()

    story.status = story.Status.WITHDRAWN
    story.save()
    assert story.get_absolute_url() not in client.get(treatment.get_absolute_url()).content.decode()


def test_renaming_a_treatment_shows_on_the_cached_pages_of_stories_about_it(client):
    from tests.factories import make_story

    treatment = make_treatment(title="Surgery")
    story = make_story()
    story.treatments.add(treatment)
    client.get(story.get_absolute_url())
    treatment.title = "Surgery for NETs"
    treatment.save()
    assert "Surgery for NETs" in client.get(story.get_absolute_url()).content.decode()


@pytest.mark.django_db(transaction=True)
def test_a_page_read_while_a_change_is_uncommitted_is_not_served_after_the_commit(client):
    import threading

    from django.db import connection, connections, transaction
    from django.test import Client

    if connection.vendor != "postgresql":
        pytest.skip("Needs a second connection that cannot see an uncommitted change: run on PostgreSQL.")
    treatment = make_treatment(title="Old title")

    def reader_during_the_change():
        assert "Old title" in Client().get(treatment.get_absolute_url()).content.decode()
        connections.close_all()

    with transaction.atomic():
        treatment.title = "New title"
        treatment.save()
        reader = threading.Thread(target=reader_during_the_change)
        reader.start()
        reader.join()

    assert "New title" in client.get(treatment.get_absolute_url()).content.decode()


@pytest.mark.parametrize("whereabouts", [{"near": "Leeds"}, {"place": "2644688"}, {"lat": "53.8", "lng": "-1.55"}])
def test_a_finder_page_for_where_a_reader_is_is_never_stored_in_the_page_cache(client, whereabouts):
    from tests.factories import make_place

    make_clinic(), make_place("leeds")
    finder = reverse("clinics:list")
    for _ in range(2):
        response = client.get(finder, whereabouts)
        assert response.get("X-Page-Cache") != "hit"
    assert "Leeds" in response.content.decode() or "your location" in response.content.decode()
