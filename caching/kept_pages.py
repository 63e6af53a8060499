"""A repeat read of a page served from the copy base.html kept for the content version, without running its view.

The view ran for the first read at this version and address, and gave `page_key` (caching.versions), so the
page it rendered is the same for every reader but for its `{% live %}` parts, which are rendered here for this
reader. This comes after the session, auth and message middleware, which the live parts may need.
"""

from django.http import HttpResponse

from caching.templatetags.versions_tags import render_kept_page


class KeptPageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        html = render_kept_page(request)
        return None if html is None else HttpResponse(html)
