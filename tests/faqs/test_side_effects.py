"""Side-effect flagging catches the ways readers write, with the terms every installation starts with."""

import pytest
from django.urls import reverse

from faqs.matching import any_term_in, stems
from faqs.models import SideEffectTerm, SubmittedQuestion, mentions_side_effect

# (what a reader writes, whether it should be flagged as a possible side effect)
PHRASINGS = [
    ("I have had a rash on my arms", True),
    ("Red rashes appeared on my legs last week", True),
    ("I keep vomiting in the mornings", True),
    ("I vomited twice after the tablets", True),
    ("She vomits after meals", True),
    ("Is cramping normal after surgery?", True),
    ("I get stomach cramps most evenings", True),
    ("Stomach-cramps at night, is that usual?", True),
    ("Terrible STOMACH   CRAMPS since Monday", True),
    ("I've been having hot flushes", True),
    ("The flushing is worse since the new dose", True),
    ("My face flushes red", True),
    ("My skin is itchy all over", True),
    ("The itching keeps me awake", True),
    ("I feel awful after every injection", True),
    ("After every\ninjection my leg hurts", True),
    ("The injection site is sore and swollen", True),
    ("I had an allergic reaction", True),
    ("I'm always tired and my hair is falling out, is that a side-effect?", True),
    ("What side effects does lanreotide have?", True),
    ("The dizziness comes and goes", True),
    ("I feel nauseous most days", True),
    ("Bad headaches since starting treatment", True),
    ("What is PRRT and could I have it?", False),
    ("Where is the nearest specialist centre to Leeds?", False),
    ("Can I travel to Spain in the summer?", False),
    ("I enjoy painting and gardening, can I keep doing them?", False),
    ("My mother has sickle cell anaemia; is that relevant?", False),
    ("How often will I have scans?", False),
    ("Is there a support group near Bristol?", False),
    ("I have retired early; what benefits can I claim?", False),
    ("What does a crash course in NETs cover?", False),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("text", "flagged"), PHRASINGS)
def test_the_starting_terms_flag_ordinary_phrasings_and_nothing_else(text, flagged):
    terms = list(SideEffectTerm.objects.values_list("term", flat=True))
    assert terms, "the migrations seed a starting list of terms"
    assert mentions_side_effect(text, terms) is flagged


@pytest.mark.parametrize(
    ("word", "other"),
    [("rash", "rashes"), ("vomit", "vomiting"), ("vomit", "vomited"), ("cramp", "cramping"), ("flush", "flushes"),
     ("itch", "itchy"), ("itch", "itchiness"), ("dizzy", "dizziness"), ("allergy", "allergic"), ("injection", "injections")],
)  # fmt: skip
def test_word_forms_share_a_stem(word, other):
    assert stems(word) == stems(other)


def test_a_phrase_matches_whole_words_in_order_across_spaces_and_punctuation():
    assert any_term_in("Hot, flushing face", ["hot flushes"])
    assert any_term_in("HOT\tFLUSHES", ["hot flushes"])
    assert not any_term_in("Flushes when it is hot", ["hot flushes"])
    assert not any_term_in("hotel flush", ["hot flushes"])
    assert not any_term_in("anything at all", ["", "  "])


def test_a_term_is_never_found_inside_another_word():
    assert not any_term_in("Spain", ["pain"])
    assert not any_term_in("painting", ["pain"])
    assert any_term_in("painful", ["pain"])


@pytest.mark.django_db
def test_a_question_sent_through_the_form_is_flagged(client):
    response = client.post(reverse("faqs:ask"), {"question": "I get stomach-cramping after every injection."})
    assert response.status_code == 302
    assert SubmittedQuestion.objects.get().possible_side_effect
