import re
from html import unescape
from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils.safestring import mark_safe

register = template.Library()

# Bodies are sanitised by nh3 on save, which always writes attributes in double quotes.
EXTERNAL_LINK = re.compile(r'<a ([^>]*?)href="(https?://[^"]+)"([^>]*)>(.*?)</a>', re.DOTALL)


@register.filter
def external_links(html):
    """Send links to other websites through the 'leaving the site' notice, and say they leave the site."""

    def rewrite(match):
        before, url, after, text = match.groups()
        notice = reverse("leaving:notice") + "?" + urlencode({"to": unescape(url)})
        return (
            f'<a {before}href="{notice}"{after} class="external-link" data-print-url="{url}">{text}'
            '<span class="visually-hidden"> (leaves this site)</span></a>'
        )

    return mark_safe(EXTERNAL_LINK.sub(rewrite, html or ""))
