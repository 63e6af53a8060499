from django import forms
from django.db.models import Q

from clinics.countries import country_choices
from content.forms import FinderForm
from places.matching import PlaceMatch, find_place
from places.models import Place
from places.names import normalise

HOME_COUNTRY = "GB"


class ClinicFilterForm(FinderForm):
    """The finder's filters, read from the query string. Any value that does not validate is ignored and named."""

    q = forms.CharField(required=False, max_length=100, label="Search by name, hospital or city")
    country = forms.ChoiceField(required=False, choices=country_choices)
    city = forms.CharField(required=False, max_length=100, label="Town or city")
    service = forms.ChoiceField(required=False, label="Service offered")
    coe = forms.BooleanField(required=False, label="Only ENETS Centres of Excellence")
    europe = forms.BooleanField(required=False, label="Include centres in Europe")
    near = forms.CharField(required=False, max_length=100, label="Your town, city or village")
    place = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    lat = forms.FloatField(required=False, min_value=-90, max_value=90, widget=forms.HiddenInput)
    lng = forms.FloatField(required=False, min_value=-180, max_value=180, widget=forms.HiddenInput)

    # What the reader is told when a value is ignored.
    IGNORED = {
        "q": "the search words, because they were too long",
        "country": "the country, because it is not one we list",
        "city": "the town or city, because it was too long",
        "service": "the service, because it is not one we list",
        "coe": "the Centre of Excellence choice",
        "europe": "the choice to include centres in Europe",
        "near": "the place to measure distances from, because it was too long",
        "place": "the place you chose, because it is not one we know",
        "lat": "your location, because it was not a valid position",
        "lng": "your location, because it was not a valid position",
    }

    def __init__(self, data, services):
        super().__init__(data)
        self.fields["service"].choices = [("", "Any service"), *((s.slug, s.name) for s in services)]

    def clean(self):
        data = super().clean()
        if (data.get("lat") is None) != (data.get("lng") is None) and not self.errors:
            self.add_error("lat", "Give both latitude and longitude.")
        return data

    @property
    def place_match(self):
        """The PlaceMatch for the town the reader typed (or chose from 'Did you mean'), or None. Looked up once."""
        if not hasattr(self, "_place_match"):
            near, chosen = self.value("near"), self.value("place")
            place = Place.objects.filter(pk=chosen).first() if chosen else None
            # A chosen place holds while the box still shows its name; a new name typed over it is looked up.
            if place and (not near or normalise(near) == place.key):
                self._place_match = PlaceMatch(typed=place.name, place=place)
            else:
                self._place_match = find_place(near) if near else None
        return self._place_match

    @property
    def origin(self):
        """(latitude, longitude, description) to measure from, or None. A typed town wins over a shared location."""
        if self.value("near") or self.value("place"):
            match = self.place_match
            if match and match.place:
                return match.place.latitude, match.place.longitude, match.place.description
            return None
        lat, lng = self.value("lat"), self.value("lng")
        if lat is not None and lng is not None and not ({"lat", "lng"} & set(self.errors)):
            return lat, lng, "your location"
        return None

    @property
    def home_countries(self):
        """The countries listed first (and alone, until the reader includes Europe): the UK, and Ireland for Irish towns."""
        match = self.place_match if (self.value("near") or self.value("place")) else None
        countries = {HOME_COUNTRY}
        if match and match.place:
            countries.add(match.place.country)
        return sorted(countries)

    @property
    def europe_included(self):
        return bool(self.value("europe") or self.value("country"))

    def filter(self, queryset):
        if q := self.value("q"):
            queryset = queryset.filter(
                Q(title__icontains=q) | Q(institution__icontains=q) | Q(unit__icontains=q) | Q(city__icontains=q)
            )
        if country := self.value("country"):
            queryset = queryset.filter(country=country)
        elif not self.value("europe"):
            queryset = queryset.filter(country__in=self.home_countries)
        if city := self.value("city"):
            queryset = queryset.filter(city__icontains=city.strip())
        if service := self.value("service"):
            queryset = queryset.filter(services__slug=service)
        if self.value("coe"):
            queryset = queryset.filter(is_centre_of_excellence=True)
        if origin := self.origin:
            queryset = queryset.nearest_to(origin[0], origin[1], first=self.home_countries)
        else:
            queryset = queryset.home_first(self.home_countries)
        return queryset

    @property
    def is_filtered(self):
        return any(self.value(name) for name in ["q", "country", "city", "service", "coe"])
