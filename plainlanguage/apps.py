from django.apps import AppConfig


class PlainLanguageConfig(AppConfig):
    """The helper beside every rich-text field: word count, reading age, longest sentences and jargon."""

    name = "plainlanguage"
    verbose_name = "Plain language"
