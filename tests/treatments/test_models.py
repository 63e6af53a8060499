from datetime import date

import pytest

from tests.factories import make_treatment
from treatments.models import Treatment

pytestmark = pytest.mark.django_db


def test_body_is_sanitised_when_saved():
    treatment = make_treatment(
        body='<p onclick="steal()">Safe text</p><script>alert(1)</script><a href="javascript:alert(1)">x</a>'
        '<iframe src="https://example.com"></iframe><h3 style="color:red">Heading</h3>'
    )
    treatment.refresh_from_db()
    assert treatment.body == '<p>Safe text</p><a rel="noopener noreferrer">x</a><h3>Heading</h3>'


def test_publishing_sets_the_publication_time_once():
    treatment = make_treatment(status=Treatment.Status.DRAFT)
    assert treatment.published_at is None

    treatment.status = Treatment.Status.PUBLISHED
    treatment.certifier_name, treatment.certified_on = "Dr Test Reviewer", date(2026, 10, 1)
    treatment.review_due = date(2028, 9, 1)
    treatment.save()
    first_published = treatment.published_at
    assert first_published is not None

    treatment.title = "Renamed"
    treatment.save()
    assert treatment.published_at == first_published


def test_published_excludes_drafts():
    live = make_treatment()
    make_treatment(status=Treatment.Status.DRAFT)
    assert list(Treatment.objects.published()) == [live]
