"""On paper: Chromium's own PDF of a treatment page and the FAQs, read back with pypdf."""

import io
import re
import unicodedata

import pytest
from django.urls import reverse
from pypdf import PdfReader

from pages.models import SiteSettings
from tests.factories import NICE_TA539, QUESTIONS_TO_ASK, make_long_treatment, make_question

pytestmark = pytest.mark.django_db(transaction=True)

SITE_CHROME = ["Patient stories", "Search this site", "Accept additional cookies", "Find out more about NETs",
               "Rate this content", "Submit rating", "Skip to main content", "Print this page", "Home"]  # fmt: skip


def printed(page, url):
    """The pages of the A4 PDF Chromium prints for `url`, as text: ligatures ('ﬀ') undone, whitespace single."""
    page.goto(url)
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    return [" ".join(unicodedata.normalize("NFKC", sheet.extract_text()).split()) for sheet in reader.pages]


def test_a_full_treatment_page_prints_on_two_a4_pages_with_its_statements_and_without_the_site_around_it(
    page, live_server
):
    treatment = make_long_treatment(words=600, job_code="NET-UK-123456")
    written = " ".join(getattr(treatment, name) for name in treatment.rich_text_fields)
    assert 570 <= len(re.sub("<[^>]+>", " ", written).split()) <= 660
    settings = SiteSettings.current()
    sheets = printed(page, live_server.url + treatment.get_absolute_url())
    text = " ".join(sheets)
    assert len(sheets) <= 2, f"{len(sheets)} pages"
    assert " ".join(settings.side_effect_statement.split()) in text
    assert "NET-UK-123456" in text
    assert "Page last reviewed:" in text
    assert treatment.title in text
    for words in SITE_CHROME:
        assert not re.search(rf"\b{re.escape(words)}\b", text), words
    # A link to another site prints its address.
    assert f"({NICE_TA539})" in text
    # 'Questions to ask your team' stays together on one sheet.
    assert [n for n, sheet in enumerate(sheets) if QUESTIONS_TO_ASK[0] in sheet] == [
        n for n, sheet in enumerate(sheets) if QUESTIONS_TO_ASK[-1] in sheet
    ]


def test_the_faqs_print_with_every_answer_open(page, live_server):
    answers = [
        make_question(title=f"Question {n}?", body=f"<p>Answer number {n} is written out in full here.</p>")
        for n in range(4)
    ]
    text = " ".join(printed(page, live_server.url + reverse("faqs:list")))
    for answer in answers:
        assert answer.title in text
        assert " ".join(re.sub("<[^>]+>", " ", answer.body).split()) in text
    assert "Accept additional cookies" not in text


def test_print_this_page_needs_javascript_and_opens_the_print_dialog(browser, live_server):
    treatment = make_long_treatment(words=200)
    for javascript in (True, False):
        context = browser.new_context(java_script_enabled=javascript)
        page = context.new_page()
        page.add_init_script("window.print = () => { window.printed = true; };")
        page.goto(live_server.url + treatment.get_absolute_url())
        button = page.get_by_role("button", name="Print this page")
        assert button.is_visible() == javascript
        if javascript:
            button.click()
            assert page.evaluate("window.printed === true")
        context.close()
