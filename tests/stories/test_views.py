from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from stories.models import Quote, Story
from tests.factories import make_quote, make_story, make_treatment

pytestmark = pytest.mark.django_db


def test_stories_are_listed_newest_first_with_name_description_and_summary(client):
    now = timezone.now()
    make_story(title="Older story", published_at=now - timedelta(days=10))
    make_story(title="Newer story", display_name="Priya", description="Carer", published_at=now - timedelta(days=1))
    html = client.get(reverse("stories:list")).content.decode()
    assert html.index("Newer story") < html.index("Older story")
    assert "Priya, Carer" in html


def test_stories_are_paginated_ten_to_a_page(client):
    for _ in range(12):
        make_story()
    first = client.get(reverse("stories:list")).content.decode()
    assert first.count('class="story-card"') == 10
    assert "Page 1 of 2" in first
    assert client.get(reverse("stories:list") + "?page=2").content.decode().count('class="story-card"') == 2


def test_draft_story_is_neither_listed_nor_shown(client):
    draft = make_story(title="Not yet", status=Story.Status.DRAFT)
    assert "Not yet" not in client.get(reverse("stories:list")).content.decode()
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_story_page_shows_the_story_its_treatments_and_a_way_back(client):
    surgery = make_treatment(title="Surgery")
    hidden = make_treatment(title="Draft treatment", status="draft")
    story = make_story(title="David’s story", body="<p>My operation.</p>")
    story.treatments.set([surgery, hidden])
    html = client.get(story.get_absolute_url()).content.decode()
    assert "<h1>David’s story</h1>" in html
    assert "<p>My operation.</p>" in html
    assert f'href="{surgery.get_absolute_url()}"' in html
    assert "Draft treatment" not in html
    assert f'href="{reverse("stories:list")}"' in html


def test_quote_appears_on_its_treatment_page_as_a_block_quote_with_a_link_to_its_story(client):
    surgery = make_treatment(title="Surgery")
    story = make_story(title="Helen’s story")
    make_quote(treatments=[surgery], story=story, text="Watching and waiting was right for me.", attribution="Helen")
    html = client.get(surgery.get_absolute_url()).content.decode()
    assert "<blockquote" in html
    assert "“Watching and waiting was right for me.”" in html
    assert '<span class="quote-attribution">Helen' in html
    assert f'href="{story.get_absolute_url()}">Read Helen’s story</a>' in html


def test_only_a_quote_written_for_the_site_is_labelled_as_an_example(client):
    surgery = make_treatment()
    make_quote(treatments=[surgery], text="Real words from a reader.")
    make_quote(treatments=[surgery], text="Words written for the demo.", is_demo=True)
    html = client.get(surgery.get_absolute_url()).content.decode()
    label = "An example written for this site, not a real person’s words."
    assert html.count(label) == 1
    assert html.index("Real words from a reader.") < html.index("Words written for the demo.") < html.index(label)


def test_footnote_is_linked_both_ways(client):
    surgery = make_treatment()
    quote = make_quote(treatments=[surgery], footnote="From an anonymous survey in 2015.")
    html = client.get(surgery.get_absolute_url()).content.decode()
    assert f'id="quote-{quote.pk}-ref" href="#quote-{quote.pk}-note"' in html
    assert f'id="quote-{quote.pk}-note"' in html
    assert f'href="#quote-{quote.pk}-ref"' in html
    assert "From an anonymous survey in 2015." in html


def test_overview_shows_only_the_quotes_chosen_for_it(client):
    make_quote(on_overview=True, text="Chosen for the overview.")
    make_quote(treatments=[make_treatment()], text="Only on its treatment page.")
    html = client.get(reverse("treatments:list")).content.decode()
    assert "Chosen for the overview." in html
    assert "Only on its treatment page." not in html


def test_unpublished_quote_and_link_to_unpublished_story_are_hidden(client):
    surgery = make_treatment()
    draft_story = make_story(title="Draft story", status=Story.Status.DRAFT)
    make_quote(treatments=[surgery], text="Draft quote.", status=Quote.Status.DRAFT)
    make_quote(treatments=[surgery], text="Live quote.", story=draft_story)
    html = client.get(surgery.get_absolute_url()).content.decode()
    assert "Draft quote." not in html
    assert "Live quote." in html
    assert "Draft story" not in html


@pytest.mark.parametrize("number", [5, 50])
def test_story_list_query_count_does_not_grow_with_stories(client, django_assert_max_num_queries, number):
    for _ in range(number):
        make_story()
    with django_assert_max_num_queries(4):  # +2: the content version and the footer's site settings
        response = client.get(reverse("stories:list"))
    assert response.content.decode().count('class="story-card"') == min(number, 10)


@pytest.mark.parametrize("number", [5, 50])
def test_story_page_query_count_does_not_grow_with_treatments(client, django_assert_max_num_queries, number):
    story = make_story()
    story.treatments.set([make_treatment() for _ in range(number)])
    with django_assert_max_num_queries(5):  # the content version, the story, its treatments, footer settings, rating
        response = client.get(story.get_absolute_url())
    assert response.content.decode().count("More about") == 0
    assert response.status_code == 200


@pytest.mark.parametrize("number", [5, 50])
def test_treatment_page_query_count_does_not_grow_with_quotes(client, django_assert_max_num_queries, number):
    treatment = make_treatment()
    for _ in range(number):
        make_quote(treatments=[treatment], story=make_story())
    with django_assert_max_num_queries(
        6
    ):  # the version, the treatment, quotes, glossary terms, footer settings, rating
        response = client.get(treatment.get_absolute_url())
    assert response.content.decode().count('<figure class="quote">') == number
