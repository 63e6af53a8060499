"""Demo content is published through the workflow by demo accounts nobody can log in as."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from reversion.models import Version

from content.seeding import DEMO_EDITOR, DEMO_REVIEWER
from treatments.models import Treatment
from workflow.models import Transition, reviewable_models

pytestmark = pytest.mark.django_db


def load(*args):
    out = StringIO()
    call_command("load_demo_content", *args, stdout=out)
    return out.getvalue()


def test_every_demo_page_is_signed_off_with_history_and_a_revision():
    load()
    for model in reviewable_models():
        items = list(model.objects.all())
        assert items, f"no demo {model._meta.verbose_name_plural}"
        for item in items:
            assert item.status == model.Status.PUBLISHED
            assert item.certifier_name == "Demo medical reviewer"
            assert item.job_code and item.certified_on and item.review_due
            steps = [(step.action, step.user_name) for step in Transition.for_item(item)]
            assert steps == [
                (Transition.Action.APPROVED, "Demo medical reviewer"),
                (Transition.Action.SUBMITTED, "Demo editor"),
            ], item
            assert Version.objects.get_for_object(item).count() >= 1


def test_the_demo_accounts_cannot_log_in(client):
    load()
    for username in (DEMO_EDITOR, DEMO_REVIEWER):
        account = get_user_model().objects.get(username=username)
        assert not account.has_usable_password()
        for password in ["", "!", account.password]:
            response = client.post(reverse("admin:login"), {"username": username, "password": password})
            assert response.status_code == 200  # the form again, not a redirect into the admin
            assert "_auth_user_id" not in client.session


def test_a_second_run_adds_no_history():
    load()
    counts = (Transition.objects.count(), Version.objects.count())
    assert "nothing changed" in load()
    assert (Transition.objects.count(), Version.objects.count()) == counts


def test_a_demo_page_changed_by_hand_is_put_back_through_the_workflow():
    load()
    Treatment.objects.filter(slug="surgery").update(title="Changed by hand")
    load()
    surgery = Treatment.objects.get(slug="surgery")
    assert surgery.title == "Surgery"
    assert surgery.pending is None
    assert [step.action for step in Transition.for_item(surgery)][:2] == ["approved", "submitted"]
    assert Transition.for_item(surgery).count() == 4


def test_demo_pages_loaded_before_the_workflow_did_it_get_their_history_on_the_next_load():
    load()
    Transition.objects.all().delete()
    assert "nothing changed" not in load()
    for model in reviewable_models():
        for item in model.objects.all():
            assert Transition.for_item(item).filter(action=Transition.Action.APPROVED).exists(), item
    assert "nothing changed" in load()


def test_pages_cached_before_a_demo_load_show_its_changes(client):
    load()
    surgery = Treatment.objects.get(slug="surgery")
    client.get(surgery.get_absolute_url())
    assert client.get(surgery.get_absolute_url())["X-Page-Cache"] == "hit"
    Treatment.objects.filter(slug="surgery").update(title="Changed by hand")
    load()  # puts the title back; the load drops the whole page cache once, at the end
    response = client.get(surgery.get_absolute_url())
    assert response["X-Page-Cache"] == "miss"
    assert "<h1>Surgery</h1>" in response.content.decode().replace("\n", "")


def test_a_demo_story_whose_consent_was_withdrawn_is_never_republished(editor):
    from stories.models import Quote, Story

    load()
    story = Story.objects.filter(quotes__isnull=False).first()
    story.withdraw_consent(editor, comment="Asked to be removed.")
    assert "nothing changed" in load()
    story.refresh_from_db()
    assert story.status == Story.Status.DRAFT
    assert not story.quotes.filter(status=Quote.Status.PUBLISHED).exists()
