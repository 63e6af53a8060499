"""PostgreSQL full-text indexes for every searchable model, kept in step with the registry.

Each index is on exactly the expression the search filters on (`document_vector()`), so PostgreSQL
finds matching rows through the index instead of building every row's text vector at query time.
They are made after each `migrate`, for whichever models apps declare, so a new app's content is
indexed without a migration of its own; other databases need none.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import connections

from search.registry import searchable_models


def document_vector():
    """A row's words for full-text search: title weighs most, then summary, then body."""
    return (
        SearchVector("title", weight="A", config="english")
        + SearchVector("summary", weight="B", config="english")
        + SearchVector("body", weight="C", config="english")
    )


def index_name(model):
    return f"search_{model._meta.db_table}"[:30]


def create_search_indexes(using="default", **kwargs):
    connection = connections[using]
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        existing = {name for (name,) in _index_names(cursor)}
    with connection.schema_editor() as editor:
        for model in searchable_models():
            if index_name(model) not in existing:
                editor.add_index(model, GinIndex(document_vector(), name=index_name(model)))


def _index_names(cursor):
    cursor.execute("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'search\\_%%'")
    return cursor.fetchall()
