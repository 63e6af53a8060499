"""Votes arriving at the same moment, each on its own thread and database connection (PostgreSQL only).

SQLite takes one writer at a time for the whole file, so it cannot show lost updates or deadlocks;
there these tests are skipped with the reason printed.
"""

import random
import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from ratings.models import ListingPage, RatingTotal, Vote
from ratings.targets import target_token
from ratings.visitors import VISITOR_COOKIE
from tests.factories import make_treatment
from tests.ratings.conftest import visitor_cookie

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _postgresql_only(settings):
    if connection.vendor != "postgresql":
        pytest.skip(
            f"Concurrency tests need PostgreSQL (row locks, one connection per thread); this run uses "
            f"{connection.vendor}. Run them with DATABASE_URL=postgres://..."
        )
    settings.RATINGS_RATE_LIMIT = "0"


def at_once(jobs):
    """Run every job on its own thread, all released together; return what each returned (or raised)."""
    barrier = threading.Barrier(len(jobs))
    results = [None] * len(jobs)

    def run(i, job):
        try:
            barrier.wait(timeout=30)
            results[i] = job()
        except Exception as error:  # noqa: BLE001  (reported by the test)
            results[i] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, job), daemon=True) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "votes still waiting after 60 s: a deadlock?"
    return results


def post_vote(target, score, cookie=None):
    def job():
        client = Client()
        if cookie:
            client.cookies[VISITOR_COOKIE] = cookie
        response = client.post(
            reverse("ratings:vote"), {"target": target_token(target), "score": score}, HTTP_ACCEPT="application/json"
        )
        return response.status_code

    return job


def test_fifty_visitors_at_once_are_all_counted_exactly():
    treatment = make_treatment()
    scores = [random.randint(1, 5) for _ in range(50)]

    results = at_once([post_vote(treatment, score) for score in scores])

    assert results == [200] * 50
    total = RatingTotal.objects.get()
    assert (total.count, total.score_sum) == (50, sum(scores))
    assert Vote.objects.count() == 50


def test_fifty_visitors_on_a_page_never_rated_before_are_all_counted():
    overview = ListingPage.objects.get(key="treatments-overview")
    assert not RatingTotal.objects.exists()

    results = at_once([post_vote(overview, 5) for _ in range(50)])

    assert results == [200] * 50
    assert RatingTotal.objects.values_list("count", "score_sum").get() == (50, 250)


def test_one_visitor_sending_ten_votes_at_once_leaves_exactly_one_vote():
    treatment = make_treatment()
    cookie = visitor_cookie("impatient-visitor")
    scores = [random.randint(1, 5) for _ in range(10)]

    results = at_once([post_vote(treatment, score, cookie) for score in scores])

    assert results == [200] * 10
    vote = Vote.objects.get()
    assert vote.score in scores
    assert RatingTotal.objects.values_list("count", "score_sum").get() == (1, vote.score)


def test_visitors_rating_several_pages_in_different_orders_do_not_deadlock():
    pages = [make_treatment() for _ in range(3)]
    jobs = []
    for visitor in range(15):
        cookie = visitor_cookie(f"visitor-{visitor}")
        for page in random.sample(pages, len(pages)):
            jobs.append(post_vote(page, visitor % 5 + 1, cookie))

    results = at_once(jobs)

    assert results == [200] * len(jobs)
    expected_sum = sum(visitor % 5 + 1 for visitor in range(15))
    assert sorted(RatingTotal.objects.values_list("count", "score_sum")) == [(15, expected_sum)] * 3
