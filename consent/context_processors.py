from consent.cookies import ACCEPTED, CONSENT_COOKIE, REJECTED, site_cookies


def cookie_consent(request):
    """`additional_cookies_allowed` is what any later non-essential script or cookie must check first."""
    choice = request.COOKIES.get(CONSENT_COOKIE)
    if choice not in {ACCEPTED, REJECTED}:
        choice = None
    return {
        "cookie_choice": choice,
        "show_cookie_banner": choice is None,
        "additional_cookies_allowed": choice == ACCEPTED,
        "site_cookies": site_cookies,  # called only by the pages that list them
    }
