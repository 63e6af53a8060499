"""PostgreSQL's part of site search: a trigger that keeps each row's `search_document` and an index on it.

Made after each `migrate`, for whichever models apps declare, so a new app's content is searchable
without any migration of its own beyond the `Searchable` field; other databases need none. Each
model's trigger is the one place its words are weighted: title most, then summary, then the text of
its `searched_text_fields`. Every row's words are made again when the triggers are, so a change to
which fields are searched reaches rows written before it (content tables hold hundreds of rows).
"""

from django.contrib.postgres.indexes import GinIndex
from django.db import connections

from search.registry import searchable_models


def trigger_function(model, connection):
    """The function that writes one model's `search_document`, named after its table."""
    quote = connection.ops.quote_name
    text = " || ' ' || ".join(f"coalesce(NEW.{quote(field)}, '')" for field in model.searched_text_fields)
    return f"""
CREATE OR REPLACE FUNCTION {function_name(model)}() RETURNS trigger AS $$
BEGIN
    NEW.search_document :=
        setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(NEW.summary, '')), 'B')
        || setweight(to_tsvector('english', {text}), 'C');
    RETURN NEW;
END
$$ LANGUAGE plpgsql
"""


def function_name(model):
    return f"search_document_{model._meta.db_table}"


def index_name(model):
    return f"search_doc_{model._meta.db_table}"[:30]


def create_search_indexes(using="default", **kwargs):
    connection = connections[using]
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'search\\_doc\\_%%'")
        existing = {name for (name,) in cursor.fetchall()}
        for model in searchable_models():
            table = connection.ops.quote_name(model._meta.db_table)
            columns = ", ".join(connection.ops.quote_name(f) for f in ("title", "summary", *model.searched_text_fields))
            cursor.execute(trigger_function(model, connection))
            cursor.execute(
                f"CREATE OR REPLACE TRIGGER search_document BEFORE INSERT OR UPDATE OF {columns} "
                f"ON {table} FOR EACH ROW EXECUTE FUNCTION {function_name(model)}()"
            )
            cursor.execute(f"UPDATE {table} SET title = title")  # fires the trigger: every row's words made again
        cursor.execute("DROP FUNCTION IF EXISTS search_document_update()")  # shared by every model until 2026-12
    with connection.schema_editor() as editor:
        for model in searchable_models():
            if index_name(model) not in existing:
                editor.add_index(model, GinIndex(fields=["search_document"], name=index_name(model)))
