from django.views.generic import DetailView, ListView

from content.views import ForgivingPaginationMixin, PublishedMixin
from support_groups.forms import SupportGroupFilterForm
from support_groups.models import SupportGroup


class SupportGroupListView(ForgivingPaginationMixin, PublishedMixin, ListView):
    model = SupportGroup
    template_name = "support_groups/supportgroup_list.html"
    context_object_name = "groups"
    paginate_by = 20
    page_cache_query_params = (*SupportGroupFilterForm.base_fields, "page")

    def get_queryset(self):
        self.form = SupportGroupFilterForm(self.request.GET)
        self.ignored = self.form.ignored
        return self.form.filter(super().get_queryset())

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, ignored=self.ignored, **kwargs)


class SupportGroupDetailView(PublishedMixin, DetailView):
    model = SupportGroup
    template_name = "support_groups/supportgroup_detail.html"
    context_object_name = "group"
