from django.utils.functional import SimpleLazyObject
from django.views.generic import DetailView, ListView

from caching import versions
from content.views import PublishedMixin
from glossary.marking import Glossary
from treatments.models import Treatment


class TreatmentListView(PublishedMixin, ListView):
    """'Treatment options for NETs': established treatments, then those under development."""

    model = Treatment
    template_name = "treatments/treatment_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Lazy: the template renders the list once per content version (caching.versions), reading it only then.
        treatments = SimpleLazyObject(lambda: list(context["object_list"]))
        context["established"] = SimpleLazyObject(
            lambda: [t for t in treatments if t.category == Treatment.Category.ESTABLISHED]
        )
        context["in_development"] = SimpleLazyObject(
            lambda: [t for t in treatments if t.category == Treatment.Category.IN_DEVELOPMENT]
        )
        return context


class TreatmentDetailView(PublishedMixin, DetailView):
    """One treatment in the same sections as every other, first uses of glossary terms marked."""

    model = Treatment
    template_name = "treatments/treatment_detail.html"
    context_object_name = "treatment"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.is_preview:  # the version being worked on, which no reader sees
            context["sections"] = self.sections()
        else:
            context["sections"] = versions.remembered(f"treatment-sections:{self.object.pk}", self.sections)
        return context

    def sections(self):
        treatment = self.object
        # References are sources, not reading text: no definitions are marked in them.
        reading = [name for _, _, names in Treatment.SECTIONS for name in names if name != "references"]
        marked = dict(
            zip(reading, Glossary.published().mark([getattr(treatment, name) for name in reading]), strict=True)
        )
        marked["references"] = treatment.references
        return [
            {
                "anchor": anchor,
                "heading": heading,
                "parts": [
                    {"heading": Treatment.SIDE_EFFECT_HEADINGS.get(name, ""), "html": marked[name]} for name in names
                ],
            }
            for anchor, heading, names in Treatment.SECTIONS
        ]
