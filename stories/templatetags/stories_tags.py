from django import template

from stories.models import Quote

register = template.Library()


@register.simple_tag
def quotes_for(treatment=None):
    """Published quotes for one treatment's page, or for the treatments overview when no treatment is given."""
    quotes = Quote.objects.published()
    if treatment is None:
        return list(quotes.filter(on_overview=True))
    return list(quotes.filter(treatments=treatment))
