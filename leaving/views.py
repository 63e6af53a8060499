from urllib.parse import urlsplit

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from leaving.links import is_linked_from_published_content


@require_GET
def leaving(request):
    """A notice before an outside site. Only addresses the site itself links to are accepted: no open redirect."""
    destination = request.GET.get("to", "")
    if not is_linked_from_published_content(destination):
        raise Http404("This site does not link to that address.")
    return render(request, "leaving/leaving.html", {"destination": destination, "host": urlsplit(destination).netloc})
