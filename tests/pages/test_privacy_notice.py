import pytest
from django.core.management import call_command

from consent.cookies import site_cookies

pytestmark = pytest.mark.django_db


def test_privacy_notice_says_what_a_vote_and_a_question_store_and_for_how_long(client):
    call_command("load_demo_content", verbosity=0)
    html = client.get("/privacy/").content.decode()
    assert "<code>ratings_visitor</code>" in html
    assert "lasts one year from your last rating" in html
    assert "scrambled version of your internet address" in html
    assert "after 90 days at the latest" in html
    assert "never stored" in html


def test_cookie_policy_lists_the_rating_cookie_and_its_lifetime(client):
    call_command("load_demo_content", verbosity=0)
    (rating_cookie,) = [cookie for cookie in site_cookies() if cookie.name == "ratings_visitor"]
    html = client.get("/cookies/").content.decode()
    assert "<code>ratings_visitor</code>" in html
    assert rating_cookie.lifetime in html
