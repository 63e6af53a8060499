import re

import pytest
from django.urls import reverse

from clinics.models import Clinic, Service
from tests.factories import make_clinic, make_place, make_places

pytestmark = pytest.mark.django_db

LONDON = (51.5074, -0.1278)
MANCHESTER = (53.4808, -2.2426)
EDINBURGH = (55.9533, -3.1883)
PARIS = (48.8566, 2.3522)


def listed(client, **params):
    response = client.get(reverse("clinics:list"), params)
    assert response.status_code == 200
    return [clinic.title for clinic in response.context["clinics"]], response


@pytest.fixture
def clinics():
    return {
        "royal-free": make_clinic(
            title="Royal Free", institution="Royal Free Hospital", city="London", latitude=51.5532, longitude=-0.1657,
            is_centre_of_excellence=True, services=["surgery", "prrt"],
        ),
        "christie": make_clinic(
            title="The Christie", institution="The Christie NHS Foundation Trust", city="Manchester",
            latitude=53.4296, longitude=-2.2305, is_centre_of_excellence=True, services=["prrt"],
        ),
        "western": make_clinic(
            title="Western General", institution="Western General Hospital", city="Edinburgh",
            latitude=EDINBURGH[0], longitude=EDINBURGH[1], services=["surgery"],
        ),
        "beaujon": make_clinic(
            title="Beaujon", institution="Beaujon Hospital", city="Clichy", country="FR", latitude=48.9078,
            longitude=2.3095, is_centre_of_excellence=True, services=["surgery", "endocrinology"],
        ),
    }  # fmt: skip


def test_uk_clinics_are_listed_by_name_and_one_click_adds_europes_after_them(client, clinics):
    make_clinic(title="Draft clinic", status=Clinic.Status.DRAFT)
    titles, response = listed(client)
    assert titles == ["Royal Free", "The Christie", "Western General"]
    assert "3 UK clinics found" in response.content.decode()
    assert '<a href="?europe=on">Include centres in Europe</a>' in response.content.decode()
    titles, response = listed(client, europe="on")
    assert titles == ["Royal Free", "The Christie", "Western General", "Beaujon"]
    assert "UK centres come first, then centres in Europe." in response.content.decode()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "FR"}, ["Beaujon"]),
        ({"country": "GB"}, ["Royal Free", "The Christie", "Western General"]),
        ({"city": "manchester"}, ["The Christie"]),
        ({"city": " Edin "}, ["Western General"]),
        ({"service": "prrt"}, ["Royal Free", "The Christie"]),
        ({"service": "endocrinology"}, []),
        ({"service": "endocrinology", "europe": "on"}, ["Beaujon"]),
        ({"coe": "on"}, ["Royal Free", "The Christie"]),
        ({"coe": "on", "europe": "on"}, ["Royal Free", "The Christie", "Beaujon"]),
        ({"q": "christie"}, ["The Christie"]),
        ({"q": "HOSPITAL", "europe": "on"}, ["Royal Free", "Western General", "Beaujon"]),
        ({"q": "clichy", "europe": "on"}, ["Beaujon"]),
        ({"country": "GB", "service": "surgery"}, ["Royal Free", "Western General"]),
        ({"country": "GB", "coe": "on", "service": "prrt", "q": "free"}, ["Royal Free"]),
        ({"service": "surgery", "coe": "on", "europe": "on"}, ["Royal Free", "Beaujon"]),
        ({"city": "London", "country": "FR"}, []),
    ],
)
def test_filters_work_alone_and_combined(client, clinics, params, expected):
    titles, _ = listed(client, **params)
    assert titles == expected


def test_no_results_says_so_and_offers_every_clinic(client, clinics):
    _, response = listed(client, q="nothing like this")
    html = response.content.decode()
    assert "0 UK clinics found" in html
    assert "No clinics match these filters" in html


def test_distance_from_london_to_manchester_is_about_262_km():
    manchester = make_clinic(title="Manchester point", latitude=MANCHESTER[0], longitude=MANCHESTER[1])
    distance = Clinic.objects.nearest_to(*LONDON).get(pk=manchester.pk).distance_km
    assert distance == pytest.approx(262, abs=1.5)


def test_distance_to_the_same_place_is_zero_and_london_to_paris_is_about_344_km():
    make_clinic(title="Here", latitude=LONDON[0], longitude=LONDON[1])
    make_clinic(title="Paris", latitude=PARIS[0], longitude=PARIS[1], country="FR")
    distances = dict(Clinic.objects.nearest_to(*LONDON).values_list("title", "distance_km"))
    assert distances["Here"] == pytest.approx(0, abs=0.01)
    assert distances["Paris"] == pytest.approx(344, abs=2)


def test_shared_location_lists_nearest_first_with_distances_in_miles(client, clinics):
    make_clinic(title="Somewhere unknown", latitude=None, longitude=None)
    titles, response = listed(client, lat=MANCHESTER[0], lng=MANCHESTER[1], europe="on")
    assert titles == ["The Christie", "Royal Free", "Western General", "Somewhere unknown", "Beaujon"]
    html = response.content.decode()
    assert "nearest to your location first" in html
    assert "About 4 miles away" in html
    # Kilometres beside miles only for centres abroad.
    assert "About 4 miles away (" not in html
    assert re.search(r"About 3\d\d miles away \([56]\d\d km\)", html)
    assert "Stop using my location" in html
    # The coordinates are kept in the form so that changing a filter keeps the order.
    assert f'name="lat" value="{MANCHESTER[0]}"' in html


def test_any_town_typed_lists_the_nearest_uk_clinics_first_in_miles(client, clinics):
    make_places()
    titles, response = listed(client, near="leeds")
    assert titles == ["The Christie", "Western General", "Royal Free"]
    html = response.content.decode()
    assert "nearest to Leeds, England first" in html
    assert "About 38 miles away" in html


def test_a_typo_in_the_town_is_matched_and_the_reader_is_told(client, clinics):
    make_places()
    titles, response = listed(client, near="Glasgw")
    assert titles[0] == "Western General"
    assert "We could not find “Glasgw”, so we used Glasgow, Scotland." in response.content.decode()


def test_an_ambiguous_town_asks_which_one_and_the_choice_sorts_the_list(client, clinics):
    wales, *_ = make_places("newport-wales", "newport-iow", "newport-shropshire", "leeds")
    titles, response = listed(client, near="Newport")
    html = response.content.decode()
    assert "Which Newport do you mean?" in html
    assert f'<a href="?near=Newport&amp;place={wales.pk}">Newport, Wales, near Cardiff</a>' in html
    assert "Newport, England, near Telford" in html
    assert "nearest to" not in html
    titles, response = listed(client, near="Newport", place=wales.pk)
    assert titles == ["Royal Free", "The Christie", "Western General"]
    assert "nearest to Newport, Wales, near Cardiff first" in response.content.decode()
    # The choice is kept in the form, so another filter keeps it; a new town typed over it is looked up instead.
    assert f'<input type="hidden" name="place" value="{wales.pk}">' in response.content.decode()
    titles, response = listed(client, near="Leeds", place=wales.pk)
    assert "nearest to Leeds, England first" in response.content.decode()


def test_an_unknown_town_is_said_and_the_list_still_shows(client, clinics):
    make_places()
    titles, response = listed(client, near="Atlantis")
    assert len(titles) == 3
    assert "We could not find a place called “Atlantis” in the UK or Ireland." in response.content.decode()


def test_an_irish_town_lists_irish_centres_with_the_uk_ones(client, clinics):
    make_place("leeds", geonameid=2964574, name="Dublin", region="Leinster, Ireland", country="IE",
               latitude=53.33, longitude=-6.25)  # fmt: skip
    make_clinic(title="St Vincent's", city="Dublin", country="IE", latitude=53.317, longitude=-6.212)
    titles, _ = listed(client, near="Dublin")
    assert titles[0] == "St Vincent's" and "Beaujon" not in titles


def test_a_typed_town_wins_over_a_shared_location(client, clinics):
    make_places()
    titles, _ = listed(client, near="Leeds", lat=EDINBURGH[0], lng=EDINBURGH[1])
    assert titles[0] == "The Christie"


def test_nearest_first_combines_with_filters(client, clinics):
    make_places()
    titles, _ = listed(client, near="Glasgow", service="surgery", europe="on")
    assert titles == ["Western General", "Royal Free", "Beaujon"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"lat": "abc", "lng": "-0.1"}, "your location, because it was not a valid position"),
        ({"lat": "91", "lng": "0"}, "your location, because it was not a valid position"),
        ({"lat": "51", "lng": "-181"}, "your location, because it was not a valid position"),
        ({"lat": "nan", "lng": "inf"}, "your location, because it was not a valid position"),
        ({"lat": "51"}, "your location, because it was not a valid position"),
        ({"country": "XX"}, "the country, because it is not one we list"),
        ({"service": "homeopathy"}, "the service, because it is not one we list"),
        ({"near": "x" * 101}, "the place to measure distances from, because it was too long"),
        ({"place": "abc"}, "the place you chose, because it is not one we know"),
        ({"page": "99"}, "the page number, because there is no such page: here is page 1 of 1"),
        ({"page": "two"}, "the page number"),
        ({"q": "x" * 101}, "the search words"),
    ],
)
def test_bad_input_is_ignored_with_a_clear_message(client, clinics, params, message):
    titles, response = listed(client, **params)
    assert len(titles) == 3
    html = response.content.decode()
    assert "we ignored it" in html
    assert message[0].upper() + message[1:] in html
    assert "nearest to" not in html


def test_bad_input_is_ignored_but_good_filters_still_apply(client, clinics):
    titles, response = listed(client, country="XX", service="prrt", lat="x", lng="y")
    assert titles == ["Royal Free", "The Christie"]
    assert "The country, because it is not one we list" in response.content.decode()


def test_list_is_paginated_and_pages_keep_the_filters(client):
    for n in range(25):
        make_clinic(title=f"Clinic {n:02d}", country="DE", city="Berlin", latitude=52.52, longitude=13.405)
    titles, response = listed(client, country="DE")
    assert len(titles) == 20
    html = response.content.decode()
    assert "Page 1 of 2" in html
    assert 'href="?country=DE&amp;page=2"' in html
    titles, _ = listed(client, country="DE", page=2)
    assert titles == ["Clinic 20", "Clinic 21", "Clinic 22", "Clinic 23", "Clinic 24"]


def test_page_past_the_end_shows_the_last_page(client):
    for n in range(25):
        make_clinic(title=f"Clinic {n:02d}")
    titles, response = listed(client, page=7)
    assert titles == ["Clinic 20", "Clinic 21", "Clinic 22", "Clinic 23", "Clinic 24"]
    assert "here is page 2 of 2" in response.content.decode()


def test_form_is_a_get_form_that_works_without_javascript(client, clinics):
    _, response = listed(client, country="GB")
    html = response.content.decode()
    assert '<form method="get" action="/clinics/"' in html
    assert '<option value="GB" selected>United Kingdom</option>' in html
    # The location button needs JavaScript, so it stays hidden until the script shows it.
    assert '<div class="use-location" hidden data-use-location-area>' in html
    assert '<script type="module" src="/static/js/clinic-finder.js"></script>' in html


def test_detail_page_shows_contact_links_map_link_services_and_last_check(client):
    from datetime import date

    clinic = make_clinic(
        title="Royal Free", institution="Royal Free Hospital", unit="Neuroendocrine Tumour Unit",
        address_line_1="Pond Street", postcode="NW3 2QG", phone="+44 20 7794 0500", email="nets@example.org",
        website="https://www.example.org/nets", latitude=51.5532, longitude=-0.1657, is_centre_of_excellence=True,
        accreditation_year=2011, last_verified=date(2026, 10, 3), services=["prrt"],
    )  # fmt: skip
    response = client.get(clinic.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert '<a href="tel:+442077940500">+44 20 7794 0500</a>' in html
    assert '<a href="mailto:nets@example.org">nets@example.org</a>' in html
    assert 'href="https://www.openstreetmap.org/?mlat=51.55320&amp;mlon=-0.16570' in html
    assert 'href="/leaving/?to=https%3A%2F%2Fwww.example.org%2Fnets"' in html
    assert "(opens another website)" in html
    assert "ENETS Centre of Excellence, accredited since 2011" in html
    assert "Peptide receptor radionuclide therapy (PRRT)" in html
    assert "last checked on 3 October 2026" in html
    assert "NW3 2QG" in html
    assert "European Neuroendocrine Tumor Society has checked" in html
    assert "<legend>How useful is the information on this page about the clinic?</legend>" in html


def test_detail_page_without_known_services_or_contacts_says_to_ask_and_invents_nothing(client):
    clinic = make_clinic(title="Belfast City Hospital")
    html = client.get(clinic.get_absolute_url()).content.decode()
    assert "We have not yet checked which services this centre offers. Ask the centre or your hospital team." in html
    assert "referred to a specialist centre by their GP or hospital team" in html
    assert "tel:" not in html and "mailto:" not in html


def test_detail_page_loads_nothing_from_other_sites(client):
    clinic = make_clinic(website="https://www.example.org/")
    html = client.get(clinic.get_absolute_url()).content.decode()
    for tag in ["<iframe", "<img", '<script src="http', '<link rel="stylesheet" href="http', "style="]:
        assert tag not in html


def test_draft_clinic_is_not_found(client):
    draft = make_clinic(status=Clinic.Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_clinic_without_coordinates_links_to_a_map_search():
    clinic = make_clinic(latitude=None, longitude=None, institution="Hospital X", city="Leeds")
    assert clinic.map_url.startswith("https://www.openstreetmap.org/search?query=Hospital+X")


def test_the_seven_services_exist_after_migrating():
    assert list(Service.objects.values_list("slug", flat=True)) == [
        "surgery", "prrt", "nuclear-medicine-imaging", "medical-oncology", "endocrinology",
        "interventional-radiology", "specialist-nurse",
    ]  # fmt: skip


def test_clinics_appear_in_navigation_and_cards(client):
    html = client.get(reverse("home")).content.decode()
    assert f'href="{reverse("clinics:list")}"' in html
    assert "View a list of specialist NETs clinics and hospital units in Europe." in html
