from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib import admin
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.templatetags.static import static
from django.utils.crypto import get_random_string
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from caching import versions
from caching.redis_cache import breaker_of


@require_safe
def home(request):
    return render(request, "home.html", {"page_key": versions.page_key(request)})


@require_safe
def favicon(request):
    """/favicon.ico, for browsers that ask for it without reading the page's icon links: the hashed static file."""
    return HttpResponsePermanentRedirect(static("icons/favicon.ico"))


@never_cache
@require_safe
def healthz(request):
    """For the load balancer: 503 only when the database fails, as the site cannot serve without it.

    Redis only holds copies: without it the site still serves every page from the database, so a
    failing cache makes the answer 200 with "degraded", never 503 (which would take every server out).
    """
    database_ok, cache_ok = _database_ok(), _cache_ok()
    status = "ok" if database_ok and cache_ok else ("degraded" if database_ok else "unavailable")
    body = {"status": status, "database": "ok" if database_ok else "failed", "cache": "ok" if cache_ok else "degraded"}
    return JsonResponse(body, status=200 if database_ok else 503)


def _database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False


def _cache_ok():
    """A write and a read that work; the Redis cache answers a failure as a miss, so a miss means degraded."""
    breaker = breaker_of(cache)
    if breaker is not None and not breaker.allows_call():
        return False
    probe = get_random_string(12)
    try:
        cache.set("healthz", probe, 10)
        return cache.get("healthz") == probe
    except Exception:  # any cache backend error means the cache is not usable
        return False


def benchmark_floor(request):
    """The framework's floor for `make bench`: a template as large as a page, no database, no cache."""
    return HttpResponse(loader.get_template("floor.html").render())


def admin_lockout(request, original_response=None, credentials=None):
    """django-axes' answer once an account has failed too often from one address: in the admin's layout."""
    context = {
        **admin.site.each_context(request),
        "title": "Logging in is paused for this account",
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "duration": _duration(get_cool_off(request)),
    }
    return render(request, "admin/lockout.html", context, status=429)


def _duration(delta):
    minutes = round(delta.total_seconds() / 60)
    if minutes % 60 == 0:
        hours = minutes // 60
        return "1 hour" if hours == 1 else f"{hours} hours"
    return "1 minute" if minutes == 1 else f"{minutes} minutes"
