"""The glossary: medical words readers meet on the site, each in plain language, signed off like any page."""

import re

from django.db import models
from django.urls import reverse

from content.models import ContentPage


class Term(ContentPage):
    """One glossary entry. A definition is medical content, so it goes through medical sign-off (ContentPage).

    The title is the term and the summary its definition; a term has no body of its own: it points to the
    page that explains it.
    """

    title = models.CharField("term", max_length=100, help_text="The word as readers meet it, e.g. 'Octreotide'.")
    summary = models.TextField(
        "definition",
        max_length=400,
        help_text="One or two plain sentences a 12-year-old could follow. Shown in the glossary and on pages "
        "where the term is first used.",
    )
    body = None
    other_names = models.CharField(
        max_length=300,
        blank=True,
        help_text="Other names readers may meet, separated by commas: brand names, lay words, abbreviations "
        "(e.g. 'Sandostatin, Sandostatin LAR'). Search finds the explaining page by any of them.",
    )
    explained_by = models.ForeignKey(
        "treatments.Treatment",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The page that explains this term; the glossary links to it and search puts it first.",
    )

    rich_text_fields = ()
    listed_on = ("glossary:index",)
    has_own_page = False

    class Meta(ContentPage.Meta):
        ordering = ["title"]
        verbose_name = "glossary term"

    def get_absolute_url(self):
        return reverse("glossary:index") + f"#{self.slug}"

    def names(self):
        """The term and its other names, as written."""
        return [self.title, *(name.strip() for name in self.other_names.split(",") if name.strip())]

    @property
    def letter(self):
        """The A-Z heading the term is listed under; terms that start with a digit ('5-HIAA') come first."""
        first = self.title[:1].upper()
        return first if re.match(r"[A-Z]", first) else "0-9"

    def cache_paths(self):
        """The glossary, search (it reads the other names) and every treatment page (terms are marked there)."""
        pages = self._meta.get_field("explained_by").related_model.objects.published()
        return {
            reverse("glossary:index"),
            reverse("search:results"),
            *(page.get_absolute_url() for page in pages.only("slug")),
        }
