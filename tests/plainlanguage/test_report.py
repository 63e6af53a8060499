"""The plain-language check: word count, reading age against the site's target, longest sentences, jargon."""

from importlib import import_module

import pytest
from django.apps import apps as django_apps
from django.urls import reverse

from pages.models import SiteSettings
from plainlanguage.models import JargonTerm
from plainlanguage.report import check
from tests.factories import make_treatment

TERMS = [
    ("metastasis", "spread to another part of the body"),
    ("somatostatin analogue", "a medicine like the hormone somatostatin"),
    ("radionuclide", "a radioactive substance"),
]


def test_jargon_is_found_in_every_word_form_and_as_whole_words_only():
    found = check(
        "<p>Metastases can be treated with somatostatin analogues.</p><p>A radio nuclide test.</p>",
        terms=TERMS,
        target=(9, 11),
    ).jargon
    assert [(item.term, item.plain_alternative) for item in found] == TERMS[:2]


def test_the_longest_sentences_come_first_with_their_length():
    report = check(
        "<p>Short one. This sentence is clearly the longest of them all here. A middle one, of some size.</p>",
        terms=[],
        target=(9, 11),
    )
    assert [(s.words, s.text) for s in report.longest_sentences] == [
        (10, "This sentence is clearly the longest of them all here."),
        (6, "A middle one, of some size."),
        (2, "Short one."),
    ]
    assert report.words == 18


def test_empty_text_has_no_reading_age_and_is_not_flagged():
    report = check("", terms=[], target=(9, 11))
    assert (report.words, report.reading_age, report.above_target, report.longest_sentences) == (0, None, False, [])


@pytest.mark.django_db
def test_the_target_comes_from_the_site_settings():
    hard = "<p>Your specialist will consider whether additional treatment is appropriate for you.</p>"  # 18.4
    assert check(hard).target_max == 11 and check(hard).above_target
    settings_record = SiteSettings.current()
    settings_record.reading_age_target_min, settings_record.reading_age_target_max = 10, 21
    settings_record.save()
    assert (check(hard).target_min, check(hard).target_max, check(hard).above_target) == (10, 21, False)


@pytest.mark.django_db
def test_at_least_forty_real_terms_are_seeded_for_editors_to_keep():
    JargonTerm.objects.all().delete()  # the migration's own work, again (other tests' flushes may have undone it)
    import_module("plainlanguage.migrations.0002_seed_jargon").seed(django_apps, None)
    terms = set(JargonTerm.objects.values_list("term", flat=True))
    assert len(terms) >= 40
    assert {"carcinogenesis", "radionuclide", "somatostatin analogue", "metastasis"} <= terms


@pytest.mark.django_db
def test_the_reviewer_sees_the_same_figures_on_the_approve_screen(editor, reviewer, login):
    JargonTerm.objects.update_or_create(term="metastasis", defaults={"plain_alternative": "spread of the cancer"})
    item = make_treatment(status="draft", body="<p>Metastases can be removed. Ask your team.</p>")
    item.submit(editor)
    html = login(reviewer).get(reverse("admin:treatments_treatment_transition", args=[item.pk, "approve"])).content
    html = html.decode()
    assert "Plain-language check: What it is and how it works" in html
    assert '<dd data-plain-language="words">7</dd>' in html
    assert "<strong>metastasis</strong>: spread of the cancer</li>" in html
