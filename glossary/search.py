"""What the glossary tells site search: the other names of terms a query names, and the pages explaining them."""

import re
from dataclasses import dataclass, field

from caching import versions
from glossary.models import Term


@dataclass
class Expansion:
    alternatives: list = field(default_factory=list)  # other ways to write what was asked for, as phrases
    explained_by: dict = field(default_factory=dict)  # model label -> ids of the pages that explain it


def _words(text):
    return re.findall(r"\w+", text.lower())


def _published_names():
    """Each published term's names as word tuples and the page explaining it, and the names by their first word."""
    terms, by_first_word = [], {}
    for index, term in enumerate(Term.objects.published().only("title", "other_names", "explained_by")):
        names = [name for name in (tuple(_words(name)) for name in term.names()) if name]
        terms.append((names, term.explained_by_id))
        for name in names:
            by_first_word.setdefault(name[0], []).append((name, index))
    return terms, by_first_word


def expand(q):
    """Every name of each published term that `q` names (whole words, any capitals, a plural 's' allowed).

    The terms' names are read once per content version (caching.versions), not on every search.
    """
    asked = _words(q)
    singular = [word[:-1] if len(word) > 3 and word.endswith("s") else word for word in asked]
    terms, by_first_word = versions.remembered("glossary-search-names", _published_names)
    named = {
        index
        for words in (asked, singular)
        for start, word in enumerate(words)
        for name, index in by_first_word.get(word, ())
        if tuple(words[start : start + len(name)]) == name
    }
    expansion = Expansion()
    for index in sorted(named):
        names, explained_by_id = terms[index]
        expansion.alternatives += [" ".join(name) for name in names if " ".join(name) not in expansion.alternatives]
        if explained_by_id:
            label = Term._meta.get_field("explained_by").related_model._meta.label_lower
            expansion.explained_by.setdefault(label, set()).add(explained_by_id)
    return expansion
