from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from clinics.countries import Country, country_name
from content.models import ContentPage
from search.models import Searchable


def normalise_countries(value):
    """'gb, ie' -> 'GB,IE': upper case, no spaces, no repeats, in the order given."""
    codes = [code.strip().upper() for code in (value or "").split(",") if code.strip()]
    return ",".join(dict.fromkeys(codes))


def validate_country_codes(value):
    unknown = [code for code in normalise_countries(value).split(",") if code and code not in Country.values]
    if unknown:
        raise ValidationError(f"Not a country code on our list: {', '.join(unknown)}. Use codes such as GB, IE, FR.")


class SupportGroup(Searchable, ContentPage):
    """A patient support group or organisation. `title` is its name."""

    class Reach(models.TextChoices):
        NATIONAL = "national", "National"
        LOCAL = "local", "Local"
        INTERNATIONAL = "international", "International"

    countries = models.CharField(
        max_length=200,
        validators=[validate_country_codes],
        help_text="The countries the group serves, as two-letter codes separated by commas, e.g. 'GB' or 'GB,IE'.",
    )
    regions = models.CharField(
        max_length=200,
        blank=True,
        help_text="For a local group, the area it covers, e.g. 'Scotland' or 'Greater Manchester'. "
        "Leave empty for a national group.",
    )
    reach = models.CharField(max_length=20, choices=Reach, default=Reach.NATIONAL)
    meets_online = models.BooleanField("meets online", default=False)
    meets_in_person = models.BooleanField("meets in person", default=False)
    meets_by_phone = models.BooleanField(
        "offers telephone support", default=False, help_text="A helpline or telephone support sessions."
    )
    languages = models.CharField(
        max_length=200, default="English", help_text="The languages the group works in, e.g. 'English, Welsh'."
    )
    website = models.URLField(blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True, help_text="As a reader would dial it, e.g. '0800 434 6476'.")
    helpline_hours = models.CharField(
        max_length=200, blank=True, help_text="When the phone line is answered, e.g. 'Monday to Friday, 9am to 5pm'."
    )
    is_demo = models.BooleanField(
        "demo content",
        default=False,
        db_index=True,
        help_text="Set by the demo loader. Filter on it in the list to find and delete demo entries in one go.",
    )

    # The pages that list support groups, for the shared page cache's invalidation (ContentPage.cache_paths on main).
    listed_on = ("support_groups:list",)
    rating_question = "How useful is the information on this page about the group?"

    class Meta(ContentPage.Meta):
        ordering = ["title"]
        verbose_name = "support group"

    def save(self, *args, **kwargs):
        self.countries = normalise_countries(self.countries)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("support_groups:detail", args=[self.slug])

    @property
    def country_codes(self):
        return [code for code in self.countries.split(",") if code]

    @property
    def country_names(self):
        return [country_name(code) for code in self.country_codes]

    @property
    def ways_of_meeting(self):
        ways = [
            (self.meets_online, "Online"),
            (self.meets_in_person, "In person"),
            (self.meets_by_phone, "By telephone"),
        ]
        return [label for on, label in ways if on]

    @property
    def phone_href(self):
        return "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
