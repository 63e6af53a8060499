from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_safe

from caching import versions
from caching.page_cache import reads_query_params
from search.query import MAX_QUERY_LENGTH, results, search


@require_safe
@reads_query_params("q", "page")
def search_results(request):
    """/search/?q=…: one ranked list over everything published; never a 500 for odd input."""
    # Control characters (a NUL from %00, say) can only be mistakes or probes; they are neither shown nor searched.
    q = "".join(char for char in request.GET.get("q", "") if char.isprintable() or char.isspace()).strip()
    context = {
        "page_key": versions.page_key(request),
        "q": q,
        "max_length": MAX_QUERY_LENGTH,
        "too_long": len(q) > MAX_QUERY_LENGTH,
    }
    if q and not context["too_long"]:
        requested = request.GET.get("page")

        def found():
            page = Paginator(search(q), 10).get_page(requested)
            return {"page_obj": page, "results": results(list(page.object_list), q)}

        # The same search finds the same at the same content version: searched once per version in each process.
        context.update(versions.remembered(f"search:{requested}:{q}", found))
    return render(request, "search/results.html", context)
