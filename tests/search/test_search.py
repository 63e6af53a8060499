import pytest
from django.db import connection
from django.urls import reverse

from faqs.models import Question
from search.query import highlight
from search.registry import searchable_models
from stories.models import Story
from tests.factories import make_question, make_story, make_treatment
from treatments.models import Treatment

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming needs PostgreSQL full-text search; SQLite matches plain text"
)


def search(client, q, **params):
    return client.get(reverse("search:results"), {"q": q, **params})


def test_apps_declare_what_the_search_covers():
    assert {Treatment, Story, Question} <= set(searchable_models())


def test_one_search_finds_treatments_stories_and_faqs_with_their_type(client):
    make_treatment(title="Chemotherapy", body="<p>Medicines that kill pancreatic tumour cells.</p>")
    make_story(title="Priya’s story", summary="Caring for her father with a pancreatic NET.")
    make_question(title="What is a pancreatic NET?")
    html = search(client, "pancreatic").content.decode()
    assert "3 results" in html
    for kind, title in [("Treatment", "Chemotherapy"), ("Patient story", "Priya’s story"), ("FAQ", "pancreatic NET")]:
        assert f'<p class="search-result-kind">{kind}</p>' in html
        assert title in html


def test_results_link_to_the_content(client):
    question = make_question(title="Can I keep working?", slug="working")
    html = search(client, "working").content.decode()
    assert f'href="{question.get_absolute_url()}"' in html


def test_unpublished_content_is_not_found(client):
    make_treatment(title="Secret surgery", status=Treatment.Status.DRAFT)
    make_story(title="Secret story", status=Story.Status.DRAFT)
    make_question(title="Secret question?", status=Question.Status.DRAFT)
    assert "We could not find anything for ‘secret’" in search(client, "secret").content.decode()


def test_title_matches_come_before_body_matches(client):
    make_treatment(title="Interferon", body="<p>Often combined with surgery.</p>")
    make_treatment(title="Surgery", body="<p>An operation.</p>")
    html = search(client, "surgery").content.decode()
    assert html.index(">Surgery</a>") < html.index(">Interferon</a>")


def test_matched_words_are_highlighted_and_everything_else_escaped():
    snippet = highlight("<p>Surgery & <b>radiotherapy</b> for NETs</p>", "surgery <script>")
    assert snippet == "<mark>Surgery</mark> &amp; radiotherapy for NETs"
    assert "<script>" not in highlight("Text with &lt;script&gt; in it", "script")


def test_snippets_keep_a_space_between_paragraphs_list_items_and_headings():
    html = "<h2>After</h2><p>You may have bowel surgery.</p><p>Every person is different.</p><ul><li>rest</li><li>walk</li></ul>"
    snippet = str(highlight(html, "surgery"))
    assert snippet == "After You may have bowel <mark>surgery</mark>. Every person is different. rest walk"
    # Inline tags add no space: a word split by <strong> stays one word.
    assert str(highlight("<p>a <strong>bold</strong>word</p>", "bold")) == "a <mark>boldword</mark>"


def test_query_is_escaped_on_the_page(client):
    html = search(client, "<script>alert(1)</script>").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_empty_query_gets_a_friendly_prompt(client):
    html = search(client, "   ").content.decode()
    assert "Type a word or two" in html


def test_no_results_suggests_other_words_and_links_to_the_main_sections(client):
    html = search(client, "xylophone").content.decode()
    assert "Try other or fewer words" in html
    assert f'href="{reverse("treatments:list")}"' in html
    assert f'href="{reverse("faqs:list")}"' in html


def test_query_over_200_characters_is_not_run(client, django_assert_num_queries):
    with django_assert_num_queries(2):  # the content version and the footer's site settings only: no search query
        html = search(client, "surgery " * 30).content.decode()
    assert "longer than 200 characters" in html


def test_results_are_paginated_ten_to_a_page_and_odd_page_numbers_are_safe(client):
    for n in range(23):
        make_treatment(title=f"Surgery option {n}")
    first = search(client, "surgery").content.decode()
    assert first.count('class="search-result"') == 10
    assert "23 results, showing 1 to 10" in first
    assert "page=2" in first
    assert search(client, "surgery", page=99).content.decode().count('class="search-result"') == 3
    for page in ["abc", "-1", "0", "1.5"]:
        response = search(client, "surgery", page=page)
        assert response.status_code == 200


def test_results_pages_are_not_indexed_by_search_engines(client):
    assert '<meta name="robots" content="noindex">' in search(client, "surgery").content.decode()
    assert '<meta name="robots" content="noindex">' not in client.get(reverse("home")).content.decode()


def test_every_page_has_a_labelled_search_box_in_the_header(client):
    html = client.get(reverse("treatments:list")).content.decode()
    assert '<form class="site-search" role="search" action="/search/" method="get">' in html
    assert '<label class="visually-hidden" for="site-search-q">Search this site</label>' in html


def test_every_part_of_a_treatment_page_a_reader_reads_is_searched_but_not_its_sources(client):
    make_treatment(
        title="Everolimus",
        body="<p>A tablet taken once a day.</p>",
        side_effects_contact_team="<ul><li>Diarrhoea that lasts more than a day</li></ul>",
        references="<ul><li>Yao JC et al. Lancet. 2016;387:968-977.</li></ul>",
    )
    html = search(client, "diarrhoea").content.decode()
    assert ">Everolimus</a>" in html
    assert "<mark>Diarrhoea</mark> that lasts more than a day" in html  # the snippet is from the part that matched
    assert "Try other or fewer words" in search(client, "lancet").content.decode()


@on_postgresql
def test_postgresql_finds_words_of_a_part_changed_after_the_page_was_made(client):
    treatment = make_treatment(title="Surgery", questions_to_ask="<ul><li>Will I need a stoma?</li></ul>")
    Treatment.objects.filter(pk=treatment.pk).update(who_it_is_for="<p>People whose tumour has not spread.</p>")
    assert ">Surgery</a>" in search(client, "stoma").content.decode()
    assert ">Surgery</a>" in search(client, "spread").content.decode()


@on_postgresql
def test_postgresql_search_stems_english_words(client):
    make_treatment(title="Radiation therapy", body="<p>A treatment given in short daily sessions.</p>")
    html = search(client, "treatments").content.decode()
    assert "Radiation therapy" in html
    assert "<mark>treatment</mark>" in html


@on_postgresql
def test_postgresql_ranks_title_above_summary_above_body(client):
    make_treatment(title="Diet", summary="Food.", body="<p>Eating with NETs.</p>")
    make_treatment(title="Other", summary="Eating well.", body="<p>x</p>")
    make_treatment(title="Eating", summary="Meals.", body="<p>y</p>")
    html = search(client, "eating").content.decode()
    assert html.index(">Eating</a>") < html.index(">Other</a>") < html.index(">Diet</a>")


@on_postgresql
def test_postgresql_finds_a_page_by_its_new_words_as_soon_as_it_is_changed(client):
    treatment = make_treatment(title="Radiotherapy", body="<p>Given in hospital.</p>")
    treatment.title = "Radionuclide therapy"
    treatment.save()
    Treatment.objects.filter(pk=treatment.pk).update(body="<p>Given as an infusion.</p>")
    html = search(client, "infusion").content.decode()
    assert "Radionuclide therapy" in html
    assert "Try other or fewer words" in search(client, "radiotherapy").content.decode()


@on_postgresql
def test_postgresql_content_written_before_the_search_trigger_existed_is_found_after_migrate(client):
    from search.indexes import create_search_indexes

    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER search_document ON treatments_treatment")
    make_treatment(title="Somatostatin analogues")
    assert "Try other or fewer words" in search(client, "somatostatin").content.decode()
    create_search_indexes()
    assert "Somatostatin analogues" in search(client, "somatostatin analogues").content.decode()


@pytest.mark.parametrize("number", [5, 50])
def test_search_query_count_does_not_grow_with_results(client, django_assert_max_num_queries, number):
    for _ in range(number):
        make_treatment(summary="About surgery.")
        make_story(summary="My surgery.")
        make_question(summary="After surgery.")
    with django_assert_max_num_queries(7):  # +1: the footer's site settings, +1: the glossary's other names
        response = search(client, "surgery")
    assert response.content.decode().count('class="search-result"') == 10
