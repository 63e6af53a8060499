"""What every searchable model carries. Search keeps no tables of its own (see indexes.py for PostgreSQL's part)."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models


class Searchable(models.Model):
    """A model the site search covers: its words, weighted, kept ready for full-text search.

    On PostgreSQL a trigger fills `search_document` whenever the title, summary or a searched text field
    is written (search/indexes.py), so a search never has to turn long bodies into words while a reader
    waits. Other databases leave it empty and search with a plain match instead.
    """

    # The long text searched after the title and summary: a model written in parts names each part.
    searched_text_fields = ("body",)

    search_document = SearchVectorField(null=True, editable=False)

    class Meta:
        abstract = True
