"""One sitemap for every published page: each content model's pages, plus the section pages.

Content models are found by their shared base, so a new content app appears here without being listed.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.db.models.functions import Greatest
from django.urls import reverse

from content.models import content_models
from content.sections import site_sections


class SiteUrlSitemap(Sitemap):
    """Addresses built from SITE_URL, never from the request's Host or X-Forwarded-Proto."""

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc


class ContentSitemap(SiteUrlSitemap):
    def __init__(self, model):
        self.model = model

    def items(self):
        return self.model.objects.published().order_by("pk")

    def lastmod(self, item):
        # A page scheduled for later changes for readers when it goes live, not when it was last saved.
        return max(filter(None, [item.updated_at, item.published_at]))


class SectionSitemap(SiteUrlSitemap):
    """The home page and each section's list; each changes when the newest page it lists does."""

    def items(self):
        self.changed = self._last_changes()
        return ["home", *(section.url_name for section in site_sections())]

    def location(self, item):
        return reverse(item)

    def lastmod(self, item):
        return self.changed.get(item)

    @staticmethod
    def _last_changes():
        """{list's URL name: when the newest page on it changed}, and the newest of all for the home page."""
        changed = {}
        for model in content_models():
            newest = model.objects.published().aggregate(newest=Max(Greatest("updated_at", "published_at")))["newest"]
            if newest is None:
                continue
            for url_name in (*model.listed_on, "home"):
                changed[url_name] = max(newest, changed.get(url_name, newest))
        return changed


def site_sitemaps():
    return {
        "sections": SectionSitemap(),
        **{model._meta.label_lower: ContentSitemap(model) for model in content_models() if model.has_own_page},
    }
