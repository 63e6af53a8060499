import pytest
from django.http import HttpResponse
from django.urls import reverse

from ratings.targets import target_token
from ratings.visitors import VISITOR_COOKIE, VISITOR_COOKIE_SALT


def visitor_cookie(visitor):
    """The signed cookie value the site would set for this visitor id."""
    response = HttpResponse()
    response.set_signed_cookie(VISITOR_COOKIE, visitor, salt=VISITOR_COOKIE_SALT)
    return response.cookies[VISITOR_COOKIE].value


@pytest.fixture
def vote(client):
    """POST a vote as a browser would (JSON when json=True); returns the response."""

    def post(target, score=4, json=True, client=client, **extra):
        token = target if target is None or isinstance(target, str) else target_token(target)
        data = {"target": token, "score": score}
        if json:
            extra.setdefault("HTTP_ACCEPT", "application/json")
        return client.post(reverse("ratings:vote"), {k: v for k, v in data.items() if v is not None}, **extra)

    return post
