"""Editors write pages with the rich-text editor: toolbar and keyboard only, through sign-off to readers.

The editor is found by its field's label (BODY, the first rich-text part of the treatment form).
"""

from pathlib import Path

import pytest
from django.urls import reverse
from django.utils.text import capfirst
from playwright.sync_api import expect

from content.models import sanitise_html
from content.richtext import removed_by_sanitising
from tests.factories import make_staff, make_treatment
from treatments.models import Treatment

BODY = capfirst(Treatment._meta.get_field("body").verbose_name)

pytestmark = pytest.mark.django_db(transaction=True)

WORD_PASTE = (Path(__file__).parent / "fixtures" / "word-paste.html").read_text()
APPROVAL = {"job_code": "NET-UK-009999", "date_of_preparation": "2026-11-01"}


def log_in(page, base_url, user, then):
    page.goto(base_url + then)
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Log in").click()


def editor_box(page, label=BODY):
    page.locator("html.rich-text-ready").wait_for(state="attached")
    return page.get_by_role("textbox", name=label, exact=True)


def toolbar(page):
    """The toolbar of the first rich-text part (each part has its own)."""
    return page.locator(".field-body .prose-menubar")


EDITOR = "document.querySelector('textarea[data-rich-text]').editor"


def select_back(page, characters):
    """Shift+Left that many times, then wait until the editor (not only the browser) holds the whole selection.

    The editor reads what was typed from the page a moment later, and then puts the cursor after it: a selection
    made before that would be undone, so it waits for the editor to have the text first. The browser tells the
    editor of each step of the selection a moment later too (a step pressed while it is still catching up can be
    lost, so each is waited for), and the link buttons are enabled from the first step: a click straight away
    could link part of the word, where a person would see it highlighted first.
    """
    page.wait_for_function(f"() => {EDITOR}.view.dom.textContent === {EDITOR}.state.doc.textContent")
    for selected in range(1, characters + 1):  # one step at a time: a step taken mid-update can be undone
        page.keyboard.press("Shift+ArrowLeft")
        page.wait_for_function(
            f"n => {{ const s = {EDITOR}.state.selection; return s.to - s.from === n; }}", arg=selected
        )


def to_line_end(page):
    """End, then wait until the editor (not only the browser) knows the selection is collapsed, as a person would.

    First wait for the text to have the focus back: after a toolbar dialog or chooser the editor takes it back on
    the next animation frame, and an End pressed before that would go to the page, not the text.
    """
    expect(editor_box(page)).to_be_focused()
    page.keyboard.press("End")
    page.wait_for_function(f"() => {EDITOR}.state.selection.empty")


def fill_treatment_fields(page, title):
    """Title (the admin makes the slug from it), summary, and a sentence in any other required rich-text part."""
    page.get_by_label("Title").fill(title)
    page.get_by_label("Summary").fill("What it is, in a sentence.")
    editor_box(page)
    for textarea in page.locator("textarea[data-rich-text]").all()[1:]:
        field_id = textarea.get_attribute("id")
        if "required" in (page.locator(f'label[for="{field_id}"]').get_attribute("class") or ""):
            page.locator(f'[contenteditable][aria-describedby="{field_id}-editor-help"]').click()
            page.keyboard.type("More to follow.")


def test_editor_writes_a_treatment_that_readers_see_as_written_and_its_link_survives_a_slug_change(page, live_server):
    editor = make_staff("editor", username="edith")
    reviewer = make_staff("reviewer", username="rhys")
    surgery = make_treatment(title="Surgery", slug="surgery")

    log_in(page, live_server.url, editor, reverse("admin:treatments_treatment_add"))
    fill_treatment_fields(page, "Living well")
    editor_box(page).click()
    page.keyboard.press("Control+Alt+3")  # a part sits under the page's own h2, so its headings start at h3
    page.keyboard.type("What helps")
    page.keyboard.press("Enter")
    page.keyboard.press("Control+Shift+8")
    page.keyboard.type("Small meals")
    page.keyboard.press("Enter")
    page.keyboard.type("Rest after treatment")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    page.keyboard.press("Control+b")
    page.keyboard.type("Ask your nurse.")
    page.keyboard.press("Control+b")
    page.keyboard.type(" Read about surgery")
    select_back(page, len("surgery"))
    toolbar(page).get_by_role("button", name="link to a page on this site").click()
    page.get_by_label("Find a published page by its title").fill("surg")
    page.get_by_role("button", name="Surgery (treatment)").click()
    to_line_end(page)
    page.keyboard.type(" or a patient group")
    select_back(page, len("a patient group"))
    toolbar(page).get_by_role("button", name="insert link").click()
    page.get_by_label("URL").fill("https://www.netpatientfoundation.org/")
    page.get_by_role("button", name="Update").click()
    page.get_by_role("button", name="Save and continue editing").click()
    page.get_by_role("link", name="Submit for review").click()
    page.get_by_role("button", name="Submit for review").click()
    page.get_by_text("Submit for review: done.").wait_for()

    page.context.clear_cookies()
    item = Treatment.objects.get(slug="living-well")
    log_in(page, live_server.url, reviewer, reverse("admin:treatments_treatment_change", args=[item.pk]))
    page.get_by_role("link", name="Approve and publish").click()
    # The reviewer signs off the same plain-language figures the editor saw.
    assert page.get_by_role("heading", name=f"Plain-language check: {BODY}").is_visible()
    page.get_by_role("button", name="Approve and publish").click()
    page.get_by_text("Approve and publish: done.").wait_for()

    page.goto(live_server.url + item.get_absolute_url())
    article = page.locator("article")
    assert article.locator("#how-it-works h2").all_inner_texts() == [BODY]
    assert article.locator("#how-it-works h3").all_inner_texts() == ["What helps"]
    assert article.locator("#how-it-works li").all_inner_texts() == ["Small meals", "Rest after treatment"]
    assert article.locator("strong").first.inner_text() == "Ask your nurse."
    external = article.get_by_role("link", name="a patient group")
    assert reverse("leaving:notice") in external.get_attribute("href")

    change = Treatment.objects.get(pk=surgery.pk).working_copy()
    change.slug = "surgery-for-nets"
    change.save_edit(editor)
    surgery.refresh_from_db()
    surgery.submit(editor)
    surgery.approve(reviewer, job_code="NET-UK-000777", date_of_preparation=surgery.date_of_preparation)

    page.goto(live_server.url + item.get_absolute_url())
    page.locator("article").get_by_role("link", name="surgery", exact=True).click()
    page.wait_for_url(live_server.url + "/treatments/surgery-for-nets/")
    assert page.get_by_role("heading", level=1).inner_text() == "Surgery"


def test_every_toolbar_action_makes_html_the_server_keeps_unchanged(page, live_server):
    editor = make_staff("editor", username="edith")
    make_treatment(title="Surgery", slug="surgery")
    log_in(page, live_server.url, editor, reverse("admin:treatments_treatment_add"))
    fill_treatment_fields(page, "Every element")
    box = editor_box(page)
    box.click()
    menubar = toolbar(page)
    page.keyboard.type("Not a heading")
    page.keyboard.press("Control+Alt+2")  # no h2 in a treatment part: the shortcut does nothing
    page.keyboard.press("Enter")
    for level in Treatment.rich_text_heading_levels:
        page.keyboard.type(f"Heading {level}")
        menubar.locator(".prose-menubar__selected").click()
        picker = page.locator(".field-body .prose-menubar__picker")
        assert picker.locator("h2, h3, h4").all_inner_texts() == ["Heading 3", "Heading 4"]
        picker.locator(f"h{level}").click()
        to_line_end(page)
        page.keyboard.press("Enter")
    for name in ("bold", "italic"):
        page.keyboard.type(name)
        select_back(page, len(name))
        menubar.get_by_role("button", name=name, exact=True).click()
        expect(box).to_be_focused()
        to_line_end(page)
        page.keyboard.press("Enter")
    for name in ("unordered list", "ordered list", "blockquote"):
        menubar.get_by_role("button", name=name, exact=True).click()
        page.keyboard.type(name)
        page.keyboard.press("Enter")
        if name == "blockquote":
            menubar.get_by_role("button", name=name, exact=True).click()
        else:
            page.keyboard.press("Enter")
    page.keyboard.type("NHS")
    select_back(page, 3)
    page.once("dialog", lambda dialog: dialog.accept("National Health Service"))
    menubar.get_by_role("button", name="abbreviation (with what it stands for)").click()
    to_line_end(page)
    page.keyboard.type(" and surgery")
    select_back(page, len("surgery"))
    menubar.get_by_role("button", name="link to a page on this site").click()
    page.get_by_label("Find a published page by its title").fill("Surgery")
    page.get_by_role("button", name="Surgery (treatment)").click()
    to_line_end(page)
    page.keyboard.press("Enter")
    menubar.get_by_role("button", name="Insert table").click()
    page.get_by_label("Include header row").select_option("Yes")
    page.get_by_role("button", name="Insert Table", exact=True).click()
    page.keyboard.type("Header")

    written = page.locator("#id_body").input_value()
    page.get_by_role("button", name="Save and continue editing").click()
    page.get_by_text("was added successfully").wait_for()
    stored = Treatment.objects.get(slug="every-element").body
    for tag in ("<p>Not a heading</p>", "<h3>", "<h4>", "<strong>", "<em>", "<ul>", "<ol>", "<blockquote>",
                "<abbr title=", "<th"):  # fmt: skip
        assert tag in written
    assert "<h2" not in written
    assert '<a href="/link/treatments.treatment/' in written
    levels = Treatment.rich_text_heading_levels
    assert removed_by_sanitising(written, levels) == []
    assert stored == written == sanitise_html(written, levels)
    assert page.locator(".messagelist .warning").count() == 0


def test_word_paste_keeps_structure_drops_the_rest_and_says_what_went(page, live_server):
    editor = make_staff("editor", username="edith")
    log_in(page, live_server.url, editor, reverse("admin:treatments_treatment_add"))
    fill_treatment_fields(page, "Pasted")
    editor_box(page).click()
    page.evaluate(
        """(html) => {
            const data = new DataTransfer();
            data.setData("text/html", html);
            data.setData("text/plain", "pasted");
            document.activeElement.dispatchEvent(new ClipboardEvent("paste", {clipboardData: data, bubbles: true, cancelable: true}));
        }""",
        WORD_PASTE,
    )
    notice = page.locator("#id_body-notice")
    for dropped in ("<h1> heading made <h3>", "<h2> heading made <h3>", "<div>", "<span>", "<font>", "<img>", "style", "class names",
                    "link to 'javascript:alert(1)'"):  # fmt: skip
        assert dropped in notice.inner_text()
    page.get_by_role("button", name="Save and continue editing").click()
    page.get_by_text("was added successfully").wait_for()

    stored = Treatment.objects.get(slug="pasted").body
    assert stored == sanitise_html(stored, Treatment.rich_text_heading_levels)
    for kept in ("<h3>Living with a NET</h3>", "<h3>Things that help</h3>", "<strong>working</strong>", "<em>travelling</em>",
                 "<li><p>Eating small meals</p></li>", 'href="https://www.netpatientfoundation.org/"'):  # fmt: skip
        assert kept in stored
    for gone in ("<h1", "<h2", "<span", "<div", "<font", "<img", "style=", "class=", "javascript:", "mso-", "<o:p"):
        assert gone not in stored
