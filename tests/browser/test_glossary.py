"""A glossary term's first use on a treatment page opens its definition with the keyboard, without JavaScript.

axe runs over /glossary/ and every demo treatment page at both widths in test_accessibility.py (axe itself
needs JavaScript, so it cannot run in this page).
"""

import pytest
from playwright.sync_api import expect

from tests.factories import make_term, make_treatment

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_reader_opens_a_definition_with_the_keyboard_and_no_javascript_then_reads_the_glossary(
    page_without_js, live_server
):
    page = page_without_js
    treatment = make_treatment(
        title="Somatostatin analogues",
        body="<p>Many people have octreotide. Octreotide is given monthly.</p>",
        side_effects_common="<ul><li>Gallstones.</li></ul>",
    )
    make_term(
        title="Octreotide", slug="octreotide", other_names="Sandostatin", summary="A medicine given by injection."
    )
    page.goto(live_server.url + treatment.get_absolute_url())

    buttons = page.locator("button.glossary-term")
    expect(buttons).to_have_count(1)  # only the first use
    definition = page.locator("#define-octreotide")
    expect(definition).to_be_hidden()
    for _ in range(80):  # Tab from the top of the page to the term, as a keyboard user would
        page.keyboard.press("Tab")
        if buttons.first.evaluate("button => button === document.activeElement"):
            break
    expect(buttons.first).to_be_focused()
    page.keyboard.press("Enter")
    expect(definition).to_be_visible()
    expect(definition).to_contain_text("Octreotide: A medicine given by injection.")
    page.keyboard.press("Escape")
    expect(definition).to_be_hidden()

    page.get_by_role("link", name="glossary", exact=True).click()
    expect(page.locator("#octreotide")).to_contain_text("Octreotide")
    expect(page.get_by_text("Also called: Sandostatin")).to_be_visible()
