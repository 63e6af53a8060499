"""Mark the first use of each glossary term on a page as a definition readers can open.

Each first use becomes a button that opens the definition in a popover: the browser does it from the
`popovertarget` attribute alone, so it works with the keyboard and without JavaScript, and screen
readers hear a button that expands. The definition also links to the glossary entry. Text inside
links, buttons and headings is left alone (a button cannot sit inside a link, and headings stay plain).
"""

import re
from html import escape

from django.urls import reverse
from django.utils.safestring import mark_safe

from caching import versions
from glossary.models import Term

_TAG = re.compile(r"(<[^>]+>)")
_SKIP = {"a", "button", "h1", "h2", "h3", "h4", "h5", "h6", "summary", "caption"}


class Glossary:
    """The published terms, read in one query, ready to mark any number of pieces of HTML on one page."""

    def __init__(self, terms=None):
        if terms is None:
            terms = list(Term.objects.published().only("title", "slug", "summary", "other_names"))
        self.by_name = {name.lower(): term for term in terms for name in term.names()}
        names = sorted(self.by_name, key=len, reverse=True)
        self.pattern = (
            re.compile(r"\b(" + "|".join(re.escape(name) for name in names) + r")\b", re.IGNORECASE) if names else None
        )
        self.index_url = reverse("glossary:index")

    @classmethod
    def published(cls):
        """The published terms, compiled once per content version (and again when a scheduled term goes live)."""
        return versions.remembered("glossary", cls)

    def mark(self, parts):
        """`parts` (HTML strings in reading order) with the first use of each term marked, across all of them."""
        seen = set()
        return [mark_safe(self._mark_one(html or "", seen)) for html in parts]

    def _mark_one(self, html, seen):
        if self.pattern is None:
            return html
        out, skipping = [], []
        for piece in _TAG.split(html):
            if piece.startswith("<"):
                tag = re.match(r"</?\s*([a-zA-Z0-9]+)", piece)
                name = tag.group(1).lower() if tag else ""
                if name in _SKIP:
                    if piece.startswith("</"):
                        if skipping:
                            skipping.pop()
                    elif not piece.endswith("/>"):
                        skipping.append(name)
                out.append(piece)
            elif skipping or not piece.strip():
                out.append(piece)
            else:
                out.append(self.pattern.sub(lambda match: self._define(match, seen), piece))
        return "".join(out)

    def _define(self, match, seen):
        term = self.by_name[match.group(1).lower()]
        if term.slug in seen:
            return match.group(0)
        seen.add(term.slug)
        target = f"define-{term.slug}"
        return (
            f'<button type="button" class="glossary-term" popovertarget="{target}">{match.group(0)}</button>'
            f'<span class="glossary-definition" id="{target}" popover>'
            f"<strong>{escape(term.title)}</strong>: {escape(term.summary)} "
            f'<a href="{self.index_url}#{term.slug}">{escape(term.title)} in the glossary</a></span>'
        )
