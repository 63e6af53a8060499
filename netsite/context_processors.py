from datetime import date
from functools import cache

from django.conf import settings

from netsite.sections import site_sections


@cache
def _site_defaults():
    sections = site_sections()
    return {
        "site_name": settings.SITE_NAME,
        "site_description": "Clear, reviewed information for people living with neuroendocrine tumours (NETs) "
        "and those who care for them.",
        "site_sponsor": settings.SITE_SPONSOR,
        "site_job_code": settings.SITE_JOB_CODE,
        "site_date_of_preparation": date.fromisoformat(settings.SITE_DATE_OF_PREPARATION),
        "site_sections": sections,
        "site_cards": [section for section in sections if section.card_heading],
    }


def site(request):
    return _site_defaults()
