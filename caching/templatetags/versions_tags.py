"""`{% remembered %}` and `{% live %}`: parts of pages rendered once per content version (caching.versions)."""

import logging
from contextvars import ContextVar

from django import template
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
    """Inside `{% remembered %}`: rendered for every request, with the view's context (not a loop's variables)."""
    nodelist = parser.parse(("endlive",))
    parser.delete_first_token()
    return LiveNode(nodelist)


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
        texts, live_parts = versions.remembered(name, lambda: self._kept(name, context))
        if not live_parts:
            return texts[0]
        rendered = [texts[0]]
        for live_part, text in zip(live_parts, texts[1:], strict=True):
            rendered += [live_part.nodelist.render(context), text]
        return "".join(rendered)

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
        kept = (texts, live_parts)
        if used:
            logger.warning("%s used %s outside {%% live %%}: shown but not kept", name, ", ".join(sorted(set(used))))
            raise versions.NotKept(kept)
        return kept


class LiveNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        live_parts = _live_parts.get()
        if live_parts is None:
            return self.nodelist.render(context)
        live_parts.append(self)
        return LIVE_MARK
