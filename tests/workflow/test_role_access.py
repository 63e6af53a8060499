"""What each role may open in the admin, and what it may not: the README's role table, page by page."""

import pytest
from django.urls import reverse

from tests.factories import make_staff

pytestmark = pytest.mark.django_db

PAGES = {
    "treatments": reverse("admin:treatments_treatment_changelist"),
    "add treatment": reverse("admin:treatments_treatment_add"),
    "glossary terms": reverse("admin:glossary_term_changelist"),
    "add glossary term": reverse("admin:glossary_term_add"),
    "quotes": reverse("admin:stories_quote_changelist"),
    "add quote": reverse("admin:stories_quote_add"),
    "FAQ topics": reverse("admin:faqs_topic_changelist"),
    "add FAQ topic": reverse("admin:faqs_topic_add"),
    "side-effect terms": reverse("admin:faqs_sideeffectterm_changelist"),
    "add side-effect term": reverse("admin:faqs_sideeffectterm_add"),
    "jargon terms": reverse("admin:plainlanguage_jargonterm_changelist"),
    "add jargon term": reverse("admin:plainlanguage_jargonterm_add"),
    "submitted questions": reverse("admin:faqs_submittedquestion_changelist"),
    "ratings summary": reverse("admin:ratings_ratingtotal_changelist"),
    "ratings CSV": reverse("admin:ratings_ratingtotal_changelist") + "?format=csv",
    "votes": reverse("admin:ratings_vote_changelist"),
    "accounts": reverse("admin:auth_user_changelist"),
    "add account": reverse("admin:auth_user_add"),
    "site settings": reverse("admin:pages_sitesettings_changelist"),
    "login lockouts": reverse("admin:axes_accessattempt_changelist"),
    "pages due for review": reverse("review-due"),
}
EDITORIAL = {
    "treatments", "add treatment", "quotes", "add quote", "FAQ topics", "add FAQ topic", "side-effect terms",
    "add side-effect term", "glossary terms", "add glossary term", "jargon terms", "add jargon term", "submitted questions", "ratings summary", "ratings CSV", "votes", "pages due for review",
}  # fmt: skip
MAY_OPEN = {
    "editor": EDITORIAL,
    "reviewer": EDITORIAL,
    "medinfo": {"submitted questions", "side-effect terms", "FAQ topics", "jargon terms"},
    "admin": {
        "treatments",
        "glossary terms",
        "quotes",
        "FAQ topics",
        "accounts",
        "add account",
        "site settings",
        "login lockouts",
        "pages due for review",
    },
}


@pytest.mark.parametrize("role", sorted(MAY_OPEN))
def test_each_role_opens_exactly_the_pages_of_its_job(login, role):
    client = login(make_staff(role))
    # follow: the site settings list goes straight to the one record, whoever asks.
    answers = {name: client.get(url, follow=True).status_code for name, url in PAGES.items()}
    expected = {name: 200 if name in MAY_OPEN[role] else 403 for name in PAGES}
    assert answers == expected


def test_editors_download_the_ratings_summary_as_csv(login):
    response = login(make_staff("editor")).get(PAGES["ratings CSV"])
    assert response["Content-Type"].startswith("text/csv")
    assert response.content.decode().startswith("Page,Type,Address,Average,Votes")


@pytest.mark.parametrize(("role", "shown"), [("editor", True), ("medinfo", False), ("admin", True)])
def test_the_admin_home_links_to_pages_due_for_review_only_for_those_who_may_open_it(login, role, shown):
    html = login(make_staff(role)).get(reverse("admin:index")).content.decode()
    assert (reverse("review-due") in html) is shown
