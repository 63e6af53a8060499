"""What changed between two versions of a content item, shown the way a reviewer needs to read it.

Rich text is compared word by word, not line by line: both versions are split into tags and words,
the words (and the tags, so moved structure lines up) are matched with difflib, and the result keeps
the tags of the new version, so headings, lists and links render as readers will see them. Added
words are wrapped in <ins>, removed ones in <del>, each with screen-reader text; the output is run
through the sanitiser again, so nothing an editor typed can reach the admin page as markup.
"""

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from html import escape
from html.parser import HTMLParser

import nh3
from django.db import models
from django.db.models.fields.files import FieldFile
from django.utils import formats
from django.utils.safestring import mark_safe
from django.utils.text import capfirst

# What may appear in a comparison: the tags of editors' rich text plus the diff's own marks.
DIFF_TAGS = {
    "p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "a", "blockquote", "abbr",
    "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td", "caption", "code", "ins", "del", "span",
}  # fmt: skip
DIFF_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "th": {"scope"},
    "ins": {"class"},
    "del": {"class"},
    "span": {"class"},
}
VOID_TAGS = {"br", "hr", "img", "wbr"}
# A word (with inner apostrophes or hyphens: "don't", "well-being") or one mark of punctuation.
WORD = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]")
MARKS = {
    "ins": '<ins class="diff-added"><span class="visually-hidden">added: </span>',
    "del": '<del class="diff-removed"><span class="visually-hidden">removed: </span>',
}


@dataclass(frozen=True)
class Token:
    kind: str  # "start", "end", "void" (<br>), "word" or "href" (a link's address, compared on its own)
    text: str  # as written out: the tag's HTML, the word itself, or the address
    key: str  # what is compared: a link's tag without its address, so a new address shows as a change
    name: str = ""  # the tag's name
    space: str = ""  # the whitespace that followed it


class _Tokeniser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tokens = []

    def _add(self, token):
        self.tokens.append(token)

    def handle_starttag(self, tag, attrs):
        kept = [(name, value) for name, value in attrs if value is not None]
        html = "<" + tag + "".join(f' {name}="{escape(value)}"' for name, value in kept) + ">"
        if tag == "a":
            rest = [(name, value) for name, value in kept if name != "href"]
            key = "<a" + "".join(f' {name}="{value}"' for name, value in rest) + ">"
            self._add(Token("start", html, key, tag))
            href = dict(kept).get("href", "")
            self._add(Token("href", href, "href " + href, tag))
        else:
            self._add(Token("void" if tag in VOID_TAGS else "start", html, html, tag))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag not in VOID_TAGS:
            self._add(Token("end", f"</{tag}>", f"</{tag}>", tag))

    def handle_data(self, data):
        position = 0
        for match in WORD.finditer(data):
            self._trailing_space(data[position : match.start()])
            self._add(Token("word", match.group(), match.group()))
            position = match.end()
        self._trailing_space(data[position:])

    def _trailing_space(self, text):
        if text and self.tokens:
            last = self.tokens[-1]
            self.tokens[-1] = Token(last.kind, last.text, last.key, last.name, last.space + " ")


def tokenise(html):
    parser = _Tokeniser()
    parser.feed(html or "")
    parser.close()
    return parser.tokens


def _balanced(tokens):
    """True if every tag opened in `tokens` is closed in them, so they can be shown as a whole."""
    open_tags = []
    for token in tokens:
        if token.kind == "start":
            open_tags.append(token.name)
        elif token.kind == "end" and (not open_tags or open_tags.pop() != token.name):
            return False
    return not open_tags


def _written(token):
    return (escape(token.text) if token.kind == "word" else token.text) + token.space


def _marked(tokens, mark, keep_tags):
    """Write `tokens` with each run of words inside one <ins> or <del> mark."""
    out, run = [], []

    def flush():
        if run:
            words = "".join(_written(token) for token in run)
            stripped = words.rstrip()
            out.append(f"{MARKS[mark]}{stripped}</{mark}>{words[len(stripped) :]}")
            run.clear()

    for position, token in enumerate(tokens):
        if token.kind == "word":
            run.append(token)
        elif token.kind == "href":
            # An address changed under an unchanged link (its tag came just before this range) is news;
            # a whole new or removed link shows as its words.
            if position == 0:
                flush()
                verb = "now goes to" if mark == "ins" else "went to"
                out.append(f"{MARKS[mark]}(link {verb} {escape(token.text)})</{mark}> ")
        elif keep_tags:
            flush()
            out.append(_written(token))
    flush()
    return out


def diff_html(old, new):
    """The new version of rich text, with words added and removed since `old` marked; safe to show."""
    before, after = tokenise(old), tokenise(new)
    matcher = SequenceMatcher(None, [t.key for t in before], [t.key for t in after], autojunk=False)
    out = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out += [_written(token) for token in after[j1:j2] if token.kind != "href"]
            continue
        if op in {"delete", "replace"}:
            removed = before[i1:i2]
            out += _marked(removed, "del", keep_tags=_balanced(removed))
        if op in {"insert", "replace"}:
            out += _marked(after[j1:j2], "ins", keep_tags=True)
    return _clean("".join(out))


def diff_text(old, new):
    """The same for plain text (a title, a summary): escaped first, so it is never read as markup."""
    return diff_html(escape(old or ""), escape(new or ""))


def render_html(html):
    """Rich text as readers will see it, with nothing marked (a first publication)."""
    return diff_html(html, html)


def _clean(html):
    return mark_safe(nh3.clean(html, tags=DIFF_TAGS, attributes=DIFF_ATTRIBUTES, link_rel="noopener noreferrer"))


# Comparing whole versions ------------------------------------------------------------------------


@dataclass
class Change:
    """One field that differs, ready for the template (`kind` says which parts are filled)."""

    label: str
    kind: str  # "text" (with `diff`), "value" (before/after), "image" (before/after URLs) or "links"
    rich: bool = False
    diff: str = ""
    before: str = ""
    after: str = ""
    added: list = field(default_factory=list)
    removed: list = field(default_factory=list)
    kept: list = field(default_factory=list)


def live_version(item):
    """The values and links readers see now (the row's own columns)."""
    return {**item.content_values(), **{name: _ids(getattr(item, name).all()) for name in item.link_field_names()}}


def working_version(item):
    """The version being worked on: the live values and links with any change waiting applied."""
    copy = item.working_copy()
    links = {name: _ids(getattr(copy, name).all()) for name in copy.link_field_names()}
    pending_links = {name: copy.pending[name] for name in copy.link_field_names() if name in (copy.pending or {})}
    return {**copy.content_values(), **links, **pending_links}


def revision_version(model, version):
    """A saved revision's values, keyed like the others (a link field is absent if it was not stored)."""
    values = {}
    for name in [*model.content_field_names(), *model.link_field_names()]:
        model_field = model._meta.get_field(name)
        for key in (name, model_field.attname):
            if key in version.field_dict:
                values[name] = version.field_dict[key]
    return values


def compare(model, old, new):
    """[Change] for every content field and link that differs between two versions (dicts as above).

    With `old` None (nothing is live yet), every field that has a value is listed as it will appear.
    """
    first = old is None
    old = new if first else old
    changes = []
    for name in model.content_field_names():
        model_field = model._meta.get_field(name)
        if not model_field.editable or name not in new:
            continue  # derived fields (a resized picture) change with the field they come from
        before, after = _normal(model_field, old.get(name)), _normal(model_field, new.get(name))
        if (before == after and not first) or (first and after in ("", None)):
            continue
        changes.append(_field_change(model, model_field, before, after))
    for name in model.link_field_names():
        if name in old and name in new:
            change = _links_change(model._meta.get_field(name), old[name], new[name])
            if change.added or change.removed or (first and change.kept):
                changes.append(change)
    return changes


def _field_change(model, model_field, before, after):
    label = capfirst(model_field.verbose_name)
    if isinstance(model_field, models.FileField):
        return Change(label, "image", before=_file_url(model_field, before), after=_file_url(model_field, after))
    if isinstance(model_field, (models.CharField, models.TextField)) and not model_field.choices:
        if model_field.name in getattr(model, "rich_text_fields", ()):
            return Change(label, "text", rich=True, diff=diff_html(before, after))
        return Change(label, "text", diff=diff_text(before, after))
    return Change(label, "value", before=_display(model_field, before), after=_display(model_field, after))


def _links_change(model_field, old_ids, new_ids):
    old_ids, new_ids = {int(pk) for pk in old_ids}, {int(pk) for pk in new_ids}
    related = model_field.related_model._default_manager.in_bulk(old_ids | new_ids)

    def names(ids):
        return sorted(str(related[pk]) if pk in related else f"(deleted, number {pk})" for pk in ids)

    return Change(
        capfirst(model_field.verbose_name),
        "links",
        added=names(new_ids - old_ids),
        removed=names(old_ids - new_ids),
        kept=names(old_ids & new_ids),
    )


def _ids(queryset):
    return sorted(queryset.values_list("pk", flat=True))


def _normal(model_field, value):
    """One comparable value whatever the source: a pending change's JSON, a revision or the row itself."""
    if isinstance(value, FieldFile):
        return value.name or ""
    if isinstance(model_field, models.FileField):
        return value or ""
    if isinstance(model_field, models.ForeignKey):
        return None if value in ("", None) else model_field.target_field.to_python(value)
    if value is None and isinstance(model_field, (models.CharField, models.TextField)):
        return ""
    return model_field.to_python(value)


def _display(model_field, value):
    if value in ("", None):
        return "(empty)"
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(model_field, models.BooleanField):
        return "Yes" if value else "No"
    if isinstance(model_field, models.ForeignKey):
        related = model_field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related else f"(deleted, number {value})"
    return str(formats.localize(value))


def _file_url(model_field, name):
    return model_field.storage.url(name) if name else ""
