"""The site's main sections, declared by the apps that serve them.

An app lists itself by giving its AppConfig a `section`; the header navigation and the
'Find out more about NETs' cards are built from these, so they only ever link to what exists.
"""

from dataclasses import dataclass
from functools import cached_property

from django.apps import apps
from django.urls import reverse


@dataclass(frozen=True)
class Section:
    title: str
    url_name: str
    order: int
    card_heading: str = ""
    card_text: str = ""
    card_link: str = ""

    @cached_property  # reversed once per process: every page's navigation reads it
    def url(self):
        return reverse(self.url_name)


def site_sections():
    found = (getattr(config, "section", None) for config in apps.get_app_configs())
    return sorted((section for section in found if section), key=lambda section: section.order)
