"""Every admin page works under the site's Content Security Policy: a superuser's walk finds no violation."""

from pathlib import Path

import pytest
from django.contrib import admin
from django.test import RequestFactory
from django.urls import reverse
from playwright.sync_api import expect

from tests.factories import (
    make_clinic,
    make_question,
    make_quote,
    make_staff,
    make_story,
    make_support_group,
    make_treatment,
    make_vote,
)

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[2]
# Reported by Chromium for each blocked inline script, handler or style, and for each blocked resource.
LISTEN = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
"""


def some_content(superuser):
    from clinics.models import ensure_default_services
    from faqs.models import SideEffectTerm, SubmittedQuestion

    ensure_default_services()  # the sample file's services (a flushed database after other tests has none)

    treatment = make_treatment(title="Surgery", slug="surgery")
    treatment.summary = "Changed, to have a revision and a waiting change."
    treatment.save_edit(superuser)
    story = make_story()
    make_quote(treatments=[treatment], story=story)
    make_question()
    make_clinic(slug="royal-free-london", title="Royal Free (old name)")
    make_support_group()
    SideEffectTerm.objects.get_or_create(term="nausea")
    SubmittedQuestion.objects.create(question="Is feeling sick after my injection normal?", possible_side_effect=True)
    make_vote(treatment)
    return treatment


def admin_pages(superuser, treatment):
    """Every admin page a superuser can reach: index, each model's list, add and change forms, and the extras."""
    from reversion.models import Version

    request = RequestFactory().get("/")
    request.user = superuser
    pages = [reverse("admin:index"), reverse("review-due"), reverse("admin:password_change")]
    for model, model_admin in admin.site._registry.items():
        info = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        pages.append(reverse(f"{info}_changelist"))
        if model_admin.has_add_permission(request):
            pages.append(reverse(f"{info}_add"))
        first = model._default_manager.order_by("pk").first()
        if first is not None:
            pages.append(reverse(f"{info}_change", args=[first.pk]))
            pages.append(reverse(f"{info}_history", args=[first.pk]))
        if hasattr(model_admin, "import_action"):
            pages += [reverse(f"{info}_import"), reverse(f"{info}_export")]
    for step in ["submit", "approve", "send_back", "withdraw"]:
        pages.append(reverse("admin:treatments_treatment_transition", args=[treatment.pk, step]))
    version = Version.objects.get_for_object(treatment).first()
    pages.append(reverse("admin:treatments_treatment_revision", args=[treatment.pk, version.pk]))
    return pages


def test_a_superuser_walks_every_admin_page_without_a_csp_violation(page, live_server):
    superuser = make_staff("superuser", username="super")
    treatment = some_content(superuser)
    violations, failures = [], []
    page.add_init_script(LISTEN)
    page.on(
        "console",
        lambda m: (
            ("Content Security Policy" in m.text or "CSP violation" in m.text) and violations.append((page.url, m.text))
        ),
    )
    page.goto(live_server.url + reverse("admin:login"))
    page.get_by_label("Username").fill("super")
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Log in").click()

    pages = admin_pages(superuser, treatment)
    for url in pages:
        response = page.goto(live_server.url + url)
        if response.status >= 400:
            failures.append((url, response.status))
    # The import preview shows each changed cell as a word diff.
    page.goto(live_server.url + reverse("admin:clinics_clinic_import"))
    page.get_by_label("File to import").set_input_files(ROOT / "clinics" / "samples" / "clinics.csv")
    page.get_by_label("Format").select_option(label="csv")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_role("heading", name="Preview")).to_be_visible()
    expect(page.locator("table.import-preview del").first).to_be_visible()

    assert len(pages) > 60
    assert failures == []
    assert violations == []


def test_export_select_all_ticks_and_clears_every_field_under_csp(page, live_server):
    make_staff("superuser", username="super")
    make_clinic()
    page.goto(live_server.url + reverse("admin:login"))
    page.get_by_label("Username").fill("super")
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Log in").click()
    page.goto(live_server.url + reverse("admin:clinics_clinic_export"))
    fields = page.locator('.selectable-field-export-row input[type="checkbox"]')
    select_all = page.get_by_label("Select all")

    select_all.uncheck()
    assert fields.count() > 10
    assert all(not box.is_checked() for box in fields.all())
    fields.first.check()
    select_all.check()
    assert all(box.is_checked() for box in fields.all())
    fields.nth(2).uncheck()
    expect(select_all).not_to_be_checked()


def test_the_breadcrumb_bar_is_styled_on_import_export_and_ratings_pages(page, live_server):
    make_staff("superuser", username="super")
    page.goto(live_server.url + reverse("admin:login"))
    page.get_by_label("Username").fill("super")
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Log in").click()
    changelist_bar = None
    for name in ["admin:clinics_clinic_changelist", "admin:clinics_clinic_import", "admin:clinics_clinic_export",
                 "admin:support_groups_supportgroup_import", "admin:ratings_ratingtotal_changelist", "review-due"]:  # fmt: skip
        page.goto(live_server.url + reverse(name))
        bar = page.locator(".breadcrumbs")
        style = bar.evaluate("el => [getComputedStyle(el).backgroundColor, getComputedStyle(el).paddingLeft]")
        changelist_bar = changelist_bar or style
        assert style == changelist_bar, name
        assert style[0] not in {"rgba(0, 0, 0, 0)", "transparent"}, name
