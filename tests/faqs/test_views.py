import re

import pytest
from django.urls import reverse

from faqs.models import Question
from tests.factories import make_question, make_topic

pytestmark = pytest.mark.django_db


def test_faqs_are_grouped_by_topic_with_an_in_page_list_of_topics(client):
    living = make_topic(name="Living with NETs", slug="living-with-nets", order=2)
    basics = make_topic(name="What NETs are", slug="what-nets-are", order=1)
    make_question(topic=living, title="Can I keep working?", slug="working")
    make_question(topic=basics, title="What is a NET?", slug="what-is-a-net")
    html = client.get(reverse("faqs:list")).content.decode()
    assert '<a href="#topic-what-nets-are">What NETs are</a>' in html
    assert '<h2 id="topic-living-with-nets">Living with NETs</h2>' in html
    assert html.index("What is a NET?") < html.index("Can I keep working?")


def test_each_answer_is_a_disclosure_with_its_own_anchor_and_its_expert(client):
    question = make_question(
        title="What is a NET?", slug="what-is-a-net", expert_name="Dr Amira Shah", expert_credentials="Oncologist"
    )
    html = client.get(reverse("faqs:list")).content.decode()
    assert '<details class="faq" id="what-is-a-net">' in html
    assert "<summary>" in html
    assert "Answered by Dr Amira Shah, Oncologist." in html
    assert question.get_absolute_url() == reverse("faqs:list") + "#what-is-a-net"
    assert 'src="/static/js/open-linked-answer.js"' in html and 'type="module"' in html


def test_faqs_remind_readers_to_ask_their_own_doctor_and_offer_ask_an_expert(client):
    make_question()
    html = client.get(reverse("faqs:list")).content.decode()
    assert "Always ask your own doctor or nurse" in html
    assert f'href="{reverse("faqs:ask")}"' in html


def test_draft_answers_and_empty_topics_are_hidden(client):
    make_question(title="Secret draft?", status=Question.Status.DRAFT, topic=make_topic(name="Empty topic"))
    html = client.get(reverse("faqs:list")).content.decode()
    assert "Secret draft?" not in html
    assert "Empty topic" not in html


def test_topic_page_lists_only_that_topic(client):
    support = make_topic(name="Support", slug="support")
    make_question(topic=support, title="Who can I call?")
    make_question(title="Elsewhere?")
    html = client.get(reverse("faqs:topic", args=["support"])).content.decode()
    assert "<h1>Support</h1>" in html
    assert "Who can I call?" in html
    assert "Elsewhere?" not in html


def test_an_answers_own_headings_follow_on_from_the_page_heading_on_the_topic_page(client):
    """Answers may hold h3 headings (as on the list page, under a topic's h2), so no heading level is skipped."""
    support = make_topic(name="Support", slug="support")
    make_question(topic=support, body="<h3>Groups near you</h3><p>Ask your nurse.</p>")
    html = client.get(reverse("faqs:topic", args=["support"])).content.decode()
    levels = [int(level) for level in re.findall(r"<h([1-6])[ >]", html.split("<main", 1)[1])]
    assert levels[:3] == [1, 2, 3]
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False))


def test_unknown_topic_is_not_found(client):
    assert client.get(reverse("faqs:topic", args=["nothing-here"])).status_code == 404


def test_faqs_card_and_navigation_link_appear_on_every_page(client):
    html = client.get(reverse("home")).content.decode()
    assert "FAQs by experts" in html
    assert f'href="{reverse("faqs:list")}"' in html


@pytest.mark.parametrize("number", [5, 50])
def test_faq_list_query_count_does_not_grow_with_questions(client, django_assert_max_num_queries, number):
    topics = [make_topic() for _ in range(4)]
    for n in range(number):
        make_question(topic=topics[n % 4])
    # The content version, topics, questions, the footer's site settings and the rated page (these two once per
    # content version), and its rating.
    with django_assert_max_num_queries(6):
        response = client.get(reverse("faqs:list"))
    assert response.content.decode().count('<details class="faq"') == number
    with django_assert_max_num_queries(1):  # kept for the content version: the version with the rating
        response = client.get(reverse("faqs:list"))
    assert response.content.decode().count('<details class="faq"') == number


@pytest.mark.parametrize("number", [5, 50])
def test_topic_page_query_count_does_not_grow_with_questions(client, django_assert_max_num_queries, number):
    topic = make_topic()
    for _ in range(number):
        make_question(topic=topic)
    with django_assert_max_num_queries(4):  # +2: the content version and the footer's site settings
        response = client.get(topic.get_absolute_url())
    assert response.content.decode().count('<details class="faq"') == number


def test_an_answer_names_the_pages_it_shows_on_for_the_page_cache():
    question = make_question(topic=make_topic(slug="support"))
    assert question.cache_paths() == {reverse("faqs:list"), reverse("faqs:topic", args=["support"]), "/search/"}
