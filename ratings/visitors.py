"""Who is voting, without storing anything personal: the visitor cookie, keyed hashes, the client address."""

import re
import uuid
from datetime import timedelta

from django.utils import timezone
from django.utils.crypto import salted_hmac

VISITOR_COOKIE = "ratings_visitor"
VISITOR_COOKIE_SALT = "ratings.visitor-cookie"
VISITOR_COOKIE_AGE = timedelta(days=365)

# Known crawlers and link-preview fetchers; they read pages but must not vote.
CRAWLER_USER_AGENT = re.compile(
    r"googlebot|bingbot|slurp|duckduckbot|baiduspider|yandex(bot|images)|sogou|exabot|facebot|"
    r"facebookexternalhit|ia_archiver|applebot|petalbot|ahrefsbot|semrushbot|mj12bot|dotbot|"
    r"bytespider|gptbot|chatgpt-user|claudebot|ccbot|amazonbot|twitterbot|linkedinbot|slackbot|"
    r"discordbot|whatsapp|telegrambot|mediapartners-google|adsbot-google|crawler|spider",
    re.IGNORECASE,
)


def is_crawler(request):
    return bool(CRAWLER_USER_AGENT.search(request.headers.get("User-Agent", "")))


def visitor_id(request):
    """The random id in the visitor's signed cookie, or None if they have none (or it was tampered with)."""
    return request.get_signed_cookie(VISITOR_COOKIE, default=None, salt=VISITOR_COOKIE_SALT)


def new_visitor_id():
    return uuid.uuid4().hex


def visitor_hash(visitor):
    """What a Vote stores instead of the cookie's id, so the database alone cannot be used to vote as someone."""
    return salted_hmac("ratings.visitor", visitor, algorithm="sha256").hexdigest()


def visitor_hash_for(request):
    visitor = visitor_id(request)
    return visitor_hash(visitor) if visitor else None


def remember_visitor(request, response, visitor):
    """Set (or renew) the visitor cookie. Called only after a vote has been saved."""
    response.set_signed_cookie(
        VISITOR_COOKIE,
        visitor,
        salt=VISITOR_COOKIE_SALT,
        max_age=int(VISITOR_COOKIE_AGE.total_seconds()),
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )


def address_hash(address, day=None):
    """A keyed hash of the address with a key that changes every day, so no stored value links days."""
    day = day or timezone.localdate()
    return salted_hmac(f"ratings.address:{day.isoformat()}", address, algorithm="sha256").hexdigest()
