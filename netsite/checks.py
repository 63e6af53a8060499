"""System checks for settings that the site cannot run safely without."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, register


@register()
def site_url_check(app_configs, **kwargs):
    """SITE_URL must be a plain http(s) address: absolute links never come from the request's headers."""
    site_url = getattr(settings, "SITE_URL", "")
    hint = "Set the SITE_URL environment variable to the site's public address, e.g. https://nets.example.org."
    if not site_url:
        return [Error("SITE_URL is not set.", hint=hint, id="netsite.E001")]
    parts = urlsplit(site_url)
    if parts.scheme not in {"http", "https"} or not parts.netloc or parts.path or parts.query or parts.fragment:
        return [Error(f"SITE_URL must be a scheme and host only, not {site_url!r}.", hint=hint, id="netsite.E002")]
    return []
