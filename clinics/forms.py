from django import forms
from django.db.models import Avg, Q

from clinics.countries import Country, country_name
from content.forms import FinderForm


class ClinicFilterForm(FinderForm):
    """The finder's filters, read from the query string. Any value that does not validate is ignored and named."""

    q = forms.CharField(required=False, max_length=100, label="Search by name, hospital or city")
    country = forms.ChoiceField(required=False, choices=[("", "Any country"), *Country.choices])
    city = forms.CharField(required=False, max_length=100, label="Town or city")
    service = forms.ChoiceField(required=False, label="Service offered")
    coe = forms.BooleanField(required=False, label="Only ENETS Centres of Excellence")
    near = forms.ChoiceField(required=False, label="Show nearest first to")
    lat = forms.FloatField(required=False, min_value=-90, max_value=90, widget=forms.HiddenInput)
    lng = forms.FloatField(required=False, min_value=-180, max_value=180, widget=forms.HiddenInput)

    # What the reader is told when a value is ignored.
    IGNORED = {
        "q": "the search words, because they were too long",
        "country": "the country, because it is not one we list",
        "city": "the town or city, because it was too long",
        "service": "the service, because it is not one we list",
        "coe": "the Centre of Excellence choice",
        "near": "the place to measure distances from, because no clinic is listed there",
        "lat": "your location, because it was not a valid position",
        "lng": "your location, because it was not a valid position",
    }

    def __init__(self, data, services, cities):
        super().__init__(data)
        self.cities = {key: (lat, lng) for key, _, lat, lng in cities}
        self.fields["service"].choices = [("", "Any service"), *((s.slug, s.name) for s in services)]
        self.fields["near"].choices = [("", "Do not sort by distance"), *((key, label) for key, label, _, _ in cities)]

    def clean(self):
        data = super().clean()
        if (data.get("lat") is None) != (data.get("lng") is None) and not self.errors:
            self.add_error("lat", "Give both latitude and longitude.")
        return data

    @staticmethod
    def cities_with_clinics(queryset):
        """(key, label, latitude, longitude) for each city that has a published clinic with coordinates: one query."""
        rows = (
            queryset.filter(latitude__isnull=False, longitude__isnull=False)
            .values("city", "country")
            .annotate(lat=Avg("latitude"), lng=Avg("longitude"))
            .order_by("city", "country")
        )
        return [
            (
                f"{row['city']}, {row['country']}",
                f"{row['city']} ({country_name(row['country'])})",
                row["lat"],
                row["lng"],
            )
            for row in rows
        ]

    @property
    def origin(self):
        """(latitude, longitude, description) to measure from, or None. A chosen city wins over a shared location."""
        near = self.value("near")
        if near:
            lat, lng = self.cities[near]
            return lat, lng, near.rsplit(", ", 1)[0]
        lat, lng = self.value("lat"), self.value("lng")
        if lat is not None and lng is not None and not ({"lat", "lng"} & set(self.errors)):
            return lat, lng, "your location"
        return None

    def filter(self, queryset):
        if q := self.value("q"):
            queryset = queryset.filter(
                Q(title__icontains=q) | Q(institution__icontains=q) | Q(unit__icontains=q) | Q(city__icontains=q)
            )
        if country := self.value("country"):
            queryset = queryset.filter(country=country)
        if city := self.value("city"):
            queryset = queryset.filter(city__icontains=city.strip())
        if service := self.value("service"):
            queryset = queryset.filter(services__slug=service)
        if self.value("coe"):
            queryset = queryset.filter(is_centre_of_excellence=True)
        if origin := self.origin:
            queryset = queryset.nearest_to(origin[0], origin[1])
        return queryset

    @property
    def is_filtered(self):
        return any(self.value(name) for name in ["q", "country", "city", "service", "coe"])
