from datetime import date

import pytest
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction

from ratings.models import ListingPage, RatingSummary, RatingTotal, Vote
from ratings.visitors import address_hash, visitor_hash
from tests.factories import make_treatment, make_vote

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("count", "score_sum", "text"),
    [
        (0, 0, "No ratings yet."),
        (1, 5, "Rating: 5.0/5. From 1 vote."),
        (2, 6, "Rating: 3.0/5. From 2 votes."),
        (3, 10, "Rating: 3.3/5. From 3 votes."),
        (8, 37, "Rating: 4.6/5. From 8 votes."),
    ],
)
def test_summary_line(count, score_sum, text):
    assert RatingSummary(count, score_sum).text == text


def test_a_new_visitors_vote_adds_one_to_the_count():
    treatment = make_treatment()
    make_vote(treatment, score=2)
    summary = make_vote(treatment, score=5)
    assert (summary.count, summary.average, summary.visitor_score) == (2, 3.5, 5)
    total = RatingTotal.objects.get()
    assert (total.count, total.score_sum) == (2, 7)


def test_the_same_visitor_voting_again_changes_the_score_not_the_count():
    treatment = make_treatment()
    make_vote(treatment, score=1, visitor="same")
    summary = make_vote(treatment, score=4, visitor="same")
    assert (summary.count, summary.average) == (1, 4.0)
    assert Vote.objects.get().score == 4


@pytest.mark.skipif(connection.vendor != "postgresql", reason="one statement on PostgreSQL; a transaction elsewhere")
def test_a_vote_and_a_changed_vote_each_take_one_round_trip_on_postgresql(django_assert_num_queries):
    treatment = make_treatment()
    make_vote(treatment, score=3, visitor="someone else")
    with django_assert_num_queries(1):
        make_vote(treatment, score=2, visitor="same")
    with django_assert_num_queries(1):
        summary = make_vote(treatment, score=5, visitor="same")
    assert (summary.count, summary.average) == (2, 4.0)


def test_one_visitor_has_one_vote_per_page_but_can_rate_many_pages():
    first, second = make_treatment(), make_treatment()
    make_vote(first, visitor="same")
    make_vote(second, visitor="same")
    assert Vote.objects.count() == 2


def test_the_database_refuses_a_second_row_for_the_same_visitor_and_page():
    treatment = make_treatment()
    make_vote(treatment, visitor="same")
    vote = Vote.objects.get()
    with pytest.raises(IntegrityError), transaction.atomic():
        Vote.objects.create(
            content_type=vote.content_type, object_id=vote.object_id, visitor_hash=vote.visitor_hash, score=3
        )


def test_the_database_refuses_a_score_outside_one_to_five():
    make_vote(make_treatment())
    vote = Vote.objects.get()
    with pytest.raises(IntegrityError), transaction.atomic():
        Vote.objects.filter(pk=vote.pk).update(score=6)


def test_address_hash_is_the_same_within_a_day_and_different_across_days():
    today, tomorrow = date(2026, 11, 26), date(2026, 11, 27)
    assert address_hash("192.0.2.1", today) == address_hash("192.0.2.1", today)
    assert address_hash("192.0.2.1", today) != address_hash("192.0.2.1", tomorrow)
    assert address_hash("192.0.2.1", today) != address_hash("192.0.2.2", today)
    assert "192.0.2.1" not in address_hash("192.0.2.1", today)


def test_visitor_hash_depends_on_the_secret_key(settings):
    before = visitor_hash("abc")
    settings.SECRET_KEY = "another-secret-key-for-this-test-only"
    assert visitor_hash("abc") != before


def test_deleting_a_page_deletes_its_votes_and_figures():
    kept, deleted = make_treatment(), make_treatment()
    make_vote(kept)
    make_vote(deleted)
    deleted.delete()
    assert Vote.objects.count() == 1
    assert RatingTotal.objects.count() == 1


def test_declared_listing_pages_exist_after_migrate_and_keep_their_votes():
    overview = ListingPage.objects.get(key="treatments-overview")
    assert overview.title == "Treatment options for NETs"
    assert overview.get_absolute_url() == "/treatments/"
    make_vote(overview)
    ListingPage.objects.filter(pk=overview.pk).update(title="Old title")

    call_command("migrate", verbosity=0)

    overview.refresh_from_db()
    assert overview.title == "Treatment options for NETs"
    assert RatingTotal.objects.get().object_id == overview.pk


def test_a_listing_page_no_longer_declared_is_not_published():
    ListingPage.objects.create(key="removed-section", title="Removed", url_name="home")
    assert set(ListingPage.objects.published().values_list("key", flat=True)) == {"treatments-overview", "faqs"}
