from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib import admin
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils.crypto import get_random_string
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


@never_cache
@require_GET
def healthz(request):
    """For the load balancer: 200 when the database and the cache answer, 503 naming what failed."""
    checks = {"database": _database_ok(), "cache": _cache_ok()}
    healthy = all(checks.values())
    body = {"status": "ok" if healthy else "unavailable", **{k: "ok" if v else "failed" for k, v in checks.items()}}
    return JsonResponse(body, status=200 if healthy else 503)


def _database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False


def _cache_ok():
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
