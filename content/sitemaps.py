"""One sitemap for every published page: each content model's pages, plus the section pages.

Content models are found by their shared base, so a new content app appears here without being listed.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
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
        return item.updated_at


class SectionSitemap(SiteUrlSitemap):
    def items(self):
        return ["home", *(section.url_name for section in site_sections())]

    def location(self, item):
        return reverse(item)


def site_sitemaps():
    return {
        "sections": SectionSitemap(),
        **{model._meta.label_lower: ContentSitemap(model) for model in content_models() if model.has_own_page},
    }
