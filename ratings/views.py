from http import HTTPStatus

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme

from ratelimits.body import limit_body
from ratelimits.clients import client_address, seconds_until_allowed
from ratings import visitors
from ratings.forms import VoteForm
from ratings.models import Vote

SAVED = "Thank you, your rating has been saved."
NOT_POST = "Ratings can only be sent with the rating form on a page."
CRAWLER = "Automated programs cannot rate pages."
GONE = "This page is no longer available, so it cannot be rated."
CSRF_FAILED = (
    "Your browser did not send the security code this form needs, or it has expired. "
    "Please reload the page and try again. If it keeps happening, check that cookies are allowed for this site."
)


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def _refuse(request, status, message, headers=None, heading="Sorry, we could not save your rating"):
    """The error as JSON for JSON clients, otherwise as the site's error page with a way back."""
    if wants_json(request):
        response = JsonResponse({"error": message}, status=status)
    else:
        back = request.headers.get("Referer", "")
        if not url_has_allowed_host_and_scheme(back, {request.get_host()}, require_https=request.is_secure()):
            back = "/"
        response = render(
            request, "ratings/problem.html", {"heading": heading, "message": message, "back": back}, status=status
        )
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def _try_again_in(seconds):
    minutes = -(-seconds // 60)
    wait = f"{seconds} seconds" if seconds < 60 else ("1 minute" if minutes == 1 else f"{minutes} minutes")
    return f"You have sent a lot of ratings in a short time. Please try again in {wait}."


@limit_body(4 * 1024)  # a vote is a token, a target and a score: well under 1 KB
def vote(request):
    """POST target and score: save this visitor's rating, then answer in JSON or with a 303 back to the page."""
    if request.method != "POST":
        return _refuse(request, HTTPStatus.METHOD_NOT_ALLOWED, NOT_POST, {"Allow": "POST"})
    if visitors.is_crawler(request):
        return _refuse(request, HTTPStatus.FORBIDDEN, CRAWLER)
    address_hash = visitors.address_hash(client_address(request))
    if wait := seconds_until_allowed(request, "ratings", settings.RATINGS_RATE_LIMIT):
        return _refuse(request, HTTPStatus.TOO_MANY_REQUESTS, _try_again_in(wait), {"Retry-After": str(wait)})

    form = VoteForm(request.POST)
    valid = form.is_valid()
    if "target" in form.errors:
        return _refuse(request, HTTPStatus.BAD_REQUEST, form.errors["target"][0])
    target = form.cleaned_data["target"]
    if target is None:
        return _refuse(request, HTTPStatus.NOT_FOUND, GONE)
    if not valid:  # the target is fine, so the score is what is wrong
        if wants_json(request):
            return _refuse(request, HTTPStatus.BAD_REQUEST, form.errors["score"][0])
        messages.error(request, form.errors["score"][0])
        return HttpResponseRedirect(target.get_absolute_url(), status=HTTPStatus.SEE_OTHER)

    visitor = visitors.visitor_id(request) or visitors.new_visitor_id()
    summary = Vote.objects.record(
        target,
        visitor_hash=visitors.visitor_hash(visitor),
        address_hash=address_hash,
        score=form.cleaned_data["score"],
    )
    if wants_json(request):
        response = JsonResponse({"average": summary.average, "count": summary.count, "score": summary.visitor_score})
    else:
        messages.success(request, SAVED)
        response = HttpResponseRedirect(target.get_absolute_url(), status=HTTPStatus.SEE_OTHER)
    visitors.remember_visitor(request, response, visitor)
    return response


def csrf_failure(request, reason=""):
    """Site-wide CSRF_FAILURE_VIEW: JSON for JSON clients (the rating script), the site's own page otherwise."""
    return _refuse(request, HTTPStatus.FORBIDDEN, CSRF_FAILED, heading="Sorry, we could not accept that form")
