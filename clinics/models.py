from urllib.parse import urlencode

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, F, FloatField, IntegerField, Value, When
from django.db.models.functions import ATan2, Cos, Power, Radians, Sin, Sqrt
from django.urls import reverse

from clinics.countries import Country, country_name
from content.models import ContentPage
from search.models import Searchable
from workflow.models import ReviewableQuerySet

EARTH_RADIUS_KM = 6371.0
KM_PER_MILE = 1.609344


class Service(models.Model):
    """Something a clinic offers, e.g. PRRT. Editors can add to the list."""

    name = models.CharField(
        max_length=100, unique=True, help_text="As readers see it, e.g. 'Nuclear medicine imaging'."
    )
    slug = models.SlugField(
        max_length=100,
        unique=True,
        help_text="Used in web addresses and import files, e.g. 'nuclear-medicine-imaging'.",
    )
    order = models.PositiveSmallIntegerField(default=0, help_text="Services are listed from the lowest number up.")

    class Meta:
        ordering = ["order", "name"]
        verbose_name = "service"

    def __str__(self):
        return self.name

    def cache_paths(self):
        """The finder (its filter lists every service) and the page of each clinic offering it."""
        paths = {reverse("clinics:list")}
        if self.pk:
            paths |= {clinic.get_absolute_url() for clinic in self.clinics.only("slug")}
        return paths


# The services every install starts with (the data migration 0002 creates the same list).
DEFAULT_SERVICES = [
    ("surgery", "Surgery"),
    ("prrt", "Peptide receptor radionuclide therapy (PRRT)"),
    ("nuclear-medicine-imaging", "Nuclear medicine imaging"),
    ("medical-oncology", "Medical oncology"),
    ("endocrinology", "Endocrinology"),
    ("interventional-radiology", "Interventional radiology"),
    ("specialist-nurse", "Specialist nurse"),
]


def ensure_default_services():
    """Create any of the default services that are missing (e.g. after a test database flush); return them by slug."""
    for order, (slug, name) in enumerate(DEFAULT_SERVICES, start=1):
        Service.objects.get_or_create(slug=slug, defaults={"name": name, "order": order * 10})
    return {service.slug: service for service in Service.objects.all()}


def distance_km(latitude, longitude, lat_field="latitude", lng_field="longitude"):
    """The great-circle (haversine) distance in km from a point to each row, computed by the database.

    Built from Django's math functions, which PostgreSQL has natively and Django adds to SQLite,
    so ordering by it costs no extra queries on either.
    """
    lat1 = Radians(Value(float(latitude), output_field=FloatField()))
    lng1 = Radians(Value(float(longitude), output_field=FloatField()))
    lat2 = Radians(F(lat_field))
    lng2 = Radians(F(lng_field))
    a = Power(Sin((lat2 - lat1) / 2), 2) + Cos(lat1) * Cos(lat2) * Power(Sin((lng2 - lng1) / 2), 2)
    return ATan2(Sqrt(a), Sqrt(1 - a)) * (2 * EARTH_RADIUS_KM)


class ClinicQuerySet(ReviewableQuerySet):
    def _abroad(self, home_countries):
        return Case(When(country__in=home_countries, then=Value(0)), default=Value(1), output_field=IntegerField())

    def home_first(self, home_countries):
        """Clinics in the given countries first, then the rest, each by name."""
        return self.annotate(abroad=self._abroad(home_countries)).order_by("abroad", "title")

    def nearest_to(self, latitude, longitude, first=()):
        """Annotate `distance_km` and order nearest first (clinics in `first` countries before the rest);
        clinics without coordinates come last."""
        return self.annotate(distance_km=distance_km(latitude, longitude), abroad=self._abroad(list(first))).order_by(
            "abroad", F("distance_km").asc(nulls_last=True), "title"
        )


class Clinic(Searchable, ContentPage):
    """A specialist NET centre or hospital unit. `title` is the name readers see."""

    institution = models.CharField(max_length=200, help_text="The hospital or institution, e.g. 'Royal Free Hospital'.")
    unit = models.CharField(
        max_length=200, blank=True, help_text="The unit or department, e.g. 'Neuroendocrine Tumour Unit'."
    )
    address_line_1 = models.CharField("address line 1", max_length=200, blank=True)
    address_line_2 = models.CharField("address line 2", max_length=200, blank=True)
    city = models.CharField(max_length=100, db_index=True, help_text="The town or city, e.g. 'Manchester'.")
    postcode = models.CharField(max_length=20, blank=True)
    country = models.CharField(max_length=2, choices=Country, default=Country.GB, db_index=True)
    latitude = models.FloatField(
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text="Decimal degrees north, e.g. 51.5532. Right-click the place on openstreetmap.org and choose "
        "'Show address' to read it. Needed for 'nearest first'.",
    )
    longitude = models.FloatField(
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text="Decimal degrees east (negative for west of Greenwich), e.g. -0.1657.",
    )
    phone = models.CharField(max_length=40, blank=True, help_text="As a reader would dial it, e.g. '+44 20 7794 0500'.")
    email = models.EmailField(blank=True)
    website = models.URLField(blank=True)
    is_centre_of_excellence = models.BooleanField(
        "ENETS Centre of Excellence", default=False, help_text="Tick only if ENETS lists the centre as accredited."
    )
    accreditation_year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text="The year ENETS first accredited the centre, where known.",
    )
    last_verified = models.DateField(
        null=True, blank=True, help_text="When an editor last checked these details with the clinic. Shown to readers."
    )
    services = models.ManyToManyField(Service, blank=True, related_name="clinics")
    is_demo = models.BooleanField(
        "demo content",
        default=False,
        db_index=True,
        help_text="Set by the demo loader. Filter on it in the list to find and delete demo entries in one go.",
    )

    objects = ClinicQuerySet.as_manager()
    rating_question = "How useful is the information on this page about the clinic?"
    # The pages that list clinics, for the shared page cache's invalidation (ContentPage.cache_paths on main).
    listed_on = ("clinics:list",)

    class Meta(ContentPage.Meta):
        ordering = ["title"]
        verbose_name = "clinic"

    def get_absolute_url(self):
        return reverse("clinics:detail", args=[self.slug])

    @property
    def distance_miles(self):
        """Set when the finder measured `distance_km` (see ClinicQuerySet.nearest_to)."""
        distance = getattr(self, "distance_km", None)
        return None if distance is None else distance / KM_PER_MILE

    @property
    def is_in_uk(self):
        return self.country == Country.GB

    @property
    def country_name(self):
        return country_name(self.country)

    @property
    def address_lines(self):
        return [line for line in [self.address_line_1, self.address_line_2, self.city, self.postcode] if line]

    @property
    def phone_href(self):
        """The number for a tel: link: digits and a leading plus only."""
        return "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")

    @property
    def map_url(self):
        """A link that opens the place in OpenStreetMap (a plain link; the page itself loads nothing from there)."""
        if self.latitude is not None and self.longitude is not None:
            return (
                f"https://www.openstreetmap.org/?mlat={self.latitude:.5f}&mlon={self.longitude:.5f}"
                f"#map=16/{self.latitude:.5f}/{self.longitude:.5f}"
            )
        return "https://www.openstreetmap.org/search?" + urlencode(
            {"query": ", ".join([self.institution, *self.address_lines, self.country_name])}
        )
