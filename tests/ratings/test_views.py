import pytest
from django.core import signing
from django.test import Client
from django.urls import reverse

from ratings.models import ListingPage, RatingTotal, Vote
from ratings.targets import target_token
from ratings.visitors import VISITOR_COOKIE, visitor_id
from tests.factories import make_treatment, make_vote
from tests.ratings.conftest import visitor_cookie
from treatments.models import Treatment

pytestmark = pytest.mark.django_db


def nothing_recorded():
    return not Vote.objects.exists() and not RatingTotal.objects.filter(count__gt=0).exists()


def test_json_vote_answers_with_the_new_figures_and_sets_the_visitor_cookie(vote):
    treatment = make_treatment()
    make_vote(treatment, score=2)

    response = vote(treatment, score=4)

    assert response.status_code == 200
    assert response.json() == {"average": 3.0, "count": 2, "score": 4}
    cookie = response.cookies[VISITOR_COOKIE]
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
    assert not cookie["secure"]
    assert cookie["max-age"] == 365 * 24 * 3600


def test_visitor_cookie_is_secure_when_the_site_runs_over_https(vote):
    response = vote(make_treatment(), secure=True)
    assert response.cookies[VISITOR_COOKIE]["secure"] is True


def test_voting_again_replaces_the_visitors_score(vote):
    treatment = make_treatment()
    make_vote(treatment, score=5)
    assert vote(treatment, score=1).json() == {"average": 3.0, "count": 2, "score": 1}

    assert vote(treatment, score=3).json() == {"average": 4.0, "count": 2, "score": 3}
    assert Vote.objects.count() == 2


def test_a_visitor_without_the_cookie_counts_as_a_new_visitor(vote, client):
    treatment = make_treatment()
    vote(treatment, score=5)
    client.cookies.clear()
    assert vote(treatment, score=1).json()["count"] == 2


def test_a_tampered_visitor_cookie_is_treated_as_no_cookie(vote, client):
    treatment = make_treatment()
    vote(treatment, score=5)
    client.cookies[VISITOR_COOKIE] = client.cookies[VISITOR_COOKIE].value[:-2] + "xx"
    assert vote(treatment, score=5).json()["count"] == 2


def test_without_javascript_a_vote_redirects_back_with_a_thank_you(vote, client):
    treatment = make_treatment()

    response = vote(treatment, score=3, json=False)

    assert response.status_code == 303
    assert response["Location"] == treatment.get_absolute_url()
    assert VISITOR_COOKIE in response.cookies
    page = client.get(response["Location"]).content.decode()
    assert "Thank you, your rating has been saved." in page
    assert "Rating: 3.0/5. From 1 vote." in page


def test_the_overview_page_can_be_rated_like_any_page(vote, client):
    overview = ListingPage.objects.get(key="treatments-overview")
    response = vote(overview, score=5, json=False)
    assert response["Location"] == reverse("treatments:list")
    assert "Rating: 5.0/5. From 1 vote." in client.get(reverse("treatments:list")).content.decode()


@pytest.mark.parametrize(
    ("score", "error"),
    [
        (None, "Please choose a rating from 1 to 5 stars."),
        ("", "Please choose a rating from 1 to 5 stars."),
        ("three", "A rating must be a whole number from 1 to 5."),
        ("2.5", "A rating must be a whole number from 1 to 5."),
        ("0", "A rating must be a whole number from 1 to 5."),
        ("6", "A rating must be a whole number from 1 to 5."),
    ],
)
def test_a_missing_or_wrong_score_is_refused_in_words(vote, score, error):
    response = vote(make_treatment(), score=score)
    assert response.status_code == 400
    assert response.json() == {"error": error}
    assert VISITOR_COOKIE not in response.cookies
    assert nothing_recorded()


def test_without_javascript_a_missing_score_sends_the_reader_back_with_the_reason(vote, client):
    treatment = make_treatment()
    response = vote(treatment, score=None, json=False)
    assert response.status_code == 303
    assert "Please choose a rating from 1 to 5 stars." in client.get(response["Location"]).content.decode()
    assert nothing_recorded()


def forged_tokens():
    treatment_label = Treatment._meta.label_lower
    return [
        None,
        "",
        "not-a-token",
        f"{treatment_label}:1",  # unsigned
        signing.Signer(salt="another.salt").sign(f"{treatment_label}:1"),
        signing.Signer(salt="ratings.target").sign("auth.user:1"),  # would be genuine, but users are not rateable
    ]


@pytest.mark.parametrize("token", forged_tokens())
def test_a_missing_malformed_or_forged_target_is_refused(vote, token):
    make_treatment()
    response = vote(token, score=4)
    assert response.status_code == 400
    assert response.json() == {
        "error": "We could not tell which page you were rating. Please reload the page and try again."
    }
    assert nothing_recorded()


def test_a_target_edited_to_point_at_another_page_is_refused(vote):
    first, second = make_treatment(), make_treatment()
    token = target_token(first).replace(f":{first.pk}:", f":{second.pk}:")
    assert vote(token).status_code == 400
    assert nothing_recorded()


def test_a_page_taken_back_to_draft_cannot_be_rated_even_after_earlier_votes(vote):
    """The vote finds its page once per content version: taking the page down starts a new one."""
    treatment = make_treatment()
    assert vote(treatment).status_code == 200
    treatment.status = Treatment.Status.DRAFT
    treatment.save()
    response = vote(treatment, score=2)
    assert response.status_code == 404
    assert Vote.objects.get().score == 4


def test_a_draft_or_deleted_page_cannot_be_rated(vote):
    draft = make_treatment(status=Treatment.Status.DRAFT)
    deleted = make_treatment()
    token = target_token(deleted)
    deleted.delete()

    for target in [draft, token]:
        response = vote(target)
        assert response.status_code == 404
        assert response.json() == {"error": "This page is no longer available, so it cannot be rated."}
    assert nothing_recorded()


def test_without_javascript_a_bad_target_shows_the_sites_error_page(vote):
    response = vote("not-a-token", json=False, HTTP_REFERER="http://testserver/treatments/")
    html = response.content.decode()
    assert response.status_code == 400
    assert "Sorry, we could not save your rating" in html
    assert 'href="http://testserver/treatments/"' in html
    assert 'lang="en-GB"' in html


def test_error_page_never_links_back_to_another_site(vote):
    response = vote("not-a-token", json=False, HTTP_REFERER="https://evil.example.com/")
    assert 'href="https://evil.example.com/"' not in response.content.decode()


@pytest.mark.parametrize("method", ["get", "put", "delete", "patch"])
def test_only_post_is_allowed(client, method):
    response = getattr(client, method)(reverse("ratings:vote"), HTTP_ACCEPT="application/json")
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert "error" in response.json()


def test_a_failed_csrf_check_is_a_403_in_json_for_the_script(vote):
    strict = Client(enforce_csrf_checks=True)
    response = vote(make_treatment(), client=strict)
    assert response.status_code == 403
    assert "Please reload the page and try again" in response.json()["error"]
    assert nothing_recorded()


def test_a_failed_csrf_check_shows_the_sites_page_to_a_browser(vote):
    response = vote(make_treatment(), client=Client(enforce_csrf_checks=True), json=False)
    assert response.status_code == 403
    assert "Sorry, we could not accept that form" in response.content.decode()


def test_a_vote_with_the_pages_csrf_token_is_accepted_when_csrf_is_enforced():
    strict = Client(enforce_csrf_checks=True)
    treatment = make_treatment()
    html = strict.get(treatment.get_absolute_url()).content.decode()
    token = html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    target = html.split('name="target" value="')[1].split('"')[0]
    response = strict.post(
        reverse("ratings:vote"),
        {"csrfmiddlewaretoken": token, "target": target, "score": 5},
        HTTP_ACCEPT="application/json",
    )
    assert response.json() == {"average": 5.0, "count": 1, "score": 5}


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "facebookexternalhit/1.1",
        "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)",
    ],
)
def test_known_crawlers_cannot_vote(vote, user_agent):
    response = vote(make_treatment(), HTTP_USER_AGENT=user_agent)
    assert response.status_code == 403
    assert response.json() == {"error": "Automated programs cannot rate pages."}
    assert nothing_recorded()


def test_an_ordinary_browser_is_not_mistaken_for_a_crawler(vote):
    chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
    assert vote(make_treatment(), HTTP_USER_AGENT=chrome).status_code == 200


class TestRateLimit:
    def test_votes_past_the_limit_get_429_with_retry_after(self, vote, client, settings):
        settings.RATINGS_RATE_LIMIT = "3/600"
        treatment = make_treatment()
        for score in [1, 2, 3]:
            assert vote(treatment, score=score).status_code == 200

        client.cookies.clear()  # dropping the cookie does not help
        response = vote(treatment, score=5)

        assert response.status_code == 429
        assert 0 < int(response["Retry-After"]) <= 600
        assert response.json()["error"].startswith("You have sent a lot of ratings in a short time.")
        assert Vote.objects.get().score == 3

    def test_without_javascript_the_limit_shows_the_sites_page(self, vote, settings):
        settings.RATINGS_RATE_LIMIT = "1/60"
        treatment = make_treatment()
        vote(treatment, json=False)
        response = vote(treatment, json=False)
        assert response.status_code == 429
        assert "Please try again in" in response.content.decode()
        assert "Retry-After" in response

    def test_zero_turns_the_limit_off(self, vote, settings):
        settings.RATINGS_RATE_LIMIT = "0"
        treatment = make_treatment()
        assert all(vote(treatment).status_code == 200 for _ in range(30))

    def test_each_address_has_its_own_allowance(self, vote, settings):
        settings.RATINGS_RATE_LIMIT = "1/600"
        treatment = make_treatment()
        assert vote(treatment, REMOTE_ADDR="198.51.100.1").status_code == 200
        assert vote(treatment, REMOTE_ADDR="198.51.100.2").status_code == 200
        assert vote(treatment, REMOTE_ADDR="198.51.100.1").status_code == 429

    def test_a_spoofed_forwarded_for_header_is_ignored_without_trusted_proxies(self, vote, settings):
        settings.RATINGS_RATE_LIMIT = "1/600"
        treatment = make_treatment()
        assert vote(treatment, HTTP_X_FORWARDED_FOR="203.0.113.1").status_code == 200
        assert vote(treatment, HTTP_X_FORWARDED_FOR="203.0.113.2").status_code == 429

    def test_behind_a_trusted_proxy_the_address_it_saw_is_used(self, vote, settings):
        settings.RATINGS_RATE_LIMIT = "1/600"
        settings.TRUSTED_PROXY_COUNT = 1
        treatment = make_treatment()
        assert vote(treatment, HTTP_X_FORWARDED_FOR="203.0.113.1").status_code == 200
        # The client writes a fake first entry; the proxy appends the real address.
        assert vote(treatment, HTTP_X_FORWARDED_FOR="10.0.0.9, 203.0.113.1").status_code == 429
        assert vote(treatment, HTTP_X_FORWARDED_FOR="203.0.113.1, 203.0.113.2").status_code == 200


def test_rating_changed_is_sent_after_the_vote_is_committed(vote, django_capture_on_commit_callbacks):
    from ratings.signals import rating_changed

    treatment = make_treatment()
    received = []

    def receiver(sender, instance, count, average, **kwargs):
        received.append((sender, instance, count, average))

    rating_changed.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            vote(treatment, score=4)
        assert received == []
        for callback in callbacks:
            callback()
    finally:
        rating_changed.disconnect(receiver)
    assert received == [(Treatment, treatment, 1, 4.0)]


def test_no_signal_when_the_vote_is_refused(vote, django_capture_on_commit_callbacks):
    treatment = make_treatment()
    with django_capture_on_commit_callbacks() as callbacks:
        vote(treatment, score=9)
    assert callbacks == []


def test_neither_the_cookie_id_nor_the_address_is_stored(vote, client, rf):
    vote(make_treatment())
    request = rf.get("/", HTTP_COOKIE=f"{VISITOR_COOKIE}={client.cookies[VISITOR_COOKIE].value}")
    visitor = visitor_id(request)
    assert visitor
    stored = " ".join(Vote.objects.values_list("visitor_hash", "address_hash").get())
    assert visitor not in stored
    assert "127.0.0.1" not in stored


def test_a_returning_visitor_changes_their_vote_rather_than_adding_one(vote, client):
    treatment = make_treatment()
    client.cookies[VISITOR_COOKIE] = visitor_cookie("returning-visitor")
    make_vote(treatment, score=2, visitor="returning-visitor")
    assert vote(treatment, score=5).json() == {"average": 5.0, "count": 1, "score": 5}
