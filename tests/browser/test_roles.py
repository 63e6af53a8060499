"""Each staff role, logged in through the admin's own form in Chromium, sees and opens what the README's
role table says, and nothing more. The expectations are written out here on purpose, not read from code.
"""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.factories import make_staff, make_submitted_question

pytestmark = pytest.mark.django_db(transaction=True)

# What the admin home lists for each role (model names as the admin shows them).
CONTENT = {"Treatments", "Patient stories", "FAQs", "Clinics", "Support groups", "Site pages", "Glossary terms"}
EDITORIAL_HOME = CONTENT | {
    "Quotes", "FAQ topics", "Side-effect terms", "Submitted questions", "Services", "Votes", "Ratings summary",
    "Jargon terms",
}  # fmt: skip
HOME = {
    "editor": EDITORIAL_HOME,
    "reviewer": EDITORIAL_HOME,
    "medinfo": {"Submitted questions", "Side-effect terms", "FAQ topics", "Jargon terms"},
    "admin": CONTENT
    | {"Quotes", "FAQ topics", "Services", "Users", "Groups", "Site settings", "Access attempts", "Access logs",
       "Access failures"},
}  # fmt: skip

# Pages each role may open (200) and may not (403), by the README's rows.
MAY = {
    "editor": ["treatments", "add treatment", "add quote", "add side-effect term", "submitted questions",
               "ratings summary", "pages due for review", "add jargon term"],
    "reviewer": ["treatments", "add quote", "add FAQ topic", "submitted questions", "ratings summary",
                 "add jargon term"],
    "medinfo": ["submitted questions", "side-effect terms", "jargon terms"],
    "admin": ["treatments", "accounts", "add account", "site settings", "login lockouts"],
}  # fmt: skip
MAY_NOT = {
    "editor": ["accounts", "site settings", "login lockouts"],
    "reviewer": ["accounts", "site settings", "login lockouts"],
    "medinfo": ["treatments", "add quote", "ratings summary", "accounts", "site settings", "add side-effect term",
                "pages due for review", "add jargon term"],
    "admin": ["add treatment", "add quote", "submitted questions", "ratings summary", "side-effect terms",
              "jargon terms"],
}  # fmt: skip
PAGES = {
    "treatments": "admin:treatments_treatment_changelist",
    "add treatment": "admin:treatments_treatment_add",
    "add quote": "admin:stories_quote_add",
    "add FAQ topic": "admin:faqs_topic_add",
    "side-effect terms": "admin:faqs_sideeffectterm_changelist",
    "add side-effect term": "admin:faqs_sideeffectterm_add",
    "jargon terms": "admin:plainlanguage_jargonterm_changelist",
    "add jargon term": "admin:plainlanguage_jargonterm_add",
    "submitted questions": "admin:faqs_submittedquestion_changelist",
    "ratings summary": "admin:ratings_ratingtotal_changelist",
    "accounts": "admin:auth_user_changelist",
    "add account": "admin:auth_user_add",
    "site settings": "admin:pages_sitesettings_changelist",
    "login lockouts": "admin:axes_accessattempt_changelist",
    "pages due for review": "review-due",
}
FLAGGED = "I get stomach cramps after every injection."
SEES_QUESTIONS = {"editor", "reviewer", "medinfo"}


def log_in(page, base_url, user):
    page.goto(base_url + reverse("admin:login"))
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(base_url + reverse("admin:index"))


@pytest.mark.parametrize("role", ["editor", "reviewer", "medinfo", "admin"])
def test_each_role_sees_and_opens_what_the_role_table_says(page, live_server, role):
    make_submitted_question(question=FLAGGED, possible_side_effect=True)
    log_in(page, live_server.url, make_staff(role))

    listed = set(page.locator("#content-main th[scope=row]").all_inner_texts())
    assert listed == HOME[role]
    flagged_notice = page.get_by_text("1 question flagged as a possible side effect is still open")
    assert flagged_notice.count() == (1 if role in SEES_QUESTIONS else 0)

    for name in MAY[role]:
        response = page.goto(live_server.url + reverse(PAGES[name]))
        assert response.status == 200, f"{role} should open {name}"
    for name in MAY_NOT[role]:
        response = page.goto(live_server.url + reverse(PAGES[name]))
        assert response.status == 403, f"{role} should not open {name}"


@pytest.mark.parametrize("role", ["medinfo", "editor"])
def test_a_flagged_question_is_reached_from_the_admin_home(page, live_server, role):
    make_submitted_question(question="How often are scans?")
    make_submitted_question(question=FLAGGED, possible_side_effect=True)
    log_in(page, live_server.url, make_staff(role))
    page.get_by_role("link", name="1 question flagged as a possible side effect is still open").click()
    rows = page.locator("#result_list tbody tr")
    expect(rows).to_have_count(1)
    assert FLAGGED in rows.first.inner_text() and "received just now" in rows.first.inner_text()


def test_anonymous_readers_are_sent_to_the_login_page_for_questions(page, live_server):
    make_submitted_question(question=FLAGGED, possible_side_effect=True)
    page.goto(live_server.url + reverse("admin:faqs_submittedquestion_changelist") + "?pv=open")
    assert page.url.startswith(live_server.url + reverse("admin:login"))
    assert FLAGGED not in page.content()
