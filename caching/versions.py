"""Copies in each process's memory of what many pages need, exact because they are keyed by the content version.

`remembered(name, build)` returns what `build()` returned at the current content version (caching.models),
building it again when the version has changed since. The version row also holds the site's next publish
time: once it passes (a scheduled item going live changes what the public may see without any save), the
first request to notice works out the next one and starts a new version. The row is read at most once per
request, in one query with the rows registered by `read_along` (the site settings every page shows).
"""

import functools
import json
import secrets
import threading
from datetime import UTC, datetime

from django.core.signals import request_finished, request_started
from django.db import DEFAULT_DB_ALIAS, connection
from django.db.models import Subquery
from django.db.models.functions import JSONObject
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
_along = {}


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
    _request.__dict__.pop("read", None)  # the rest of this request reads the new one


def read_along(name, model, pk):
    """Read this row (or None) in the same query as the version: see `row_read_along`."""
    _along[name] = (model, pk)
    _query.cache_clear()


def current():
    """The content version, or None when nothing may be kept (no version row, or a publish time just passed)."""
    return _read()[0]


def row_read_along(name):
    """The row registered with `read_along`, as read with the version this request: a model instance or None."""
    rows = _read()[1]
    if name not in rows:  # no version row: read it on its own
        model, pk = _along[name]
        return model._default_manager.filter(pk=pk).first()
    return rows[name]


def _read():
    if getattr(_request, "active", False) and hasattr(_request, "read"):
        return _request.read
    with connection.cursor() as cursor:
        cursor.execute(*_query())
        found = cursor.fetchone()
    if found is None:
        read = None, {}
    else:
        version, next_publish_at, *rows = found
        rows = {name: _from_json(_along[name][0], row) for name, row in zip(_along, rows, strict=True)}
        if isinstance(next_publish_at, str):  # SQLite
            next_publish_at = parse_datetime(next_publish_at)
        if next_publish_at is not None and timezone.is_naive(next_publish_at):
            next_publish_at = timezone.make_aware(next_publish_at, UTC)
        if next_publish_at is not None and next_publish_at <= timezone.now():
            version = _next_version_after_publish_time(version)
        read = version, rows
    if getattr(_request, "active", False):
        _request.read = read
    return read


@functools.cache
def _query():
    """The version row and the rows read along with it, as one SQL statement compiled once (it runs on every page)."""
    rows = {
        f"row_{index}": Subquery(
            model._default_manager.filter(pk=pk).values(
                data=JSONObject(**{field.attname: field.attname for field in model._meta.concrete_fields})
            )[:1]
        )
        for index, (model, pk) in enumerate(_along.values())
    }
    query = ContentVersion.objects.filter(pk=1).annotate(**rows).values_list("value", "next_publish_at", *rows).query
    return query.get_compiler(connection=connection).as_sql()


def _from_json(model, data):
    if data is None:
        return None
    if isinstance(data, str):
        data = json.loads(data)
    values = {field.attname: field.to_python(data[field.attname]) for field in model._meta.concrete_fields}
    return model.from_db(DEFAULT_DB_ALIAS, list(values), list(values.values()))


def _next_version_after_publish_time(version):
    """A publish time has passed: the first request to notice starts a new version (others keep nothing meanwhile)."""
    next_time = schedule.next_publish_time()
    new = secrets.randbits(62)
    started = ContentVersion.objects.filter(pk=1, value=version).update(
        value=new, next_publish_at=next_time and datetime.fromtimestamp(next_time, UTC)
    )
    return new if started else None


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
            _size["characters"] = 0
        replaced = _copies.get(name)
        _copies[name] = (version, value, characters)
        _size["characters"] += characters - (replaced[2] if replaced else 0)
    return value


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
        _size["characters"] = 0


def _start(**kwargs):
    _request.__dict__.clear()
    _request.active = True


def _finish(**kwargs):
    _request.__dict__.clear()


request_started.connect(_start, dispatch_uid="caching.versions.start")
request_finished.connect(_finish, dispatch_uid="caching.versions.finish")
