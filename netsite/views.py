from functools import cached_property

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils.cache import patch_cache_control
from django.utils.crypto import get_random_string
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


class PublishedMixin:
    """For list and detail views: fetch only what the public may see, so anything else is a 404.

    On a detail view, a member of staff who may view the model can add `?preview=1` to see the
    version being worked on (a draft, or a change waiting for approval) on the real layout,
    with a 'Preview — not published' banner, `noindex` and no caching.
    """

    @cached_property
    def is_preview(self):
        opts = self.model._meta
        user = self.request.user
        return (
            hasattr(self, "get_object")
            and "preview" in self.request.GET
            and user.is_staff
            and user.has_perm(f"{opts.app_label}.view_{opts.model_name}")
        )

    def get_queryset(self):
        if self.is_preview:
            return self.model.objects.all()
        return self.model.objects.published()

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if self.is_preview and obj.has_pending_change:
            obj.apply_values(obj.pending)
            obj.show_pending_links(obj.pending)
        return obj

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "preview": self.is_preview}

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        if self.is_preview:
            patch_cache_control(response, private=True, no_store=True)
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response


class ForgivingPaginationMixin:
    """A page number past the end (or not a number) shows the nearest real page and says so, instead of a 404.

    The note joins `self.ignored`, the list of input a finder view has set aside and tells the reader about.
    """

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        requested = self.request.GET.get("page", "")
        page = paginator.get_page(requested)
        if requested and requested != str(page.number):
            self.ignored.append(
                f"the page number, because there is no such page: here is page {page.number} of {paginator.num_pages}"
            )
        return paginator, page, page.object_list, page.has_other_pages()


@never_cache
@require_safe
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
