from functools import cache

from django.conf import settings
from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from content.sections import site_sections


@cache
def _site_defaults():
    from pages.models import FOOTER_PAGES

    sections = site_sections()
    return {
        "site_name": settings.SITE_NAME,
        "site_description": "Clear, reviewed information for people living with neuroendocrine tumours (NETs) "
        "and those who care for them.",
        "site_sections": sections,
        "site_cards": [section for section in sections if section.card_heading],
        "footer_links": [(reverse("pages:detail", args=[slug]), text) for slug, text in FOOTER_PAGES],
    }


def site(request):
    from pages.models import SiteSettings

    # Read lazily, once per content version: an edit shows on the next page.
    return {
        **_site_defaults(),
        # Absolute addresses come from settings, never from the request's Host header (see SITE_URL).
        "site_url": settings.SITE_URL,
        "site_settings": SimpleLazyObject(SiteSettings.shown),
    }
