from django.contrib import messages
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from consent.cookies import ACCEPTED, CONSENT_COOKIE, CONSENT_MAX_AGE, REJECTED
from ratelimits.body import limit_body

CONFIRMATIONS = {
    ACCEPTED: "You've accepted additional cookies. You can change your cookie settings at any time.",
    REJECTED: "You've rejected additional cookies. You can change your cookie settings at any time.",
}


@limit_body(4 * 1024)
@require_POST
def set_consent(request):
    """Store the visitor's choice for 12 months and go back where they were (a plain form POST, no JS)."""
    choice = request.POST.get("choice")
    if choice not in CONFIRMATIONS:
        return HttpResponseBadRequest("Choose to accept or reject additional cookies.")
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    response = redirect(next_url)
    response.set_cookie(
        CONSENT_COOKIE, choice, max_age=CONSENT_MAX_AGE, samesite="Lax", secure=request.is_secure(), httponly=True
    )
    messages.success(request, CONFIRMATIONS[choice])
    return response
