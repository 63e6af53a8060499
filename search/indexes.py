"""PostgreSQL's part of site search: a trigger that keeps each row's `search_document` and an index on it.

Made after each `migrate`, for whichever models apps declare, so a new app's content is searchable
without any migration of its own beyond the `Searchable` field; other databases need none. The
trigger is the one place the words are weighted: title most, then summary, then body. Rows written
before the trigger existed are filled in when it is made.
"""

from django.contrib.postgres.indexes import GinIndex
from django.db import connections

from search.registry import searchable_models

TRIGGER_FUNCTION = """
CREATE OR REPLACE FUNCTION search_document_update() RETURNS trigger AS $$
BEGIN
    NEW.search_document :=
        setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(NEW.summary, '')), 'B')
        || setweight(to_tsvector('english', coalesce(NEW.body, '')), 'C');
    RETURN NEW;
END
$$ LANGUAGE plpgsql
"""


def index_name(model):
    return f"search_doc_{model._meta.db_table}"[:30]


def create_search_indexes(using="default", **kwargs):
    connection = connections[using]
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'search\\_doc\\_%%'")
        existing = {name for (name,) in cursor.fetchall()}
        cursor.execute(TRIGGER_FUNCTION)
        for model in searchable_models():
            table = connection.ops.quote_name(model._meta.db_table)
            cursor.execute(
                f"CREATE OR REPLACE TRIGGER search_document BEFORE INSERT OR UPDATE OF title, summary, body "
                f"ON {table} FOR EACH ROW EXECUTE FUNCTION search_document_update()"
            )
            # Rewriting the title fires the trigger for rows saved before it existed.
            cursor.execute(f"UPDATE {table} SET title = title WHERE search_document IS NULL")
    with connection.schema_editor() as editor:
        for model in searchable_models():
            if index_name(model) not in existing:
                editor.add_index(model, GinIndex(fields=["search_document"], name=index_name(model)))
