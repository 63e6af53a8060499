"""The database refuses a published row without its medical sign-off, whatever code path writes it."""

import pytest
from django.db import IntegrityError, transaction

from pages.models import SitePage
from tests.factories import make_clinic, make_question, make_story, make_support_group, make_treatment
from workflow.models import reviewable_models

pytestmark = pytest.mark.django_db

FACTORIES = [make_treatment, make_clinic, make_support_group, make_story, make_question]
MISSING = {
    "certifier_name": "",
    "certified_on": None,
    "job_code": "",
    "date_of_preparation": None,
    "review_due": None,
}


@pytest.mark.parametrize("model", reviewable_models(), ids=lambda model: model._meta.label)
def test_every_content_model_carries_the_constraint(model):
    names = {constraint.name for constraint in model._meta.constraints}
    assert f"{model._meta.app_label}_{model._meta.model_name}_published_is_signed_off" in names


@pytest.mark.parametrize("factory", FACTORIES, ids=lambda factory: factory.__name__)
def test_a_published_row_losing_its_certifier_is_refused_by_the_database(factory):
    item = factory()
    with pytest.raises(IntegrityError), transaction.atomic():
        type(item).objects.filter(pk=item.pk).update(certifier_name="")
    item.refresh_from_db()
    assert item.certifier_name == "Dr Test Reviewer"


@pytest.mark.parametrize("field", MISSING)
def test_a_published_row_saved_without_any_one_sign_off_field_is_refused(field):
    item = make_treatment()
    setattr(item, field, MISSING[field])
    with pytest.raises(IntegrityError), transaction.atomic():
        item.save()  # a plain save runs no validation: only the database stands in the way


def test_a_new_row_created_as_published_without_sign_off_is_refused():
    with pytest.raises(IntegrityError), transaction.atomic():
        SitePage.objects.create(title="Cookies", slug="cookies", summary="S.", status="published")
    assert not SitePage.objects.exists()


def test_drafts_need_no_sign_off():
    item = make_treatment(status="draft", job_code="", date_of_preparation=None)
    assert item.pk and item.certifier_name == ""
