from django import forms
from django.contrib import admin

from clinics.admin import DirectoryAdmin, ReviewDueFilter
from clinics.countries import Country
from support_groups.models import SupportGroup
from support_groups.resources import SupportGroupResource


class CountriesField(forms.MultipleChoiceField):
    """Tick boxes in the form; stored as 'GB,IE'."""

    widget = forms.CheckboxSelectMultiple

    def prepare_value(self, value):
        return value.split(",") if isinstance(value, str) else value

    def clean(self, value):
        return ",".join(super().clean(value))


class SupportGroupForm(forms.ModelForm):
    countries = CountriesField(choices=Country.choices, help_text="The countries the group serves.")

    class Meta:
        model = SupportGroup
        fields = ["countries"]  # the admin adds the rest from its fieldsets


class CountryServedFilter(admin.SimpleListFilter):
    title = "country served"
    parameter_name = "country"

    def lookups(self, request, model_admin):
        return Country.choices

    def queryset(self, request, queryset):
        if self.value() in Country.values:
            return queryset.filter(countries__contains=self.value())
        return queryset


@admin.register(SupportGroup)
class SupportGroupAdmin(DirectoryAdmin):
    form = SupportGroupForm
    resource_classes = [SupportGroupResource]
    list_display = ["title", "countries", "regions", "reach", "status", "review_due", "is_demo"]
    list_filter = [CountryServedFilter, "reach", "meets_online", "meets_in_person", "meets_by_phone", "status",
                   ReviewDueFilter, "is_demo"]  # fmt: skip
    search_fields = ["title", "summary", "regions", "languages"]
    content_fields = []

    def get_fieldsets(self, request, obj=None):
        main, publishing = super().get_fieldsets(request, obj)
        return [
            main,
            ("Who it serves", {"fields": ["countries", "reach", "regions", "languages"]}),
            ("How it meets", {"fields": ["meets_online", "meets_in_person", "meets_by_phone"]}),
            ("Contact", {"fields": ["website", "email", "phone", "helpline_hours"]}),
            publishing,
            ("Demo content", {"fields": ["is_demo"], "classes": ["collapse"]}),
        ]
