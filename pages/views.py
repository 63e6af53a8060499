from django.views.generic import DetailView

from content.views import PublishedMixin
from pages.models import SitePage


class SitePageDetailView(PublishedMixin, DetailView):
    model = SitePage
    template_name = "pages/sitepage_detail.html"
    context_object_name = "page"
