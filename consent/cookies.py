"""Every cookie the site can set: the cookie policy page lists these, and a test keeps them in step with the code."""

from dataclasses import dataclass

from django.conf import settings

CONSENT_COOKIE = "cookie_consent"
CONSENT_MAX_AGE = 365 * 24 * 60 * 60  # the choice is kept for 12 months, then asked again
ACCEPTED, REJECTED = "accepted", "rejected"


@dataclass(frozen=True)
class Cookie:
    name: str
    purpose: str
    lifetime: str
    essential: bool = True


def site_cookies():
    return [
        Cookie(CONSENT_COOKIE, "Remembers whether you accepted or rejected additional cookies.", "12 months"),
        Cookie(
            settings.CSRF_COOKIE_NAME,
            "Protects the forms on this site (such as the cookie choice) from being sent by another website.",
            "1 year",
        ),
        Cookie(
            settings.SESSION_COOKIE_NAME,
            "Keeps staff signed in to the editors' area. Readers never get it.",
            f"{settings.SESSION_COOKIE_AGE // 60} minutes after the last page viewed",
        ),
        Cookie(
            "messages",
            "Carries a one-off confirmation message, such as 'Your cookie settings were saved'.",
            "Until the next page is shown",
        ),
        Cookie(
            "ratings_visitor",
            "Set only when you rate a page: a random number, so each person's rating counts once and can be "
            "changed. We store only a scrambled (hashed) version of it with your rating.",
            "1 year from your last rating",
        ),
        # Additional cookies (for example analytics) go here with essential=False, and are only
        # set where the template context's `additional_cookies_allowed` is true.
    ]
