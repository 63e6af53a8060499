"""PostgreSQL as the tests use it: tables are emptied between tests with DELETE, not TRUNCATE.

After each test whose writes were committed (the browser tests' live server, the two-server tests) Django
empties every table. TRUNCATE gives each table new files on disk, about 1.4 s a test on the 2-core CI
machine; deleting the few rows a test made takes milliseconds. Django makes its foreign keys deferrable,
so with every constraint deferred to the commit the order of the deletes does not matter.
"""

from django.db.backends.postgresql import operations

from netsite.postgresql import base


class DatabaseOperations(operations.DatabaseOperations):
    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        if not tables or reset_sequences or allow_cascade:
            return super().sql_flush(style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade)
        return ["SET CONSTRAINTS ALL DEFERRED", *(f"DELETE FROM {self.quote_name(table)}" for table in tables)]


class DatabaseWrapper(base.DatabaseWrapper):
    ops_class = DatabaseOperations
