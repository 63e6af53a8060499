"""What every content view shares: only published items for the public, previews for staff, forgiving pages."""

from functools import cached_property

from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET

from caching import versions
from content.internal_links import find_pages, published_page


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
        if not self.is_preview and queryset is None:
            # The published item, read once per content version (caching.versions); a 404 is never kept.
            key = f"published:{self.model._meta.label_lower}:{sorted(self.kwargs.items())}"
            return versions.remembered(key, super().get_object)
        obj = super().get_object(queryset)
        if self.is_preview and obj.has_pending_change:
            obj.apply_values(obj.pending)
            obj.show_pending_links(obj.pending)
        return obj

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "preview": self.is_preview, "page_key": self.page_key()}

    def page_key(self):
        """What base.html keeps this page under for the content version (caching.versions); None keeps nothing.

        Nothing for an address asking for a preview, even from a reader who may not see one: staff asking for
        the same address must not be given the public page kept under it (caching.kept_pages).
        """
        return None if "preview" in self.request.GET else versions.page_key(self.request)

    def get_paginator(self, queryset, *args, **kwargs):
        """A list counted once per content version for each address, so a kept page needs no query for it."""
        paginator = super().get_paginator(queryset, *args, **kwargs)
        if key := self.page_key():
            paginator.count = versions.remembered(f"count:{key}", lambda: paginator.count)
        return paginator

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


@require_GET
def follow_internal_link(request, label, pk):
    """Where a stored link to another page leads: that page's current address (a 404 once it is not published)."""
    page = published_page(label, pk)
    if page is None:
        raise Http404("No published page")
    return redirect(page.get_absolute_url())


@require_GET
def link_search(request):
    """Staff only (wrapped by the admin site): published pages matching a title, for the link chooser."""
    return JsonResponse({"results": find_pages(request.GET.get("q", ""))[:20]})
