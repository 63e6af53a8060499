"""What the helper beside each rich-text field tells the writer, worked out the same way on save and on review."""

from dataclasses import dataclass

from django.apps import apps

from content.readability import measure, plain_text, sentences
from faqs.matching import stems

LONGEST_SHOWN = 3
DEFAULT_TARGET = (9, 11)


@dataclass(frozen=True)
class JargonFound:
    term: str
    plain_alternative: str


@dataclass(frozen=True)
class Sentence:
    text: str
    words: int


@dataclass(frozen=True)
class PlainLanguageReport:
    words: int
    reading_age: float | None
    target_min: int
    target_max: int
    longest_sentences: list
    jargon: list

    @property
    def above_target(self):
        return self.reading_age is not None and self.reading_age > self.target_max


def reading_age_target():
    """The reading ages editors aim for, from the site settings (9 to 11 unless changed there)."""
    site_settings = apps.get_model("pages", "SiteSettings").current()
    return site_settings.reading_age_target_min, site_settings.reading_age_target_max


def jargon_terms():
    return list(apps.get_model("plainlanguage", "JargonTerm").objects.values_list("term", "plain_alternative"))


def jargon_in(text, terms):
    """The (term, plain alternative) pairs whose words occur in `text` in any form, in the order of `terms`."""
    padded = f" {' '.join(stems(text))} "
    found = []
    for term, plain in terms:
        term_stems = stems(term)
        if term_stems and f" {' '.join(term_stems)} " in padded:
            found.append(JargonFound(term, plain))
    return found


def longest_sentences(text, limit=LONGEST_SHOWN):
    """The sentences the reading age counts, longest first."""
    found = [Sentence(match.strip(), len(match.split())) for match in sentences(text)]
    return sorted(found, key=lambda sentence: -sentence.words)[:limit]


def check(html, terms=None, target=None):
    """The helper's figures for a piece of rich text."""
    text = plain_text(html)
    readability = measure(html)
    target_min, target_max = target or reading_age_target()
    return PlainLanguageReport(
        words=readability.words,
        reading_age=readability.reading_age,
        target_min=target_min,
        target_max=target_max,
        longest_sentences=longest_sentences(text) if readability.words else [],
        jargon=jargon_in(text, jargon_terms() if terms is None else terms),
    )


def jargon_for_browser(terms=None):
    """Each term with its stems, so the live helper finds the same word forms the server does."""
    return [
        {"term": term, "plain": plain, "stems": stems(term)}
        for term, plain in (jargon_terms() if terms is None else terms)
    ]
