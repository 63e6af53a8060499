import pytest
from django.urls import reverse

from faqs.models import SubmittedQuestion
from tests.factories import make_question, make_topic

pytestmark = pytest.mark.django_db(transaction=True)


def test_linked_answer_opens_on_arrival(page, live_server):
    make_question(title="What is a NET?", slug="what-is-a-net")
    make_question(title="Can I keep working?", slug="working")
    page.goto(live_server.url + reverse("faqs:list") + "#what-is-a-net")
    page.wait_for_function("document.getElementById('what-is-a-net').open")
    assert page.locator("#what-is-a-net").evaluate("el => el.open")
    assert not page.locator("#working").evaluate("el => el.open")


def test_without_javascript_an_answer_opens_from_its_question(page_without_js, live_server):
    make_question(title="What is a NET?", slug="what-is-a-net", body="<p>A tumour of hormone-making cells.</p>")
    page = page_without_js
    page.goto(live_server.url + reverse("faqs:list") + "#what-is-a-net")
    page.get_by_text("What is a NET?").click()
    assert page.get_by_text("A tumour of hormone-making cells.").is_visible()


@pytest.mark.parametrize("browser_page", ["page", "page_without_js"])
def test_ask_an_expert_shows_field_errors_then_a_confirmation(request, live_server, browser_page):
    page = request.getfixturevalue(browser_page)
    make_topic(name="Support")
    page.goto(live_server.url + reverse("faqs:ask"))

    page.get_by_label("Your question").fill("Help?")
    page.get_by_label("Email address (optional)").fill("reader@example.com")
    page.get_by_role("button", name="Send my question").click()
    assert page.get_by_role("heading", name="There is a problem").is_visible()
    assert page.locator("#id_question_error").inner_text().startswith("Your question is too short")
    assert "Tick this box" in page.locator("#id_consent_to_contact_error").inner_text()
    assert not SubmittedQuestion.objects.exists()

    page.get_by_label("Your question").fill("Who can I call between appointments?")
    page.get_by_label("What is it about? (optional)").select_option(label="Support")
    page.get_by_label("I agree to be contacted by email about my question").check()
    page.get_by_role("button", name="Send my question").click()
    page.wait_for_url("**/faqs/ask/thank-you/")
    assert page.get_by_role("heading", level=1).inner_text() == "Thank you for your question"
    assert SubmittedQuestion.objects.get().email == "reader@example.com"
