import json
import logging
import time

from django.conf import settings

request_log = logging.getLogger("netsite.requests")


class RequestLogMiddleware:
    """One structured line per request: method, path, status, duration.

    The query string and the client address are left out on purpose: the clinic finder
    can carry a reader's coordinates in the query string, and neither is needed to run the site.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        request_log.info(
            json.dumps(
                {
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                }
            )
        )
        return response


class PermissionsPolicyMiddleware:
    """Turn off the browser features the site does not use (Django has no setting for this header)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class AdminNoIndexMiddleware:
    """Ask search engines not to index the admin, without naming its secret address in robots.txt."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = "/" + settings.ADMIN_URL

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(self.prefix):
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response
