"""The rich-text editor on the change form of every content type: no CSP violation, no axe violation at
desktop and phone widths, and without JavaScript a plain textarea that still saves."""

import pytest
from django.urls import reverse

from content.models import content_models
from plainlanguage.models import JargonTerm
from tests.browser.conftest import assert_no_axe_violations
from tests.browser.test_admin_csp import LISTEN
from tests.factories import (
    make_clinic,
    make_question,
    make_site_page,
    make_staff,
    make_story,
    make_support_group,
    make_term,
    make_treatment,
)
from treatments.models import Treatment

pytestmark = pytest.mark.django_db(transaction=True)

EXISTING_HTML = (
    '<h2>What happens</h2><p>A <abbr title="neuroendocrine tumour">NET</abbr> <em>often</em> grows slowly.</p>'
    "<dl><dt>Cookie</dt><dd><code>sessionid</code> keeps you signed in.</dd></dl>"
)


def one_of_each():
    """A saved item of every content type, each with a body of today's HTML where it has one, keyed by model."""
    items = [
        make_treatment(),
        make_story(),
        make_question(),
        make_clinic(),
        make_support_group(),
        make_site_page(),
        make_term(),
    ]
    for item in items:
        if item.rich_text_fields:
            type(item).objects.filter(pk=item.pk).update(body=EXISTING_HTML)
    return {type(item): item for item in items}


def log_in(page, base_url, username):
    page.goto(base_url + reverse("admin:login"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Log in").click()


def test_every_content_change_form_has_the_editor_with_no_csp_or_axe_violation(page, live_server, axe):
    make_staff("editor", username="edith")
    items = one_of_each()
    assert set(items) == set(content_models()), "a content type without an item here goes untested"
    violations = []
    page.add_init_script(LISTEN)
    page.on("console", lambda m: "CSP violation" in m.text and violations.append((page.url, m.text)))
    page.on("pageerror", lambda error: violations.append((page.url, str(error))))
    log_in(page, live_server.url, "edith")
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        for model, item in items.items():
            opts = model._meta
            page.goto(live_server.url + reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk]))
            if not model.rich_text_fields:  # a glossary term: a definition, no body
                assert_no_axe_violations(axe, page)
                continue
            page.locator("html.rich-text-ready").wait_for(state="attached")
            # Today's HTML opens as it is, even what the toolbar does not offer (a definition list, code), but
            # for a heading above the levels this kind of text allows: that moves down, and the editor is told.
            editor_html = page.evaluate("document.querySelector('textarea[data-rich-text]').editor.getHTML()")
            notice = page.locator(".rich-text-field__notice").first.inner_text()
            if model.rich_text_heading_levels == (3, 4):
                assert editor_html == EXISTING_HTML.replace("h2>", "h3>")
                assert notice == "Headings moved to the levels this part allows: <h2> heading made <h3>."
            else:
                assert (editor_html, notice) == (EXISTING_HTML, "")
            assert page.locator(".plain-language [data-plain-language=words]").first.inner_text() == "13"
            assert_no_axe_violations(axe, page)
    assert violations == []


def test_without_javascript_the_body_is_a_textarea_that_saves_and_names_what_was_removed(page_without_js, live_server):
    page = page_without_js
    make_staff("editor", username="edith")
    JargonTerm.objects.get_or_create(term="metastasis", defaults={"plain_alternative": "spread of the cancer"})
    item = make_treatment(title="Surgery", slug="surgery", status=Treatment.Status.DRAFT)
    log_in(page, live_server.url, "edith")
    page.goto(live_server.url + reverse("admin:treatments_treatment_change", args=[item.pk]))
    page.get_by_label("What it is and how it works").fill(
        '<h1>Before surgery</h1><p>You will meet <a href="javascript:alert(1)">the team</a> about a week before. '
        "Metastases in the liver can often be removed.</p>"
    )
    page.get_by_role("button", name="Save and continue editing").click()

    warning = page.locator(".messagelist .warning").inner_text()
    assert "<h1> heading, changed to <h3>" in warning  # a treatment part's headings start at h3
    assert "link to 'javascript:alert(1)'" in warning
    item.refresh_from_db()
    assert item.body == (
        '<h3>Before surgery</h3><p>You will meet <a rel="noopener noreferrer">the team</a> about a week before. '
        "Metastases in the liver can often be removed.</p>"
    )
    # The plain-language check is worked out on the server, so it shows after saving without JavaScript.
    helper = page.locator(".field-body .plain-language")
    assert helper.locator("[data-plain-language=words]").inner_text() == "19"
    assert "metastasis" in helper.locator("[data-plain-language=jargon]").inner_text()
