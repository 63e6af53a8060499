"""Finding side-effect terms in a reader's question, whatever the word form, capitals or punctuation.

Text and terms are both split into words and each word is reduced to its stem with the Snowball
English stemmer ('rashes' and 'rash' → 'rash', 'vomited' → 'vomit'); a trailing 'i' is dropped as well,
so that adjectives such as 'itchy' and 'dizzy' meet 'itch' and 'dizziness'. A term matches where its
stems appear as consecutive words of the text: 'stomach cramps' finds 'Stomach-cramping', never 'pain'
inside 'Spain' or 'painting'.
"""

import re
from functools import lru_cache

import snowballstemmer

_WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = re.compile(r"['’]")
_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=4096)
def stem(word):
    stemmed = _stemmer.stemWord(word.lower())
    return stemmed[:-1] if len(stemmed) > 3 and stemmed.endswith("i") else stemmed


def stems(text):
    """The text's words, each reduced to its stem, in order."""
    return [stem(word) for word in _WORD.findall(_APOSTROPHES.sub("", text))]


def any_term_in(text, terms):
    """Whether any of `terms` (words or phrases) occurs in `text`."""
    words = stems(text)
    padded = f" {' '.join(words)} "
    for term in terms:
        term_stems = stems(term)
        if term_stems and f" {' '.join(term_stems)} " in padded:
            return True
    return False
