import json

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

# Escapes that keep JSON inert inside a <script> element (as Django's json_script does).
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def structured_data(item):
    """schema.org JSON-LD for a content page, using the type its model declares."""
    data = {
        "@context": "https://schema.org",
        "@type": item.schema_type,
        "name": item.title,
        "description": item.summary,
        "url": settings.SITE_URL + item.get_absolute_url(),
        "inLanguage": "en-GB",
        "dateModified": item.updated_at.isoformat(),
    }
    if item.date_of_preparation:
        data["lastReviewed"] = item.date_of_preparation.isoformat()
    return _json_ld(data)


@register.simple_tag
def faq_structured_data(topics):
    """schema.org FAQPage for the FAQs page: every published question, answered by its plain-text summary."""
    questions = [
        {
            "@type": "Question",
            "name": answer.title,
            "acceptedAnswer": {"@type": "Answer", "text": answer.summary},
        }
        for topic in topics
        for answer in topic.answers
    ]
    return _json_ld({"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": questions})


def _json_ld(data):
    payload = json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))
