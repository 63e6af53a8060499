import pytest
from django.urls import reverse

from faqs.models import SideEffectTerm, SubmittedQuestion
from tests.factories import make_topic

pytestmark = pytest.mark.django_db

GOOD = {"question": "How long does recovery from bowel surgery take?", "topic": "", "email": "", "website": ""}


def test_form_shows_the_side_effect_statement_and_privacy_notice(client):
    html = client.get(reverse("faqs:ask")).content.decode()
    assert "talk to your doctor, pharmacist or nurse" in html
    assert "Yellow Card scheme" in html
    assert "always within 90 days" in html
    assert "csrfmiddlewaretoken" in html


def test_good_question_is_stored_and_the_reader_is_sent_to_a_confirmation_page(client):
    topic = make_topic()
    response = client.post(reverse("faqs:ask"), {**GOOD, "topic": topic.pk})
    assert response.status_code == 302
    assert response["Location"] == reverse("faqs:ask-thanks")
    submission = SubmittedQuestion.objects.get()
    assert submission.topic == topic
    assert submission.status == SubmittedQuestion.Status.NEW
    assert "Thank you for your question" in client.get(response["Location"]).content.decode()


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"question": ""}, "question", "Enter your question."),
        ({"question": "Too short"}, "question", "too short"),
        ({"question": "x" * 2001}, "question", "Please keep it to 2,000 characters."),
        ({"email": "not-an-address"}, "email", "Enter an email address like name@example.com."),
        ({"email": "reader@example.com"}, "consent_to_contact", "Tick this box so that we may email you"),
    ],
)
def test_bad_input_comes_back_with_a_message_at_the_field_and_nothing_stored(client, data, field, message):
    response = client.post(reverse("faqs:ask"), {**GOOD, **data})
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert f'id="id_{field}_error"' in html
    assert "There is a problem" in html
    assert not SubmittedQuestion.objects.exists()


def test_email_with_consent_is_kept(client):
    client.post(reverse("faqs:ask"), {**GOOD, "email": "reader@example.com", "consent_to_contact": "on"})
    assert SubmittedQuestion.objects.get().email == "reader@example.com"


def test_honeypot_filled_in_stores_nothing_but_looks_like_success(client):
    response = client.post(reverse("faqs:ask"), {**GOOD, "website": "https://spam.example"})
    assert response.status_code == 302
    assert not SubmittedQuestion.objects.exists()


def test_form_refuses_posts_without_a_csrf_token():
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(reverse("faqs:ask"), GOOD)
    assert response.status_code == 403


def test_question_mentioning_a_side_effect_term_is_flagged(client):
    SideEffectTerm.objects.get_or_create(term="rash")
    client.post(reverse("faqs:ask"), {**GOOD, "question": "I have had a Rash since my injection. Is that normal?"})
    client.post(reverse("faqs:ask"), {**GOOD, "question": "Where can I find a support group near me?"})
    flagged = SubmittedQuestion.objects.get(question__contains="Rash")
    assert flagged.possible_side_effect
    assert not SubmittedQuestion.objects.get(question__contains="support group").possible_side_effect


def test_a_starting_list_of_side_effect_terms_is_installed():
    assert SideEffectTerm.objects.filter(term="side effect").exists()


def test_rate_limit_stops_a_client_after_the_allowed_number(client, settings):
    settings.ASK_RATE_LIMIT = "2/3600"
    for _ in range(2):
        assert client.post(reverse("faqs:ask"), GOOD).status_code == 302
    response = client.post(reverse("faqs:ask"), GOOD)
    assert response.status_code == 429
    assert "Please wait an hour or so" in response.content.decode()
    assert SubmittedQuestion.objects.count() == 2
    other_client = client.post(reverse("faqs:ask"), GOOD, REMOTE_ADDR="203.0.113.9")
    assert other_client.status_code == 302


def test_rate_limit_can_be_turned_off(client, settings):
    settings.ASK_RATE_LIMIT = "0"
    for _ in range(8):
        assert client.post(reverse("faqs:ask"), GOOD).status_code == 302


@pytest.mark.parametrize("number", [5, 50])
def test_form_query_count_does_not_grow_with_topics(client, django_assert_max_num_queries, number):
    for _ in range(number):
        make_topic()
    with django_assert_max_num_queries(3):  # +2: the content version and the footer's site settings
        response = client.get(reverse("faqs:ask"))
    assert response.status_code == 200


def test_confirmation_page_needs_only_the_footers_queries(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):  # the content version and the footer's site settings
        assert client.get(reverse("faqs:ask-thanks")).status_code == 200
