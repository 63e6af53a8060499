from django.apps import AppConfig


class RateLimitsConfig(AppConfig):
    """Who is asking, and how often: the client's address and per-client limits on public forms."""

    name = "ratelimits"
