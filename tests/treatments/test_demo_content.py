"""The demo content a fresh install shows readers: current UK medicine, every part filled, plain words."""

import re
from io import StringIO

import pytest
from django.core.management import call_command

from content.readability import reading_age
from faqs.models import Question
from glossary.models import Term
from stories.models import Story
from treatments.models import Treatment

pytestmark = pytest.mark.django_db

# The measure the editors' plain-language helper reports (content.readability).
MAX_READING_AGE = 11


def load_demo():
    call_command("load_demo_content", stdout=StringIO())


# Loading takes a few seconds, so each test below checks several things readers would notice on one load.
@pytest.fixture
def demo():
    load_demo()


def test_every_demo_treatment_page_is_complete_current_and_carries_the_help_box(client, demo):
    treatments = Treatment.objects.published()
    assert treatments.count() == 11
    for treatment in treatments:
        assert treatment.missing_parts() == [], treatment.slug
        assert "<li>" in treatment.references and "<a href=" in treatment.references, treatment.slug
        html = client.get(treatment.get_absolute_url()).content.decode()
        assert 'id="get-help"' in html and "NHS 111" in html and "999" in html, treatment.slug
        assert "clinical nurse specialist" in html, treatment.slug
        assert not re.search(r"not yet approved|may never (be approved|become available)", html), treatment.slug
    prrt = Treatment.objects.get(slug="prrt")
    assert prrt.category == Treatment.Category.ESTABLISHED
    assert "TA539" in prrt.references and "Lutathera" in prrt.body
    answer = Question.objects.get(slug="what-is-prrt").body  # the FAQ agrees with the PRRT page
    assert "licensed" in answer and "NICE" in answer
    terms = Term.objects.published()
    assert terms.count() >= 60
    assert not terms.filter(summary="").exists()
    # Under development: only in trials, with the way UK patients find one.
    for treatment in Treatment.objects.published().filter(category=Treatment.Category.IN_DEVELOPMENT):
        html = client.get(treatment.get_absolute_url()).content.decode()
        assert "only available in clinical trials" in html
        assert "/leaving/?to=https%3A%2F%2Fbepartofresearch.nihr.ac.uk%2F" in html
    assert client.get("/leaving/?to=https%3A%2F%2Fbepartofresearch.nihr.ac.uk%2F").status_code == 200


def test_demo_content_is_at_or_under_reading_age_eleven_and_labels_its_illustrations(client, demo):
    """Every treatment part readers read (references are citations, not prose), story summary and FAQ answer."""
    too_hard = []
    for treatment in Treatment.objects.all():
        for name in ("summary", *Treatment.rich_text_fields):
            if name != "references" and reading_age(getattr(treatment, name)) > MAX_READING_AGE:
                too_hard.append((treatment.slug, name, reading_age(getattr(treatment, name))))
    for story in Story.objects.all():
        if reading_age(story.summary) > MAX_READING_AGE:
            too_hard.append((story.slug, "summary", reading_age(story.summary)))
    for question in Question.objects.all():
        if reading_age(question.body) > MAX_READING_AGE:
            too_hard.append((question.slug, "body", reading_age(question.body)))
    assert too_hard == []
    # Invented people are labelled, and answers name a role, not an invented expert.
    stories = Story.objects.published()
    for story in stories:
        assert "an illustration written for this site" in client.get(story.get_absolute_url()).content.decode()
    assert "an illustration written for this site" in client.get("/stories/").content.decode()
    faqs = client.get("/faqs/").content.decode()
    assert "Answered by a consultant medical oncologist." in faqs
    assert "This answer is an illustration written for this site." in faqs
    assert not Question.objects.exclude(expert_name="").exists()
    helen = Story.objects.get(slug="helens-story")
    assert list(helen.treatments.values_list("slug", flat=True)) == ["somatostatin-analogues"]


def test_a_second_run_over_older_demo_content_brings_it_up_to_date(demo):
    Treatment.objects.filter(slug="prrt").update(category=Treatment.Category.IN_DEVELOPMENT, side_effects_common="")
    from support_groups.models import SupportGroup

    SupportGroup.objects.create(
        slug="net-patient-foundation", title="NET Patient Foundation", summary="Old entry.", is_demo=True
    )
    load_demo()
    prrt = Treatment.objects.get(slug="prrt")
    assert prrt.category == Treatment.Category.ESTABLISHED and prrt.side_effects_common
    assert not SupportGroup.objects.filter(slug="net-patient-foundation").exists()
    assert SupportGroup.objects.filter(slug__in=["macmillan-cancer-support", "maggies", "carers-uk"]).count() == 3
