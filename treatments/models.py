from django.db import models
from django.urls import reverse

from content.models import ContentPage
from search.models import Searchable

RICH_TEXT_HELP = (
    "Use the toolbar: headings, lists, bold, italic, links. Pasted formatting the site does not allow is removed, "
    "and you are told what."
)


def _part(label, help_text):
    return models.TextField(label, blank=True, help_text=f"{help_text} {RICH_TEXT_HELP}")


class Treatment(Searchable, ContentPage):
    """A treatment page, written in the same parts, in the same order, for every treatment.

    `body` is the first part ("What it is and how it works"): it keeps the column, the search index
    and the history that pages had before the page was split into parts.
    """

    class Category(models.TextChoices):
        ESTABLISHED = "established", "Established treatment"
        IN_DEVELOPMENT = "in_development", "Treatment under development"

    category = models.CharField(max_length=20, choices=Category, default=Category.ESTABLISHED)
    order = models.PositiveSmallIntegerField(
        default=0, help_text="Treatments are listed from the lowest number to the highest."
    )
    body = _part("What it is and how it works", "What the treatment is and how it works, in plain words.")
    who_it_is_for = _part("Who it is for", "Which people with NETs may be offered it, and why.")
    before_during_after = _part(
        "Before, during and after", "What happens before the treatment, on the day, and in the days and weeks after."
    )
    side_effects_common = _part("Common side effects", "Side effects many people have, and how to manage them.")
    side_effects_contact_team = _part(
        "Contact your team straight away if", "Signs that need a call to the team (or NHS 111) the same day."
    )
    side_effects_call_999 = _part("Call 999 if", "Signs of an emergency.")
    questions_to_ask = _part("Questions to ask your team", "Questions readers may want to take to their appointment.")
    references = _part("References", "The sources this page is based on: real, checkable guidance, one per list item.")

    rich_text_fields = (
        "body",
        "who_it_is_for",
        "before_during_after",
        "side_effects_common",
        "side_effects_contact_team",
        "side_effects_call_999",
        "questions_to_ask",
        "references",
    )
    # Search reads every part a reader reads, except the list of sources.
    searched_text_fields = rich_text_fields[:-1]
    # Each part sits under one of the page's own h2 section headings (SECTIONS).
    rich_text_heading_levels = (3, 4)
    schema_type = "MedicalWebPage"
    listed_on = ("treatments:list",)

    class Meta(ContentPage.Meta):
        ordering = ["order", "title"]
        verbose_name = "treatment"

    def get_absolute_url(self):
        return reverse("treatments:detail", args=[self.slug])

    # (anchor, heading, fields): the page's sections in reading order; side effects are one section of three groups.
    SECTIONS = [
        ("how-it-works", "What it is and how it works", ["body"]),
        ("who-it-is-for", "Who it is for", ["who_it_is_for"]),
        ("before-during-after", "Before, during and after", ["before_during_after"]),
        ("side-effects", "Side effects", ["side_effects_common", "side_effects_contact_team", "side_effects_call_999"]),
        ("questions", "Questions to ask your team", ["questions_to_ask"]),
        ("references", "References", ["references"]),
    ]
    SIDE_EFFECT_HEADINGS = {
        "side_effects_common": "Common side effects",
        "side_effects_contact_team": "Contact your team straight away if you have",
        "side_effects_call_999": "Call 999 if you have",
    }

    def missing_parts(self):
        """The parts still empty: a page is complete when this is empty."""
        return [
            self._meta.get_field(name).verbose_name for name in self.rich_text_fields if not getattr(self, name).strip()
        ]
