"""Cookie consent: banner until a choice is made, plain POST choices kept 12 months, and the cookie policy in step."""

import pytest
from django.urls import reverse

from consent.cookies import CONSENT_COOKIE, CONSENT_MAX_AGE, site_cookies
from ratings.targets import target_token
from tests.factories import make_treatment

pytestmark = pytest.mark.django_db


def test_first_visit_shows_the_banner_with_equal_choices(client):
    html = client.get(reverse("home")).content.decode()
    assert "Cookies on Living with NETs" in html
    assert '<button type="submit" name="choice" value="accepted" class="btn btn-primary">' in html
    assert '<button type="submit" name="choice" value="rejected" class="btn btn-primary">' in html
    assert 'href="/cookies/"' in html


@pytest.mark.parametrize(("choice", "allowed"), [("accepted", True), ("rejected", False)])
def test_a_choice_is_stored_for_12_months_and_hides_the_banner(client, choice, allowed):
    response = client.post(reverse("consent:set"), {"choice": choice, "next": "/treatments/"})
    assert response.status_code == 302 and response["Location"] == "/treatments/"
    cookie = response.cookies[CONSENT_COOKIE]
    assert cookie.value == choice
    assert int(cookie["max-age"]) == CONSENT_MAX_AGE == 365 * 24 * 3600
    page = client.get("/treatments/")
    assert "Cookies on Living with NETs" not in page.content.decode()
    assert page.context["additional_cookies_allowed"] is allowed
    assert f"{choice} additional cookies. You can change your cookie settings" in page.content.decode()


def test_no_additional_cookies_before_a_choice(client):
    assert client.get(reverse("home")).context["additional_cookies_allowed"] is False


def test_the_choice_can_be_changed_on_the_cookies_page(client):
    client.cookies[CONSENT_COOKIE] = "accepted"
    from tests.factories import make_site_page

    make_site_page(title="Cookies", slug="cookies")
    html = client.get("/cookies/").content.decode()
    assert 'value="accepted" id="cookies-accept" checked' in html
    response = client.post(reverse("consent:set"), {"choice": "rejected", "next": "/cookies/"})
    assert response.cookies[CONSENT_COOKIE].value == "rejected"


def test_bad_choices_and_outside_redirects_are_refused(client):
    assert client.post(reverse("consent:set"), {"choice": "maybe"}).status_code == 400
    assert client.get(reverse("consent:set")).status_code == 405
    response = client.post(reverse("consent:set"), {"choice": "accepted", "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_cookie_policy_lists_every_cookie_the_code_sets(client, login, editor):
    """Exercise everything that sets cookies (reader, consent, rating, staff sign-in and admin save) and compare."""
    from tests.factories import make_site_page

    make_site_page(title="Cookies", slug="cookies")
    seen = set()
    for response in [
        client.get(reverse("home")),
        client.post(reverse("consent:set"), {"choice": "accepted", "next": "/"}),
        client.get("/cookies/"),
        client.post(reverse("ratings:vote"), {"target": target_token(make_treatment()), "score": 4}),
    ]:
        seen |= set(response.cookies)
    staff = login(editor)
    item = make_treatment(status="draft")
    form = {"title": "T", "slug": item.slug, "category": "established", "order": 1, "summary": "S.", "body": ""}
    seen |= set(staff.post(reverse("admin:treatments_treatment_change", args=[item.pk]), form).cookies)
    seen |= set(staff.cookies)

    listed = {cookie.name for cookie in site_cookies()}
    assert seen <= listed, f"Cookies set but not in the cookie policy: {seen - listed}"
    assert {CONSENT_COOKIE, "csrftoken", "sessionid", "messages", "ratings_visitor"} <= seen
    policy = client.get("/cookies/").content.decode()
    for cookie in site_cookies():
        assert f"<code>{cookie.name}</code>" in policy
        assert cookie.lifetime in policy
