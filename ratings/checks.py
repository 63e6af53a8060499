from django.conf import settings
from django.core.checks import Error, register
from django.core.exceptions import ImproperlyConfigured

from ratelimits.clients import parse_rate


@register()
def check_ratings_settings(app_configs, **kwargs):
    errors = []
    try:
        parse_rate(settings.RATINGS_RATE_LIMIT)
    except ImproperlyConfigured:
        errors.append(
            Error(
                f"RATINGS_RATE_LIMIT is {settings.RATINGS_RATE_LIMIT!r}.",
                hint="Use N/SECONDS, e.g. 20/600 for 20 votes per 10 minutes per address, or 0 for no limit.",
                id="ratings.E001",
            )
        )
    if not isinstance(settings.TRUSTED_PROXY_COUNT, int) or settings.TRUSTED_PROXY_COUNT < 0:
        errors.append(Error("TRUSTED_PROXY_COUNT must be 0 or a positive whole number.", id="ratings.E002"))
    return errors
