from django.views.generic import DetailView, ListView

from content.views import PublishedMixin
from stories.models import Story


class StoryListView(PublishedMixin, ListView):
    model = Story
    paginate_by = 10
    page_cache_query_params = ("page",)
    template_name = "stories/story_list.html"
    context_object_name = "stories"

    def get_queryset(self):
        return super().get_queryset().order_by("-published_at", "-pk")


class StoryDetailView(PublishedMixin, DetailView):
    model = Story
    template_name = "stories/story_detail.html"
    context_object_name = "story"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["related_treatments"] = self.object.treatments.published()
        return context
