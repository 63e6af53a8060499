"""Which outside addresses the site links to: only these may be shown on the 'leaving the site' page."""

from html import escape
from urllib.parse import urlsplit

from django.db.models import Q, URLField

from content.models import content_models


def is_external(url):
    parts = urlsplit(url)
    return parts.scheme in {"http", "https"} and bool(parts.netloc)


def is_linked_from_published_content(url):
    """True if a published page of any content type links to `url` (in its body or a web-address field)."""
    if not is_external(url):
        return False
    for model in content_models():
        query = Q(body__contains=f'href="{escape(url)}"')
        for field in model._meta.concrete_fields:
            if isinstance(field, URLField):
                query |= Q(**{field.name: url})
        if model.objects.published().filter(query).exists():
            return True
    return False
