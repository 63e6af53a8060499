"""What the glossary tells site search: the other names of terms a query names, and the pages explaining them."""

import re
from dataclasses import dataclass, field

from glossary.models import Term


@dataclass
class Expansion:
    alternatives: list = field(default_factory=list)  # other ways to write what was asked for, as phrases
    explained_by: dict = field(default_factory=dict)  # model label -> ids of the pages that explain it


def _words(text):
    return re.findall(r"\w+", text.lower())


def _contains(words, phrase):
    n = len(phrase)
    return n > 0 and any(words[i : i + n] == phrase for i in range(len(words) - n + 1))


def expand(q):
    """Every name of each published term that `q` names (whole words, any capitals, a plural 's' allowed)."""
    asked = _words(q)
    singular = [word[:-1] if len(word) > 3 and word.endswith("s") else word for word in asked]
    expansion = Expansion()
    terms = Term.objects.published().only("title", "other_names", "explained_by")
    for term in terms:
        names = [_words(name) for name in term.names()]
        if not any(_contains(asked, name) or _contains(singular, name) for name in names):
            continue
        expansion.alternatives += [
            " ".join(name) for name in names if name and " ".join(name) not in expansion.alternatives
        ]
        if term.explained_by_id:
            label = Term._meta.get_field("explained_by").related_model._meta.label_lower
            expansion.explained_by.setdefault(label, set()).add(term.explained_by_id)
    return expansion
