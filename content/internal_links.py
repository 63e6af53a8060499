"""Links from one page to another that survive a change of address.

The editor stores a link to another page as a reference to that page (`/link/<model>/<id>/`), never as
its current address; following it redirects to wherever the page lives now. So changing a page's slug
needs no rewrite of other pages' signed-off text.
"""

from django.apps import apps
from django.urls import reverse

from content.models import ContentPage, content_models

RESULTS_PER_TYPE = 10


def reference(page):
    return reverse("internal-link", args=[page._meta.label_lower, page.pk])


def linkable_models():
    return [model for model in content_models() if model.has_own_page]


def published_page(label, pk):
    """The published page a reference names, or None (unknown type, not a page of its own, not published)."""
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        return None
    if not issubclass(model, ContentPage) or not model.has_own_page:
        return None
    return model.objects.published().filter(pk=pk).first()


def find_pages(query):
    """Published pages whose title contains `query`, for the editor's internal-link chooser."""
    query = query.strip()
    if not query:
        return []
    found = []
    for model in linkable_models():
        for page in model.objects.published().filter(title__icontains=query).order_by("title")[:RESULTS_PER_TYPE]:
            found.append({"title": page.title, "type": model._meta.verbose_name, "href": reference(page)})
    return sorted(found, key=lambda item: item["title"].lower())
