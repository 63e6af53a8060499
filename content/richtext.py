"""What the server's sanitiser takes out of a rich-text field, in words an editor understands.

The sanitiser (`content.models.sanitise_html`) is the gate; this only reports what it will remove, so
that a save that changes an editor's text never passes with nothing more than 'saved successfully'.
"""

from collections import Counter
from html.parser import HTMLParser
from urllib.parse import urlsplit

from content.models import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, HEADING_LEVELS, LINK_SCHEMES, renamed_headings

# Removed together with everything inside them.
DROPPED_WITH_CONTENT = {"script", "style", "template", "iframe", "object", "svg", "math", "noscript"}
# Attributes the sanitiser sets itself, so an editor's own value is not news.
MANAGED_ATTRIBUTES = {"a": {"rel"}}


class _Removals(HTMLParser):
    def __init__(self, heading_levels):
        super().__init__(convert_charrefs=True)
        self.removed = Counter()
        self.renames = renamed_headings(heading_levels)

    def handle_starttag(self, tag, attrs):
        if tag in self.renames:
            self.removed[f"<{tag}> heading, changed to <{self.renames[tag]}>"] += 1
            tag = self.renames[tag]
        elif tag in DROPPED_WITH_CONTENT:
            self.removed[f"<{tag}> element with everything inside it"] += 1
            return
        elif tag not in ALLOWED_TAGS:
            self.removed[f"<{tag}> element (its text was kept)"] += 1
            return
        allowed = ALLOWED_ATTRIBUTES.get(tag, set()) | MANAGED_ATTRIBUTES.get(tag, set())
        for name, value in attrs:
            if name not in allowed:
                self.removed[f"{name} attribute on <{tag}>"] += 1
            elif name == "href" and value and not _allowed_address(value):
                self.removed[f"link to '{value[:60]}' (its text was kept)"] += 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_comment(self, data):
        self.removed["comment"] += 1


def _allowed_address(href):
    scheme = urlsplit(href.strip()).scheme.lower()
    return not scheme or scheme in LINK_SCHEMES


def removed_by_sanitising(html, heading_levels=HEADING_LEVELS):
    """Descriptions of everything saving `html` removes or changes, each with how many times, in order found."""
    parser = _Removals(heading_levels)
    parser.feed(html or "")
    parser.close()
    return [f"{count} × {what}" if count > 1 else what for what, count in parser.removed.items()]
