from django.views.generic import DetailView, ListView

from content.views import PublishedMixin
from treatments.models import Treatment


class TreatmentListView(PublishedMixin, ListView):
    """'Treatment options for NETs': established treatments, then those under development."""

    model = Treatment
    template_name = "treatments/treatment_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        treatments = list(context["object_list"])
        context["established"] = [t for t in treatments if t.category == Treatment.Category.ESTABLISHED]
        context["in_development"] = [t for t in treatments if t.category == Treatment.Category.IN_DEVELOPMENT]
        return context


class TreatmentDetailView(PublishedMixin, DetailView):
    model = Treatment
    template_name = "treatments/treatment_detail.html"
    context_object_name = "treatment"
