from django.apps import AppConfig


class RateLimitsConfig(AppConfig):
    """Who is asking, and how often: the client's address, per-client limits and body-size limits on public forms."""

    name = "ratelimits"
    verbose_name = "Rate limits"
