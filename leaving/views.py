from urllib.parse import urlsplit

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from caching.page_cache import reads_query_params
from leaving.links import is_linked_from_published_content


@never_cache
@require_safe
@reads_query_params("to")
def leaving(request):
    """A notice before an outside site. Only addresses the site itself links to are accepted: no open redirect.

    Never cached: once no published page links to an address any more, the notice refuses it at once.
    """
    destination = request.GET.get("to", "")
    if not is_linked_from_published_content(destination):
        raise Http404("This site does not link to that address.")
    return render(request, "leaving/leaving.html", {"destination": destination, "host": urlsplit(destination).netloc})
