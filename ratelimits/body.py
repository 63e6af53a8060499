"""Body-size limits: each public form declares the largest body it takes, and a larger one is refused unread."""

import functools

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import Resolver404, resolve


def limit_body(max_bytes):
    """Declare the largest request body a view accepts; a larger one is refused before it is read."""

    def decorate(view):
        view.max_body_bytes = max_bytes
        return view

    return decorate


@functools.lru_cache(maxsize=2048)
def _declared_body_limit(path_info):
    try:
        return getattr(resolve(path_info).func, "max_body_bytes", None)
    except Resolver404:
        return None


def _body_limit(path_info):
    declared = _declared_body_limit(path_info)
    return settings.MAX_REQUEST_BYTES if declared is None else min(declared, settings.MAX_REQUEST_BYTES)


class BodySizeLimitMiddleware:
    """Answer 413 to a body over the view's limit, judged by Content-Length before a byte of it is read.

    Django never reads more than Content-Length says, so this bounds what any request can make the
    server read, hold in memory or write to a temporary file.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length and length > (limit := _body_limit(request.path_info)):
            return self.too_large(request, limit)
        return self.get_response(request)

    def too_large(self, request, limit):
        message = f"What you sent is too large for this form (the most it takes is {_size(limit)})."
        if "application/json" in request.headers.get("Accept", ""):
            return JsonResponse({"error": message}, status=413)
        return render(request, "413.html", {"message": message}, status=413)


def _size(n):
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"
