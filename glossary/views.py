from itertools import groupby

from django.db.models import Prefetch
from django.views.generic import ListView

from content.views import PublishedMixin
from glossary.models import Term


class GlossaryView(PublishedMixin, ListView):
    """/glossary/: every published term from A to Z, each linking to the page that explains it."""

    model = Term
    template_name = "glossary/term_list.html"

    def get_queryset(self):
        explaining = self.model._meta.get_field("explained_by").related_model.objects.published()
        return (
            super().get_queryset().prefetch_related(Prefetch("explained_by", queryset=explaining.only("title", "slug")))
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["letters"] = [
            (letter, list(terms)) for letter, terms in groupby(context["object_list"], lambda t: t.letter)
        ]
        return context
