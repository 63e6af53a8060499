from django import forms
from django.db.models import Q

from clinics.countries import country_choices
from content.forms import FinderForm


class SupportGroupFilterForm(FinderForm):
    """The support-group filters, read from the query string. Any value that does not validate is ignored and named."""

    MEETS = {"online": "meets_online", "in-person": "meets_in_person", "telephone": "meets_by_phone"}

    q = forms.CharField(required=False, max_length=100, label="Search by name or area")
    country = forms.ChoiceField(required=False, choices=country_choices)
    region = forms.CharField(required=False, max_length=100, label="Region or area")
    meets = forms.ChoiceField(
        required=False,
        label="How it meets",
        choices=[("", "Any way"), ("online", "Online"), ("in-person", "In person"), ("telephone", "By telephone")],
    )

    IGNORED = {
        "q": "the search words, because they were too long",
        "country": "the country, because it is not one we list",
        "region": "the region, because it was too long",
        "meets": "the way of meeting, because it is not one we list",
    }

    def filter(self, queryset):
        if q := self.value("q"):
            queryset = queryset.filter(
                Q(title__icontains=q) | Q(summary__icontains=q) | Q(regions__icontains=q) | Q(languages__icontains=q)
            )
        if country := self.value("country"):
            # Codes are two letters joined by commas, so a two-letter substring can only match a whole code.
            queryset = queryset.filter(countries__contains=country)
        if region := self.value("region"):
            queryset = queryset.filter(regions__icontains=region.strip())
        if meets := self.value("meets"):
            queryset = queryset.filter(**{self.MEETS[meets]: True})
        return queryset
