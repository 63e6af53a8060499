class PublishedMixin:
    """For list and detail views: fetch only what the public may see, so anything else is a 404."""

    def get_queryset(self):
        return self.model.objects.published()
