"""One search over every registered model: ranked full-text on PostgreSQL, a plain match elsewhere.

`search(q)` returns a lazy queryset of {"kind", "pk", "title", "rank"} rows (one UNION query over the
models, so counting and slicing a page each cost one query); `results(rows)` turns a page of them
into the pieces the template shows, with one query per kind of content on that page.
"""

import re

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import Case, CharField, F, FloatField, Q, Value, When
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import capfirst

from search.registry import query_expanders, searchable_models

MAX_QUERY_LENGTH = 200
SNIPPET_LENGTH = 200


MAX_TERMS = 20
# A word or a "quoted phrase", either one perhaps with a leading minus (leave out pages with it).
_TERM = re.compile(r'-?"[^"]*"?|-?\w+')


def words(q):
    return re.findall(r"\w+", q.lower())[:MAX_TERMS]


def websearch_terms(q):
    """`q` reduced to what websearch_to_tsquery reads safely: at most 20 words or phrases, "or", and a minus.

    Everything else (runs of punctuation, stray operators, NUL and other control characters) is dropped:
    PostgreSQL refuses a NUL in a string and runs out of stack on long chains of operators such as "-" * 50.
    """
    terms = []
    for term in _TERM.findall(q):
        negated = term.startswith("-")
        found = re.findall(r"\w+", term)
        if not found:
            continue
        text = f'"{" ".join(found)}"' if '"' in term else found[0]
        terms.append(("-" if negated else "") + text)
    return " ".join(terms[:MAX_TERMS])


def _label(model):
    return model._meta.label_lower


# Added to the rank of a page an app says explains what was asked for (a glossary term's page), so it comes first.
EXPLAINS_BOOST = 10.0


def _boost(model, explained_by):
    ids = explained_by.get(_label(model), set())
    if not ids:
        return Value(0.0, output_field=FloatField())
    return Case(When(pk__in=ids, then=Value(EXPLAINS_BOOST)), default=Value(0.0), output_field=FloatField())


def _postgres(queryset, q, alternatives, explained_by):
    query = SearchQuery(websearch_terms(q), search_type="websearch", config="english")
    for phrase in alternatives:
        query |= SearchQuery(phrase, search_type="plain", config="english")
    explained = Q(pk__in=explained_by.get(_label(queryset.model), set()))
    return queryset.filter(Q(search_document=query) | explained).annotate(
        rank=SearchRank(F("search_document"), query) + _boost(queryset.model, explained_by)
    )


def _in_text(model, term):
    """`term` somewhere in the model's searched text fields."""
    condition = Q()
    for field in model.searched_text_fields:
        condition |= Q(**{f"{field}__icontains": term})
    return condition


def _all_words(model, terms):
    """Every word somewhere in the title, summary or searched text."""
    condition = Q()
    for term in terms:
        condition &= Q(title__icontains=term) | Q(summary__icontains=term) | _in_text(model, term)
    return condition


def _plain(queryset, q, alternatives, explained_by):
    """Every word (of the query, or of one of its other names) somewhere in the title, summary or searched
    text; a title match counts most."""
    terms = words(q)
    if not terms:
        return queryset.none().annotate(rank=Value(0.0, output_field=FloatField()))
    condition = _all_words(queryset.model, terms) | Q(pk__in=explained_by.get(_label(queryset.model), set()))
    for phrase in alternatives:
        condition |= _all_words(queryset.model, words(phrase))
    queryset = queryset.filter(condition)
    score = _boost(queryset.model, explained_by)
    for term in terms:
        score = score + Case(
            When(title__icontains=term, then=Value(1.0)),
            When(summary__icontains=term, then=Value(0.4)),
            When(_in_text(queryset.model, term), then=Value(0.2)),
            default=Value(0.0),
            output_field=FloatField(),
        )
    return queryset.annotate(rank=score)


def expansions(q):
    """Other names for what `q` asks about, and the pages that explain it, from every app that offers them."""
    alternatives, explained_by = [], {}
    for expand in query_expanders():
        found = expand(q)
        alternatives += [phrase for phrase in found.alternatives if phrase not in alternatives]
        for label, ids in found.explained_by.items():
            explained_by.setdefault(label, set()).update(ids)
    return alternatives, explained_by


def search(q):
    models = searchable_models()
    if not models or not words(q):
        return []  # nothing to look for: no words, only punctuation or symbols
    match = _postgres if connection.vendor == "postgresql" else _plain
    alternatives, explained_by = expansions(q)
    parts = [
        match(model.objects.published(), q, alternatives, explained_by)
        .annotate(kind=Value(_label(model), output_field=CharField()), ordering_title=F("title"))
        .values("kind", "pk", "ordering_title", "rank")
        .order_by()
        for model in models
    ]
    combined = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    return combined.order_by("-rank", "ordering_title", "kind", "pk")


# Tags that start or end a block of text: a space goes where each one was, so paragraphs do not run together.
BLOCK_TAG = re.compile(
    r"<(?=/?(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|br|hr|tr|td|th|table|blockquote|figure|figcaption|section|aside)\b)",
    re.IGNORECASE,
)


def plain_text(html):
    """The words of some HTML on one line, with a space between blocks ('surgery.</p><p>Every' keeps its gap)."""
    return " ".join(strip_tags(BLOCK_TAG.sub(" <", html)).split())


def highlight(text, q):
    """`text` shortened around the first matched word, HTML-escaped, matched words in <mark>."""
    text = plain_text(text)
    stems = {_stem(term) for term in words(q) if len(_stem(term)) >= 2}
    if not stems:
        return escape(text[:SNIPPET_LENGTH])
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(stem) for stem in sorted(stems)) + r")\w*", re.IGNORECASE)
    first = pattern.search(text)
    start = max(0, first.start() - 60) if first else 0
    if start:
        start = text.find(" ", start) + 1 or start
    snippet = text[start : start + SNIPPET_LENGTH]
    if start + SNIPPET_LENGTH < len(text):
        snippet = snippet.rsplit(" ", 1)[0] + " …"
    if start:
        snippet = "… " + snippet
    pieces, last = [], 0
    for found in pattern.finditer(snippet):
        pieces += [escape(snippet[last : found.start()]), f"<mark>{escape(found.group())}</mark>"]
        last = found.end()
    pieces.append(escape(snippet[last:]))
    return mark_safe("".join(pieces))  # every piece of text was escaped above


def _stem(term):
    """A rough English stem for highlighting: 'treatments' and 'treated' both mark 'treatment'."""
    for suffix in ("ments", "ment", "ings", "ing", "ies", "es", "ed", "s"):
        if term.endswith(suffix) and len(term) - len(suffix) >= 4:
            return term[: -len(suffix)]
    return term


def results(rows, q):
    """The page's rows as dicts with kind, title, url and snippet, fetching each kind in one query."""
    by_label = {_label(model): model for model in searchable_models()}
    wanted = {}
    for row in rows:
        wanted.setdefault(row["kind"], []).append(row["pk"])
    objects = {
        (kind, pk): obj for kind, pks in wanted.items() for pk, obj in by_label[kind].objects.in_bulk(pks).items()
    }
    found = []
    for row in rows:
        obj = objects.get((row["kind"], row["pk"]))
        if obj is None:
            continue
        texts = [getattr(obj, field) for field in obj.searched_text_fields]
        source = next((text for text in [obj.summary, *texts] if _matches(text, q)), obj.summary)
        found.append(
            {
                "kind": capfirst(obj._meta.verbose_name),
                "title": obj.title,
                "url": obj.get_absolute_url(),
                "snippet": highlight(source, q),
            }
        )
    return found


def _matches(text, q):
    return any(_stem(term) in text.lower() for term in words(q))
