"""Links between pages are stored as references, so they follow a page to its new address."""

import pytest
from django.urls import reverse

from content.internal_links import reference
from tests.factories import make_question, make_staff, make_treatment
from treatments.models import Treatment

pytestmark = pytest.mark.django_db


def test_a_reference_leads_to_the_page_and_follows_it_after_its_slug_is_changed_and_approved(client, editor, reviewer):
    surgery = make_treatment(title="Surgery", slug="surgery")
    link = reference(surgery)
    assert client.get(link).url == "/treatments/surgery/"

    change = surgery.working_copy()
    change.slug = "surgery-for-nets"
    change.save_edit(editor)
    surgery.refresh_from_db()
    assert client.get(link).url == "/treatments/surgery/"  # readers keep the approved address until sign-off
    surgery.submit(editor)
    surgery.approve(reviewer, job_code="NET-UK-000321", date_of_preparation=surgery.date_of_preparation)
    assert client.get(link).url == "/treatments/surgery-for-nets/"


@pytest.mark.parametrize(
    "path",
    ["/link/treatments.treatment/999/", "/link/auth.user/1/", "/link/nothing.here/1/", "/link/faqs.question/1/"],
)
def test_a_reference_to_anything_but_a_published_page_is_not_found(client, path):
    make_staff("editor")
    make_question()
    assert client.get(path).status_code == 404


def test_a_reference_to_a_draft_is_not_found(client):
    draft = make_treatment(status=Treatment.Status.DRAFT)
    assert client.get(reference(draft)).status_code == 404


def test_the_link_chooser_finds_published_pages_by_title_for_staff_only(client, editor, login):
    surgery = make_treatment(title="Surgery", slug="surgery")
    make_treatment(title="Surgical trials", slug="trials", status=Treatment.Status.DRAFT)
    make_treatment(title="PRRT", slug="prrt")
    url = reverse("content-link-search")

    assert client.get(url, {"q": "surg"}).status_code == 302  # to the admin login
    found = login(editor).get(url, {"q": "SURG"}).json()["results"]
    assert found == [{"title": "Surgery", "type": "treatment", "href": reference(surgery)}]
    assert login(editor).get(url, {"q": " "}).json()["results"] == []
