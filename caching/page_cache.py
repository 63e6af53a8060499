"""A shared page cache for anonymous readers that stays correct when content changes, and when Redis fails.

Pages are kept in Django's cache (Redis when REDIS_URL is set, so every app server shares them).
Each entry carries two version numbers, read in the same round trip as the entry itself: one for
the whole site (the cache's generation) and one for the page's path. Saving content deletes the
version of exactly the paths it shows on (its model says which, through `cache_paths()`), so every
cached variant of those pages (pagination, filters) goes stale at once; changing something shown
everywhere (the site settings) deletes the site version. The next reader starts a missing version
afresh with a random number, so a version that was deleted (or evicted, or lost with a restarted
Redis) can never come back with a value an old entry carries.

Deleting rather than incrementing matters when Redis fails: DEL is accepted even by a Redis that is
out of memory and refuses every write. When Redis cannot be reached at all, the delete is lost;
caching/redis_cache.py then opens the process's circuit breaker (pages are rendered from the database
meanwhile, nothing is stored) and, before the process trusts Redis again, runs this module's
recovery step: it deletes the site version, so every page cached before or during the outage goes
stale, on every server, and an invalidation lost during the outage can never leave a stale page.
The page cache's copies in each process's memory are dropped the moment its breaker opens.

Only plain reads are cached: GET or HEAD, no session, no pending message, no personal cookie
(a reader who has voted sees their own score), a 200 that is not marked private or no-store and
sets no cookie but the CSRF one. The CSRF token in a cached page is swapped for a placeholder
when stored and for the reader's own token when served, so forms on cached pages keep working
without JavaScript.

A publish time that passes changes pages too: the same read carries the next one (caching/schedule.py), and
the first request after it drops the pages of what went live.

A page's key holds its path and only the query parameters its view declares it reads
(`page_cache_query_params` on a view class, or `@reads_query_params(...)` on a function view). Any other
parameter (utm_*, fbclid, anything) is removed from the request before the view sees it, so such requests
share one cached page and no client can put its own values into the copy other readers get.

With Redis, each process also keeps copies of the keys it has read, which Redis tells it to drop
the moment they change (caching/tracked_copies.py), so a hit usually needs no round trip at all.
"""

import functools
import hashlib
import re
import secrets
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse, QueryDict
from django.middleware.csrf import get_token
from django.urls import Resolver404, resolve
from django.utils.cache import has_vary_header

from caching import schedule
from caching.redis_cache import breaker_of
from caching.tracked_copies import TrackedCopies

KEY_PREFIX = "pagecache:"
# Named for the entry's layout, so servers running an older or newer release never read each other's entries.
PAGE_KEY_PREFIX = KEY_PREFIX + "page-v3:"
SITE_VERSION_KEY = KEY_PREFIX + "site"
TOKEN_PLACEHOLDER = b"__CSRF_TOKEN_PLACEHOLDER__"
TOKEN_FIELD = re.compile(rb'(name="csrfmiddlewaretoken" value=")([^"]+)(")')


def reads_query_params(*names):
    """Declare the query parameters a function view reads: only these reach it and make its cached variants."""

    def decorate(view):
        view.page_cache_query_params = names
        return view

    return decorate


@functools.lru_cache(maxsize=2048)
def _declared_params(path_info):
    """The query parameters the view at this path reads (none if it declares none, or no view answers there)."""
    try:
        func = resolve(path_info).func
    except Resolver404:
        return frozenset()
    view = getattr(func, "view_class", func)
    return frozenset(getattr(view, "page_cache_query_params", None) or getattr(func, "page_cache_query_params", ()))


def _keep_declared_params(request):
    """Drop every query parameter the view does not read, from request.GET and the query string alike."""
    if not request.META.get("QUERY_STRING"):
        return  # most requests: nothing to drop
    declared = _declared_params(request.path_info)
    kept = QueryDict(mutable=True)
    for name in sorted(declared & set(request.GET)):
        kept.setlist(name, request.GET.getlist(name))
    query_string = kept.urlencode()
    if query_string != request.META.get("QUERY_STRING", ""):
        request.META["QUERY_STRING"] = query_string
        kept._mutable = False
        request.GET = kept


def _path_version_key(path):
    return KEY_PREFIX + "path:" + hashlib.sha256(path.encode()).hexdigest()


def invalidate_paths(paths):
    """Drop every cached variant of these paths."""
    _drop_versions_now_and_on_commit([_path_version_key(path) for path in set(paths)])


def invalidate_site():
    """Drop every cached page, e.g. after a change to something every page shows."""
    _drop_versions_now_and_on_commit([SITE_VERSION_KEY])


def _drop_versions_now_and_on_commit(keys):
    """Drop at once, and again once the change is committed.

    A page rendered between the first drop and the commit read the old rows but was stored under the
    new versions; the second drop makes it stale too. Outside a transaction both happen at once. A
    failure here never fails the save: the cache swallows it and its recovery step drops every page.
    """
    _register_recovery()
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys), robust=True)


def _forget_every_page():
    """Recovery step after a Redis failure: an invalidation sent meanwhile may be lost, so every cached page goes."""
    cache.client().delete(cache.make_key(SITE_VERSION_KEY))


def _register_recovery():
    breaker = breaker_of(cache)
    if breaker is not None:
        breaker.on_recovery("page-cache", _forget_every_page)


def _new_version():
    return secrets.randbits(62)


def _current_versions(found, keys):
    """The (site, path) versions, starting afresh any that is missing; None when the cache cannot keep them."""
    versions = {key: found[key] for key in keys if key in found}
    started = {key: _new_version() for key in keys if key not in versions}
    lost_race = [key for key, value in started.items() if not cache.add(key, value, timeout=None)]
    versions |= {key: value for key, value in started.items() if key not in lost_race}
    if lost_race:  # another process started it first (or Redis refused): read what is there
        versions |= cache.get_many(lost_race)
    if any(key not in versions for key in keys):
        return None
    return tuple(versions[key] for key in keys)


def _lookup(request, read_many):
    """One read of the cache: the page's key, the versions it must carry now, and the entry if still valid.

    Versions are None when they cannot be read or started (Redis down or full): the page is then not stored.
    """
    # Cookies that change what every page shows (the cookie banner) give each choice its own copy.
    variant = "|".join(request.COOKIES.get(name, "")[:32] for name in settings.PAGE_CACHE_VARY_COOKIES)
    page_key = PAGE_KEY_PREFIX + hashlib.sha256(f"{request.get_full_path()}|{variant}".encode()).hexdigest()
    version_keys = [SITE_VERSION_KEY, _path_version_key(request.path)]
    found = read_many([page_key, *version_keys, *schedule.KEYS])
    if any(key not in found for key in version_keys):
        return page_key, _current_versions(found, version_keys), None, found
    versions = tuple(found[key] for key in version_keys)
    entry = found.get(page_key)
    # A copy held in memory may outlive the entry in Redis, so each entry carries its own expiry.
    fresh = entry is not None and entry[0] == versions and entry[1] > time.time()
    return page_key, versions, entry if fresh else None, found


def _bypasses_cache(request):
    if request.method not in ("GET", "HEAD") or request.path.startswith(tuple(settings.PAGE_CACHE_EXEMPT_PREFIXES)):
        return True
    personal_cookies = {settings.SESSION_COOKIE_NAME, "messages", *settings.PAGE_CACHE_BYPASS_COOKIES}
    return any(name in request.COOKIES for name in personal_cookies)


def _may_store(request, response):
    if response.status_code != 200 or response.streaming:
        return False
    cache_control = response.get("Cache-Control", "")
    if "private" in cache_control or "no-store" in cache_control or "no-cache" in cache_control:
        return False
    if any(name != settings.CSRF_COOKIE_NAME for name in response.cookies):
        return False
    if has_vary_header(response, "Authorization"):
        return False
    messages = getattr(request, "_messages", None)
    return not (messages is not None and messages.used)


class PageCacheMiddleware:
    """Placed inside the CSRF middleware (a cached page still gets the reader's CSRF cookie) and outside the
    session, auth and message middleware, which a cached page never needs."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.read_many = cache.get_many
        _register_recovery()
        if settings.PAGE_CACHE_LOCAL_COPIES:
            copies = TrackedCopies(cache, settings.REDIS_URL, KEY_PREFIX, settings.PAGE_CACHE_LOCAL_COPIES)
            self.read_many = copies.get_many

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or _bypasses_cache(request):
            return self.get_response(request)
        _keep_declared_params(request)
        key, versions, entry, found = _lookup(request, self.read_many)
        if not schedule.up_to_date(found):  # a publish time has passed, or content changed since it was read
            if not schedule.catch_up(found):  # another request is catching up right now
                return self.get_response(request)
            key, versions, entry, _ = _lookup(request, self.read_many)
        if entry is not None:
            return self._serve(request, entry)
        response = self.get_response(request)
        if versions is not None and _may_store(request, response):
            content = TOKEN_FIELD.sub(rb"\1" + TOKEN_PLACEHOLDER + rb"\3", response.content)
            headers = {k: v for k, v in response.items() if k.lower() not in {"set-cookie", "vary", "content-length"}}
            # Stored with the versions read before rendering: a change saved meanwhile makes it stale at once.
            expires = time.time() + settings.PAGE_CACHE_SECONDS
            cache.set(key, (versions, expires, content, headers), settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response

    def _serve(self, request, entry):
        _, _, content, headers = entry
        if TOKEN_PLACEHOLDER in content:
            content = content.replace(TOKEN_PLACEHOLDER, get_token(request).encode())
        response = HttpResponse(content)
        for name, value in headers.items():
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response
