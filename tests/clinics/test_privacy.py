import logging

import pytest
from django.urls import reverse

from clinics.logging import RedactLocation
from clinics.models import Clinic
from tests.factories import make_clinic


def test_position_is_removed_from_request_log_lines():
    record = logging.LogRecord(
        "django.server", logging.INFO, __file__, 1, '"%s" %s %s',
        ("GET /clinics/?country=GB&lat=51.51&lng=-0.13&page=2 HTTP/1.1", "200", "1234"), None,
    )  # fmt: skip
    assert RedactLocation().filter(record)
    assert record.getMessage() == '"GET /clinics/?country=GB&lat=[removed]&lng=[removed]&page=2 HTTP/1.1" 200 1234'


def test_the_console_handler_filters_positions_and_runservers_request_lines_are_not_written(settings):
    import logging

    assert "redact_location" in settings.LOGGING["handlers"]["console"]["filters"]
    # runserver's lines carry the query string; the site's own request log (netsite.requests) does not.
    assert not logging.getLogger("django.server").isEnabledFor(logging.INFO)


@pytest.mark.django_db
def test_position_is_not_stored_and_page_sends_no_referrer_to_other_sites(client):
    make_clinic()
    before = list(Clinic.objects.values())
    response = client.get(reverse("clinics:list"), {"lat": "51.5", "lng": "-0.1"})
    assert list(Clinic.objects.values()) == before
    assert response.cookies == {} or "sessionid" not in response.cookies
    assert response["Referrer-Policy"] == "same-origin"
    # No cache, shared or in the browser, may keep a page made for a reader's own position.
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    # Nor may any keep a page for the town a reader typed or chose.
    for whereabouts in ({"near": "Leeds"}, {"place": "2644688"}):
        assert "no-store" in client.get(reverse("clinics:list"), whereabouts)["Cache-Control"]
    assert "no-store" not in client.get(reverse("clinics:list"), {"service": "prrt"}).get("Cache-Control", "")


def test_a_typed_town_is_removed_from_request_log_lines():
    record = logging.LogRecord(
        "django.server", logging.INFO, __file__, 1, '"%s" %s %s',
        ("GET /clinics/?near=Truro&place=2635412&europe=on HTTP/1.1", "200", "1234"), None,
    )  # fmt: skip
    assert RedactLocation().filter(record)
    assert record.getMessage() == '"GET /clinics/?near=[removed]&place=[removed]&europe=on HTTP/1.1" 200 1234'


@pytest.mark.django_db
def test_a_typed_town_is_not_stored(client):
    from places.models import Place
    from tests.factories import make_places

    make_places()
    before = list(Place.objects.values())
    client.get(reverse("clinics:list"), {"near": "Glasgw"})
    assert list(Place.objects.values()) == before
