"""Which outside addresses the site links to: only these may be shown on the 'leaving the site' page."""

from functools import reduce
from html import escape
from html.parser import HTMLParser
from operator import or_
from urllib.parse import urlsplit

from django.db.models import Q, URLField

from content.models import content_models


def is_external(url):
    parts = urlsplit(url)
    return parts.scheme in {"http", "https"} and bool(parts.netloc)


class _Hrefs(HTMLParser):
    """Every <a href> in a piece of HTML, as the browser would read it (entities decoded)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs = set()

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs.update(value for name, value in attrs if name == "href" and value)


def links_in(html):
    parser = _Hrefs()
    parser.feed(html or "")
    parser.close()
    return parser.hrefs


def is_linked_from_published_content(url):
    """True if a published page of any content type links to `url` (a real link in one of its rich-text fields, or a web-address field).

    The database narrows the search to bodies that mention the address; each is then parsed, so an
    address written as plain text (or inside an attribute other than a link's href) does not count.
    """
    if not is_external(url):
        return False
    for model in content_models():
        url_fields = [field.name for field in model._meta.concrete_fields if isinstance(field, URLField)]
        published = model.objects.published()
        if url_fields and published.filter(reduce(or_, (Q(**{name: url}) for name in url_fields))).exists():
            return True
        for name in model.rich_text_fields:
            mentions = published.filter(
                Q(**{f"{name}__contains": escape(url)}) | Q(**{f"{name}__contains": url})
            ).values_list(name, flat=True)
            if any(url in links_in(html) for html in mentions.iterator()):
                return True
    return False
