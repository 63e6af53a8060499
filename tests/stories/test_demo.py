from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from faqs.models import Question, Topic
from stories.models import Quote, Story

pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command("load_demo_content", *args, stdout=out)
    return out.getvalue()


def test_demo_loads_helens_story_two_more_and_the_seed_pages_quotes(client):
    run()
    assert Story.objects.published().count() == 3
    helen = Story.objects.get(slug="helens-story")
    assert helen.display_name == "Helen"
    assert helen.portrait and helen.portrait_alt
    anonymous = Quote.objects.get(footnote__contains="five countries in 2015")
    assert anonymous.treatments.filter(slug="surgery").exists()
    overview = client.get(reverse("treatments:list")).content.decode()
    assert "Read Helen’s story" in overview
    # The demo's quotes are this site's own words, and each says so wherever it is shown.
    assert overview.count("An example written for this site, not a real person’s words.") == Quote.objects.count() == 2


def test_demo_loads_at_least_twelve_faqs_over_four_topics_each_saying_ask_your_doctor():
    run()
    assert Topic.objects.count() == 4
    questions = Question.objects.published()
    assert questions.count() >= 12
    assert all("ask your own doctor" in question.body for question in questions)


def test_second_run_changes_nothing():
    run()
    before = list(Story.objects.values_list("slug", "updated_at", "portrait"))
    assert "nothing changed" in run()
    assert list(Story.objects.values_list("slug", "updated_at", "portrait")) == before


def test_scaled_demo_shares_the_drawn_portraits():
    run("--scale", "2")
    assert Story.objects.count() == 6
    assert Story.objects.get(slug="helens-story-2").portrait == Story.objects.get(slug="helens-story").portrait.name
