"""Editors write quotes as drafts; only a medical reviewer publishes one or changes what readers see."""

import pytest
from django.urls import reverse

from stories.models import Quote
from tests.factories import make_quote

pytestmark = pytest.mark.django_db


def quote_data(**fields):
    return {"text": "It helped to talk to others.", "attribution": "Sam, carer", "order": "0", **fields}


def test_an_editor_adds_a_quote_as_a_draft_whatever_is_posted(login, editor):
    response = login(editor).post(reverse("admin:stories_quote_add"), quote_data(status="published"))
    assert response.status_code == 302, response.content.decode()
    assert Quote.objects.get().status == Quote.Status.DRAFT


def test_an_editor_changes_a_draft_but_only_looks_at_a_published_quote(login, editor):
    draft = make_quote(status=Quote.Status.DRAFT)
    live = make_quote(text="Original words.")
    client = login(editor)
    client.post(reverse("admin:stories_quote_change", args=[draft.pk]), quote_data(text="Better words."))
    draft.refresh_from_db()
    assert draft.text == "Better words."
    assert client.get(reverse("admin:stories_quote_change", args=[live.pk])).status_code == 200  # read-only view
    client.post(reverse("admin:stories_quote_change", args=[live.pk]), quote_data(text="Changed words."))
    live.refresh_from_db()
    assert live.text == "Original words."


def test_a_reviewer_publishes_a_quote(login, reviewer):
    draft = make_quote(status=Quote.Status.DRAFT)
    response = login(reviewer).post(
        reverse("admin:stories_quote_change", args=[draft.pk]), quote_data(status="published")
    )
    assert response.status_code == 302, response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Quote.Status.PUBLISHED
