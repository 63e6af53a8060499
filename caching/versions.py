"""Copies in each process's memory of what many pages need, exact because they are keyed by the content version.

`remembered(name, build)` returns what `build()` returned at the current content version (caching.models),
building it again when the version has changed since. The version row also holds the site's next publish
time: once it passes (a scheduled item going live changes what the public may see without any save), the
first request to notice works out the next one and starts a new version. The row is read at most once per
request, in one short statement: every page needs it (caching.kept_pages).
"""

import itertools
import re
import secrets
import threading
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime

from django.core.signals import request_finished, request_started
from django.db import DEFAULT_DB_ALIAS, connection
from django.db.backends.signals import connection_created
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from caching import schedule
from caching.models import ContentVersion

# Past this many copies (pieces of pages, one per item for some), or this many characters of text in them,
# all are dropped and built again as needed.
MAX_COPIES = 2000
MAX_CHARACTERS = 20_000_000
_request = threading.local()
_copies = {}
_size = {"characters": 0}
_lock = threading.Lock()
# Per kept page: what its live parts read on every request, so the next request reads it with the version.
_reads = {}
_noting = ContextVar("noting_reads", default=None)
_statement_numbers = itertools.count(1)


class NotKept(Exception):  # noqa: N818 (not an error: what to show this once)
    """Raised by a `remembered` build for a value to use this once without keeping it."""

    def __init__(self, value):
        self.value = value


def content_changed(using=DEFAULT_DB_ALIAS):
    """Called in the transaction that saves the change: a fresh random version, which no copy carries."""
    next_time = schedule.next_publish_time(using)
    values = {"value": secrets.randbits(62), "next_publish_at": next_time and datetime.fromtimestamp(next_time, UTC)}
    if not ContentVersion.objects.using(using).filter(pk=1).update(**values):
        ContentVersion.objects.using(using).update_or_create(pk=1, defaults=values)
    _request.__dict__.pop("version", None)  # the rest of this request reads the new one


def current():
    """The content version, or None when nothing may be kept (no version row, or a publish time just passed)."""
    return _read()


def _read():
    """The version, read at most once per request, with what the page being served reads along (see `kept`)."""
    if getattr(_request, "active", False) and "version" in _request.__dict__:
        return _request.version
    wanted = _request.__dict__.pop("wanted", [])
    joins = "".join(f" LEFT JOIN ({sql}) along_{index} ON TRUE" for index, (_, _, sql, _) in enumerate(wanted))
    columns = "".join(f", along_{index}.*" for index in range(len(wanted)))
    params = [param for *_, read_params in wanted for param in read_params]
    with connection.cursor() as cursor:
        table = ContentVersion._meta.db_table
        sql = f'SELECT version."value", version."next_publish_at"{columns} FROM "{table}" version{joins} WHERE version.id = %s'
        _execute_planned_once(cursor, sql, [*params, 1])
        found = cursor.fetchone()
    version = None
    if found is not None:
        version, next_publish_at, *columns = found
        along = {}
        for name, width, _, _ in wanted:
            along[name], columns = tuple(columns[:width]), columns[width:]
        _request.along = along
        if isinstance(next_publish_at, str):  # SQLite
            next_publish_at = parse_datetime(next_publish_at)
        if next_publish_at is not None and timezone.is_naive(next_publish_at):
            next_publish_at = timezone.make_aware(next_publish_at, UTC)
        if next_publish_at is not None and next_publish_at <= timezone.now():
            version = _next_version_after_publish_time(version)
    if getattr(_request, "active", False):
        _request.version = version
    return version


def _execute_planned_once(cursor, sql, params):
    """On PostgreSQL, the statement is planned once per connection (PREPARE), then only run (EXECUTE).

    Every request runs it, and with a rated page's figures read along, planning costs more than running it.
    A name is recorded only once its PREPARE has worked, and a failed attempt's name is never used again, so
    a statement that failed to prepare is prepared afresh, never twice under one name.
    """
    if connection.vendor != "postgresql":
        cursor.execute(sql, params)
        return
    prepared = getattr(connection, "prepared_version_statements", None)
    if prepared is None:
        prepared = connection.prepared_version_statements = {}
    placeholders = ", ".join(["%s"] * len(params))
    name = prepared.get(sql)
    if name is not None:
        cursor.execute(f"EXECUTE {name}({placeholders})", params)
        return
    name = f"netsite_version_{next(_statement_numbers)}"
    numbered = iter(range(1, len(params) + 1))
    planned = re.sub("%s", lambda _: f"${next(numbered)}", sql).replace("%", "%%")
    cursor.execute(f"PREPARE {name} AS {planned}; EXECUTE {name}({placeholders})", params)
    prepared[sql] = name


def _forget_prepared_statements(sender, connection, **kwargs):
    """A new connection holds no prepared statement."""
    connection.prepared_version_statements = {}


def _next_version_after_publish_time(version):
    """A publish time has passed: the first request to notice starts a new version (others keep nothing meanwhile)."""
    next_time = schedule.next_publish_time()
    new = secrets.randbits(62)
    started = ContentVersion.objects.filter(pk=1, value=version).update(
        value=new, next_publish_at=next_time and datetime.fromtimestamp(next_time, UTC)
    )
    return new if started else None


def kept(name, request):
    """What `remembered(name, …)` holds for the current content version, or None; builds nothing.

    What the copy's live parts read on every request (`will_read_with_version`) is read in the same statement.
    """
    found = _copies.get(name)
    if found is None:  # most addresses: no query
        return None
    if "version" not in _request.__dict__:
        wanted = tuple(_reads.get(name, {}).items())  # a copy: another thread may be noting a read
        _request.wanted = [(read, width, *statement(request)) for read, (width, statement) in wanted]
    version = current()
    return found[1] if version is not None and found[0] == version else None


def remembered(name, build):
    """What `build()` returns at the current content version: built once per version per process."""
    version = current()
    found = _copies.get(name)
    if version is not None and found is not None and found[0] == version:
        return found[1]
    try:
        value = build()
    except NotKept as refusal:
        return refusal.value
    if version is None:
        return value
    characters = _characters(value)
    with _lock:
        if len(_copies) >= MAX_COPIES or _size["characters"] + characters > MAX_CHARACTERS:
            _copies.clear()
            _reads.clear()
            _size["characters"] = 0
        replaced = _copies.get(name)
        _copies[name] = (version, value, characters)
        _size["characters"] += characters - (replaced[2] if replaced else 0)
    return value


@contextmanager
def noting_reads(name):
    """While the live parts of the copy `name` render: what they will read next time (`will_read_with_version`)."""
    token = _noting.set(_reads.setdefault(name, {}))
    try:
        yield
    finally:
        _noting.reset(token)


def will_read_with_version(name, width, statement):
    """A live part reads this on every request: from the next one, read it with the version (see `read_along`).

    `statement(request)` gives the SQL and its parameters for one row of `width` columns (or none). The row
    is then read in the version's statement, so the page costs one query, and `read_along(name)` gives it.
    """
    noting = _noting.get()
    if noting is not None:
        noting[name] = (width, statement)


def read_along(name):
    """The row `name` read with this request's version (None in each column if there was none), or None if not read."""
    return _request.__dict__.get("along", {}).get(name)


def _characters(value):
    """About how much text a copy holds (a rendered page is kept as a list of texts)."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, (list, tuple)):
        return sum(_characters(item) for item in value)
    return 0


def page_key(request):
    """What base.html keeps a page's text under for the content version: its address, for a plain read only."""
    return request.get_full_path() if request.method in {"GET", "HEAD"} else None


def forget():
    """Drop every copy (each test starts with none)."""
    with _lock:
        _copies.clear()
        _reads.clear()
        _size["characters"] = 0


def _start(**kwargs):
    _request.__dict__.clear()
    _request.active = True


def _finish(**kwargs):
    _request.__dict__.clear()


request_started.connect(_start, dispatch_uid="caching.versions.start")
request_finished.connect(_finish, dispatch_uid="caching.versions.finish")
connection_created.connect(_forget_prepared_statements, dispatch_uid="caching.versions.prepared")
