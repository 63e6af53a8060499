"""`{% remembered %}` and `{% live %}`: parts of pages rendered once per content version (caching.versions)."""

import logging
from contextvars import ContextVar

from django import template
from django.template import RequestContext
from django.utils.functional import SimpleLazyObject

from caching import versions

register = template.Library()
logger = logging.getLogger(__name__)

# What context processors give that differs from one reader to the next: a kept part must not use any of it.
READERS_OWN = (
    "csrf_token",
    "messages",
    "cookie_choice",
    "show_cookie_banner",
    "additional_cookies_allowed",
    "user",
    "perms",
)
# Stands in the kept text for each live part; the text of a page never holds a NUL.
LIVE_MARK = "\x00live\x00"
_live_parts = ContextVar("live_parts", default=None)


@register.tag
def remembered(parser, token):
    """The enclosed part rendered once per content version for each key (see caching.versions).

    {% load versions_tags %}{% remembered "quotes" treatment.pk %}…{% endremembered %}
    Only for what is the same for every reader at that key; anything that differs per reader (a CSRF token,
    the reader's vote, a message, their cookie choice) goes inside `{% live %}…{% endlive %}` within it. A key
    part that is None, or a staff preview, keeps nothing. A part that uses a reader's own value outside `{% live %}`
    is shown correctly but not kept, with a warning in the log.
    """
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError("{% remembered %} needs a name, and may take values it varies on.")
    nodelist = parser.parse(("endremembered",))
    parser.delete_first_token()
    return RememberedNode(nodelist, [parser.compile_filter(bit) for bit in bits])


@register.tag
def live(parser, token):
    """Inside `{% remembered %}`: rendered for every request.

    {% live %}…{% endlive %} or {% live treatment %}…{% endlive %}. A live part of a whole page (base.html's
    "page") is rendered for a repeat read without the view (`render_kept_page`): it sees what the context
    processors give (the reader's own values, `request`) and the page's values it names, as they were when
    the page was kept; nothing else of the view's context. Inside a smaller part, it sees the current context.
    """
    nodelist = parser.parse(("endlive",))
    parser.delete_first_token()
    return LiveNode(nodelist, token.split_contents()[1:])


def render_kept_page(request):
    """This address's page as base.html kept it for the content version, with this reader's live parts; or None."""
    key = versions.page_key(request)
    name = f"fragment:page:{key}"
    found = key and versions.kept(name, request)
    if not found:
        return None
    texts, live_parts, page_template = found
    context = RequestContext(request)
    with context.render_context.push_state(page_template), context.bind_template(page_template):
        return _with_live_parts(name, texts, live_parts, context)


def _with_live_parts(name, texts, live_parts, context):
    rendered = [texts[0]]
    with versions.noting_reads(name):
        for (live_part, values), text in zip(live_parts, texts[1:], strict=True):
            with context.push(values):
                rendered += [live_part.nodelist.render(context), text]
    return "".join(rendered)


class RememberedNode(template.Node):
    def __init__(self, nodelist, key):
        self.nodelist = nodelist
        self.key = key

    def render(self, context):
        if _live_parts.get() is not None:  # inside a part being kept: that copy holds this one too
            return self.nodelist.render(context)
        key = [part.resolve(context, ignore_failures=True) for part in self.key]
        if None in key or context.get("preview"):
            return self.nodelist.render(context)
        name = "fragment:" + ":".join(map(str, key))
        texts, live_parts, _template = versions.remembered(name, lambda: self._kept(name, context))
        return _with_live_parts(name, texts, live_parts, context)

    def _kept(self, name, context):
        """The part's text cut where each live part goes, and those live parts; NotKept if it used a reader's own."""
        used = []
        watched = {
            variable: SimpleLazyObject(
                lambda variable=variable, value=context[variable]: used.append(variable) or value
            )
            for variable in READERS_OWN
            if variable in context
        }
        live_parts = []
        token = _live_parts.set(live_parts)
        try:
            with context.push(watched):
                texts = self.nodelist.render(context).split(LIVE_MARK)
        finally:
            _live_parts.reset(token)
        kept = (texts, live_parts, context.template)
        if used:
            logger.warning("%s used %s outside {%% live %%}: shown but not kept", name, ", ".join(sorted(set(used))))
            raise versions.NotKept(kept)
        return kept


class LiveNode(template.Node):
    def __init__(self, nodelist, names):
        self.nodelist = nodelist
        self.names = names

    def render(self, context):
        live_parts = _live_parts.get()
        if live_parts is None:
            return self.nodelist.render(context)
        live_parts.append((self, {name: context.get(name) for name in self.names}))
        return LIVE_MARK
