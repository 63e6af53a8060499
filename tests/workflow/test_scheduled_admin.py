"""An approved page waiting for its publish time says so in the admin, instead of 'Published'."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import make_treatment

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")


def test_a_scheduled_treatment_shows_its_time_in_the_list_and_on_its_page(superuser_client):
    going_live = timezone.now() + timedelta(days=3)
    scheduled = make_treatment(title="Lutetium therapy", published_at=going_live)
    make_treatment(title="Surgery")
    expected = f"Scheduled for {going_live.astimezone(LONDON):%-d %b %Y, %H:%M}"

    listing = superuser_client.get(reverse("admin:treatments_treatment_changelist")).content.decode()
    assert listing.count(f'<td class="field-publication_status">{expected}</td>') == 1
    assert listing.count('<td class="field-publication_status">Published</td>') == 1  # the other one, live now

    page = superuser_client.get(reverse("admin:treatments_treatment_change", args=[scheduled.pk])).content.decode()
    assert expected in page


def test_a_page_whose_time_has_come_shows_as_published(superuser_client):
    item = make_treatment(published_at=datetime(2026, 1, 5, 9, 30, tzinfo=LONDON))
    page = superuser_client.get(reverse("admin:treatments_treatment_change", args=[item.pk])).content.decode()
    assert "Scheduled for" not in page
    assert "Published" in page


def test_a_waiting_change_to_a_scheduled_page_keeps_the_time_in_view(superuser_client, editor):
    going_live = timezone.now() + timedelta(days=1)
    item = make_treatment(published_at=going_live)
    item.title = "Changed"
    item.save_edit(editor)
    page = superuser_client.get(reverse("admin:treatments_treatment_change", args=[item.pk])).content.decode()
    assert f"Scheduled for {going_live.astimezone(LONDON):%-d %b %Y, %H:%M}; a change is draft, not yet live" in page
