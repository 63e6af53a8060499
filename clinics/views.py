from functools import cached_property

from django.utils.cache import patch_cache_control
from django.views.generic import DetailView, ListView

from caching import versions
from clinics.forms import ClinicFilterForm
from clinics.models import Clinic, Service
from content.views import ForgivingPaginationMixin, PublishedMixin

# What tells where a reader is: the town they typed or chose, or their browser's position.
READERS_WHEREABOUTS = {"near", "place", "lat", "lng"}


class ClinicListView(ForgivingPaginationMixin, PublishedMixin, ListView):
    """The clinic finder: filters, text search and nearest first, all kept in the query string."""

    model = Clinic
    template_name = "clinics/clinic_list.html"
    context_object_name = "clinics"
    paginate_by = 20
    page_cache_query_params = (*ClinicFilterForm.base_fields, "page")

    def get_queryset(self):
        published = super().get_queryset()
        self.services = versions.remembered("clinic-services", lambda: list(Service.objects.all()))
        self.form = ClinicFilterForm(self.request.GET, services=self.services)
        self.ignored = self.form.ignored
        return self.form.filter(published).prefetch_related("services")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            form=self.form,
            origin=self.form.origin,
            place_match=self.form.place_match,
            europe_included=self.form.europe_included,
            ignored=self.ignored,
            **kwargs,
        )

    @cached_property
    def tells_where_the_reader_is(self):
        return bool(READERS_WHEREABOUTS & set(self.request.GET))

    def page_key(self):
        """A page for where a reader is is not kept, even in this process's memory."""
        return None if self.tells_where_the_reader_is else super().page_key()

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if self.tells_where_the_reader_is:
            # No shared cache or browser cache may keep it either.
            patch_cache_control(response, private=True, no_store=True)
        return response


class ClinicDetailView(PublishedMixin, DetailView):
    model = Clinic
    template_name = "clinics/clinic_detail.html"
    context_object_name = "clinic"

    def get_queryset(self):
        return super().get_queryset().prefetch_related("services")
