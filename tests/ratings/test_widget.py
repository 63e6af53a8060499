"""The 'Rate this content' widget as it appears on pages (templates/includes/rating.html)."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ratings.models import ListingPage, RatingTotal, Vote
from ratings.visitors import VISITOR_COOKIE
from tests.factories import make_treatment, make_vote
from tests.ratings.conftest import visitor_cookie

pytestmark = pytest.mark.django_db


def widget_html(client, url):
    html = client.get(url).content.decode()
    return html[html.index('<form class="rating"') : html.index("</form>", html.index('<form class="rating"'))]


def test_every_treatment_page_and_the_overview_have_the_widget(client):
    treatment = make_treatment()
    for url in [reverse("treatments:list"), treatment.get_absolute_url()]:
        html = widget_html(client, url)
        assert "<legend>Rate this content</legend>" in html
        labels = re.findall(r'<span class="visually-hidden">([^<]+)</span></label>', html)
        assert labels == ["1 star", "2 stars", "3 stars", "4 stars", "5 stars"]
        assert html.count('type="radio" name="score"') == 5
        assert 'name="target"' in html
        assert 'name="csrfmiddlewaretoken"' in html


@pytest.mark.parametrize(
    ("scores", "line"),
    [
        ([], "No ratings yet."),
        ([4], "Rating: 4.0/5. From 1 vote."),
        ([2, 4], "Rating: 3.0/5. From 2 votes."),
        ([5, 4, 4], "Rating: 4.3/5. From 3 votes."),
    ],
)
def test_the_line_under_the_stars_shows_average_and_votes(client, scores, line):
    treatment = make_treatment()
    for score in scores:
        make_vote(treatment, score=score)
    assert f'<p class="rating-summary" data-rating-summary>{line}</p>' in widget_html(
        client, treatment.get_absolute_url()
    )


def test_each_page_shows_its_own_figures(client):
    rated, other = make_treatment(), make_treatment()
    make_vote(rated, score=5)
    make_vote(ListingPage.objects.get(key="treatments-overview"), score=1)
    assert "Rating: 5.0/5. From 1 vote." in widget_html(client, rated.get_absolute_url())
    assert "No ratings yet." in widget_html(client, other.get_absolute_url())
    assert "Rating: 1.0/5. From 1 vote." in widget_html(client, reverse("treatments:list"))


def test_a_returning_voter_sees_their_score_selected(client):
    treatment = make_treatment()
    make_vote(treatment, score=4, visitor="returning-visitor")
    make_vote(treatment, score=1)
    assert " checked" not in widget_html(client, treatment.get_absolute_url())

    client.cookies[VISITOR_COOKIE] = visitor_cookie("returning-visitor")
    html = widget_html(client, treatment.get_absolute_url())
    assert re.findall(r'value="(\d)" id="[^"]+" checked', html) == ["4"]
    assert "Your rating: 4 stars. You can change it at any time." in html


def test_a_vote_on_one_page_is_not_shown_as_selected_on_another(client):
    voted, other = make_treatment(), make_treatment()
    make_vote(voted, score=4, visitor="returning-visitor")
    client.cookies[VISITOR_COOKIE] = visitor_cookie("returning-visitor")
    assert " checked" not in widget_html(client, other.get_absolute_url())


def test_pages_with_the_widget_have_no_inline_script_or_style(client):
    treatment = make_treatment()
    for url in [reverse("treatments:list"), treatment.get_absolute_url()]:
        html = client.get(url).content.decode()
        assert "style=" not in html
        assert "<style" not in html
        for script in re.findall(r"<script[^>]*>", html):
            # Only files from the site, or structured data that browsers never run.
            assert re.fullmatch(
                r'<script type="module" src="/static/js/[\w.-]+\.js">|<script type="application/ld\+json">', script
            ), script
        assert '<script type="module" src="/static/js/rating.js"></script>' in html


def test_viewing_a_page_sets_no_visitor_cookie(client):
    response = client.get(make_treatment().get_absolute_url())
    assert VISITOR_COOKIE not in response.cookies


def many_votes(target, n=200):
    """n votes in two queries (the totals kept exact), so the budgets can be tested with many votes quickly."""
    content_type = ContentType.objects.get_for_model(target)
    scores = [i % 5 + 1 for i in range(n)]
    Vote.objects.bulk_create(
        Vote(content_type=content_type, object_id=target.pk, visitor_hash=f"v{i}", address_hash="a", score=score)
        for i, score in enumerate(scores)
    )
    RatingTotal.objects.update_or_create(
        content_type=content_type, object_id=target.pk, defaults={"count": n, "score_sum": sum(scores)}
    )


@pytest.mark.parametrize("number_of_treatments", [5, 50])
@pytest.mark.parametrize("returning_visitor", [False, True])
def test_overview_stays_within_its_query_budget_whatever_the_votes(
    client, django_assert_max_num_queries, number_of_treatments, returning_visitor
):
    treatments = [make_treatment() for _ in range(number_of_treatments)]
    overview = ListingPage.objects.get(key="treatments-overview")
    many_votes(overview)
    for treatment in treatments[:5]:
        many_votes(treatment, 20)
    if returning_visitor:
        make_vote(overview, score=2, visitor="returning-visitor")
        client.cookies[VISITOR_COOKIE] = visitor_cookie("returning-visitor")

    # The content version, treatments, quotes, the footer's site settings and the rated page (these two once per
    # content version), and the rating with the reader's own vote.
    with django_assert_max_num_queries(6):
        response = client.get(reverse("treatments:list"))

    html = response.content.decode()
    assert html.count('class="treatment-summary"') == number_of_treatments
    assert ("From 201 votes." if returning_visitor else "From 200 votes.") in html
    assert (" checked" in html) is returning_visitor


@pytest.mark.parametrize("number_of_treatments", [5, 50])
@pytest.mark.parametrize("returning_visitor", [False, True])
def test_treatment_page_stays_within_its_query_budget_whatever_the_votes(
    client, django_assert_max_num_queries, number_of_treatments, returning_visitor
):
    treatments = [make_treatment() for _ in range(number_of_treatments)]
    page = treatments[-1]
    many_votes(page)
    if returning_visitor:
        make_vote(page, score=2, visitor="returning-visitor")
        client.cookies[VISITOR_COOKIE] = visitor_cookie("returning-visitor")

    # The content version, the treatment, its quotes, the glossary terms, the footer's site settings, and the
    # rating (with the reader's own vote).
    with django_assert_max_num_queries(6):
        response = client.get(page.get_absolute_url())

    assert response.status_code == 200
    assert (" checked" in response.content.decode()) is returning_visitor


@pytest.mark.parametrize("url_of", [lambda t: reverse("treatments:list"), lambda t: t.get_absolute_url()])
def test_page_query_count_does_not_grow_with_votes(client, settings, django_assert_num_queries, url_of):
    settings.PAGE_CACHE_SECONDS = 0  # every request renders the page
    treatment = make_treatment()
    overview = ListingPage.objects.get(key="treatments-overview")
    client.get(url_of(treatment))  # what the page keeps between requests (caching.versions) is built

    with CaptureQueriesContext(connection) as before:
        client.get(url_of(treatment))
    many_votes(treatment, 300)
    many_votes(overview, 300)
    with django_assert_num_queries(len(before)):
        client.get(url_of(treatment))
