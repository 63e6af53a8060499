import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from stories.models import Quote, Story
from tests.factories import make_quote, make_staff, make_story

pytestmark = pytest.mark.django_db


def story_form(**overrides):
    form = {
        "title": "Helen’s story",
        "slug": "helens-story",
        "display_name": "Helen",
        "description": "Patient – Living with NETs",
        "summary": "How Helen lives with a slow-growing NET.",
        "body": "<p>Her words.</p>",
        "portrait_alt": "",
        "consent_given_on": "",
        "consent_reference": "",
        "status": "published",
        "published_at_0": "",
        "published_at_1": "",
        "job_code": "",
        "date_of_preparation": "",
        "review_due": "",
    }
    form.update(overrides)
    return form


def submit_and_approve(story_pk):
    """An editor sends the story for review; a different person, a medical reviewer, tries to approve it."""
    editor = Client()
    editor.force_login(make_staff("editor"))
    submit = reverse("admin:stories_story_transition", args=[story_pk, "submit"])
    assert editor.post(submit, {"comment": "Ready"}).status_code == 302
    reviewer = Client()
    reviewer.force_login(make_staff("reviewer"))
    approve = reverse("admin:stories_story_transition", args=[story_pk, "approve"])
    return reviewer.post(
        approve, {"job_code": "NET-UK-000301", "date_of_preparation": "2026-10-01", "review_due": "2028-10-01"}
    )


def test_a_story_without_a_consent_date_cannot_be_published(superuser_client, client):
    response = superuser_client.post(reverse("admin:stories_story_add"), story_form(status="draft"))
    assert response.status_code == 302, response.content.decode()
    story = Story.objects.get()

    response = submit_and_approve(story.pk)
    assert "cannot be published until you enter the date written consent was given" in response.content.decode()
    story.refresh_from_db()
    assert story.status != Story.Status.PUBLISHED
    assert client.get(story.get_absolute_url()).status_code == 404


def test_a_story_with_a_consent_date_can_be_published(superuser_client, client):
    response = superuser_client.post(
        reverse("admin:stories_story_add"),
        story_form(status="draft", consent_given_on="12/06/2026", consent_reference="C-1"),
    )
    assert response.status_code == 302, response.content.decode()
    assert submit_and_approve(Story.objects.get().pk).status_code == 302
    assert client.get(reverse("stories:detail", args=["helens-story"])).status_code == 200


def test_withdrawing_consent_unpublishes_the_story_and_its_quotes_at_once(superuser_client, client):
    story = make_story(title="Helen’s story")
    quote = make_quote(story=story, on_overview=True, text="Watching and waiting was right for me.")
    other = make_quote(on_overview=True, text="Someone else entirely.")
    response = superuser_client.post(
        reverse("admin:stories_story_changelist"),
        {"action": "withdraw_consent", "_selected_action": [story.pk], "apply": "1", "comment": "Phoned us."},
        follow=True,
    )
    assert "They and 1 linked quote are no longer on the site" in response.content.decode()
    story.refresh_from_db()
    quote.refresh_from_db()
    other.refresh_from_db()
    assert story.status == Story.Status.DRAFT
    assert story.consent_withdrawn_on == timezone.localdate()
    assert quote.status == Quote.Status.DRAFT
    assert other.status == Quote.Status.PUBLISHED
    assert client.get(story.get_absolute_url()).status_code == 404
    overview = client.get(reverse("treatments:list")).content.decode()
    assert "Watching and waiting" not in overview
    assert "Someone else entirely." in overview


def test_quote_admin_lists_quotes(superuser_client):
    make_quote(text="A few words.", attribution="Helen")
    html = superuser_client.get(reverse("admin:stories_quote_changelist")).content.decode()
    assert "A few words." in html
