from io import StringIO

import pytest
from django.core.management import call_command

from ratings.models import RatingTotal, Vote
from ratings.signals import rating_changed
from tests.factories import make_treatment, make_vote

pytestmark = pytest.mark.django_db


def recount(*args):
    out = StringIO()
    call_command("recount_ratings", *args, stdout=out)
    return out.getvalue()


def totals():
    return sorted(RatingTotal.objects.values_list("object_id", "count", "score_sum"))


def test_nothing_to_correct_when_totals_match_the_votes():
    treatment = make_treatment()
    make_vote(treatment, score=3)
    make_vote(treatment, score=4)
    assert "All 1 totals match their votes: nothing corrected." in recount()
    assert totals() == [(treatment.pk, 2, 7)]


def test_recount_corrects_totals_and_reports_each_difference(django_capture_on_commit_callbacks):
    drifted, missing, orphan = make_treatment(), make_treatment(), make_treatment()
    make_vote(drifted, score=5)
    make_vote(drifted, score=1)
    make_vote(missing, score=2)
    make_vote(orphan, score=4)
    RatingTotal.objects.filter(object_id=drifted.pk).update(count=7, score_sum=30)
    RatingTotal.objects.filter(object_id=missing.pk).delete()
    Vote.objects.filter(object_id=orphan.pk).delete()

    received = []
    rating_changed.connect(handler := lambda sender, instance, **kw: received.append(instance))
    try:
        with django_capture_on_commit_callbacks(execute=True):
            output = recount()
    finally:
        rating_changed.disconnect(handler)

    assert totals() == sorted([(drifted.pk, 2, 6), (missing.pk, 1, 2), (orphan.pk, 0, 0)])
    assert f"treatment {drifted.pk}: votes 7 -> 2, sum of scores 30 -> 6" in output
    assert f"treatment {missing.pk}: votes 0 -> 1, sum of scores 0 -> 2" in output
    assert f"treatment {orphan.pk}: votes 1 -> 0, sum of scores 4 -> 0" in output
    assert "3 of 3 totals corrected." in output
    assert set(received) == {drifted, missing, orphan}
    assert "nothing corrected" in recount()


def test_dry_run_reports_but_changes_nothing():
    treatment = make_treatment()
    make_vote(treatment, score=5)
    RatingTotal.objects.update(count=3, score_sum=9)
    output = recount("--dry-run")
    assert f"treatment {treatment.pk}: votes 3 -> 1, sum of scores 9 -> 5" in output
    assert "1 of 1 totals would be corrected." in output
    assert totals() == [(treatment.pk, 3, 9)]
