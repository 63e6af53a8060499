"""What the site search covers, declared by the apps that own the content.

An app contributes by giving its AppConfig `search_models = ["ModelName", ...]`, naming
ContentPage subclasses of that app that also inherit `search.models.Searchable`; each is
searched over its published() rows by title, summary and body.
"""

from django.apps import apps


def searchable_models():
    """Every model an app has declared, in app order, so results are stable between requests."""
    found = []
    for config in apps.get_app_configs():
        for name in getattr(config, "search_models", ()):
            found.append(config.get_model(name))
    return found


def query_expanders():
    """Each app's `expand_search(q)` (the glossary's other names), so search needs no import of those apps."""
    return [
        config.expand_search for config in apps.get_app_configs() if callable(getattr(config, "expand_search", None))
    ]
