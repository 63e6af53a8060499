"""Readers' place names are matched forgiving case, punctuation, accents and one small typo."""

import pytest

from places.matching import find_place
from places.names import normalise
from tests.factories import make_place, make_places

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("Stoke-on-Trent", "stoke on trent"),
        ("  STOKE   on trent!! ", "stoke on trent"),
        ("King's Lynn", "kings lynn"),
        ("King\u2019s Lynn", "kings lynn"),
        ("Dún Laoghaire", "dun laoghaire"),
        ("Saint Albans", "st albans"),
        ("St. Albans", "st albans"),
        ("?!", ""),
    ],
)
def test_names_are_compared_without_case_accents_or_punctuation(typed, key):
    assert normalise(typed) == key


@pytest.mark.parametrize("typed", ["leeds", "LEEDS", " Leeds. ", "Leeds!"])
def test_a_unique_name_is_found_however_it_is_typed(typed):
    make_places()
    match = find_place(typed)
    assert match.place.name == "Leeds" and not match.corrected and not match.alternatives


@pytest.mark.parametrize(("typed", "expected"), [("Glasgw", "Glasgow"), ("Glasgoow", "Glasgow"), ("Leds", "Leeds")])
def test_one_small_typo_is_forgiven_and_said(typed, expected):
    make_places()
    match = find_place(typed)
    assert match.place.name == expected and match.corrected


@pytest.mark.parametrize("typed", ["Lxxds", "Tro", "Glas", "x", ""])
def test_names_too_far_from_any_place_match_nothing(typed):
    make_places()
    assert find_place(typed) is None


def test_an_ambiguous_name_offers_every_place_of_that_name_largest_first_with_its_nation_and_a_nearby_town():
    make_places()
    match = find_place("newport")
    assert match.ambiguous and match.place is None
    assert [place.description for place in match.alternatives] == [
        "Newport, Wales, near Cardiff",
        "Newport, England, near Gosport",
        "Newport, England, near Telford",
    ]


def test_a_name_shared_with_a_far_smaller_place_goes_to_the_large_one_and_offers_the_other():
    make_place("leeds")
    make_place("truro", geonameid=1, name="Leeds", population=900, nearby="Maidstone")
    match = find_place("Leeds")
    assert match.place.population == 536280
    assert [place.description for place in match.alternatives] == ["Leeds, England, near Maidstone"]
