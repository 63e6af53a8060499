"""The admin keeps working under the site's strict Content Security Policy."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from playwright.sync_api import expect

from treatments.models import Treatment

pytestmark = pytest.mark.django_db(transaction=True)


def test_staff_member_adds_a_treatment_with_the_admin_scripts_running_under_csp(page, live_server):
    get_user_model().objects.create_superuser("reviewer", "reviewer@example.com", "a-long-test-password")
    blocked = []
    page.on("console", lambda message: "Content Security Policy" in message.text and blocked.append(message.text))

    page.goto(live_server.url + reverse("admin:login"))
    page.get_by_label("Username").fill("reviewer")
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Log in").click()

    page.goto(live_server.url + reverse("admin:treatments_treatment_add"))
    page.get_by_label("Title").press_sequentially("Liver-directed therapy")
    # The slug is filled in by the admin's own JavaScript: proof that its scripts are allowed.
    assert page.get_by_label("Slug").input_value() == "liver-directed-therapy"
    page.get_by_label("Summary").fill("Treatments aimed at tumours in the liver.")
    page.get_by_role("button", name="Save", exact=True).click()

    expect(page.get_by_text("was added successfully")).to_be_visible()
    assert Treatment.objects.filter(slug="liver-directed-therapy").exists()
    assert blocked == []
