import functools
import logging

from django import template

from caching import versions
from ratings.models import ListingPage, RatingSummary, RatingTotal, Score, summary_statement
from ratings.targets import target_token
from ratings.visitors import visitor_hash_for

logger = logging.getLogger(__name__)
register = template.Library()


@register.inclusion_tag("includes/rating.html", takes_context=True)
def rating_widget(context, target):
    """The 'Rate this content' form for a model object, or for a listing page named by its key.

    {% load ratings_tags %}{% rating_widget treatment %}   or   {% rating_widget "treatments-overview" %}
    Costs one query whatever the number of votes.
    """
    request = context.get("request")
    visitor = visitor_hash_for(request) if request else None
    if isinstance(target, str):
        key = target
        target = versions.remembered(f"listing-page:{key}", lambda: ListingPage.objects.filter(key=key).first())
        if target is None:
            logger.warning("No rated listing page %r: is it declared in rated_listings, and has migrate run?", key)
            return {}
    # Read with the content version from the second request for a kept page (caching.versions), so it costs no query.
    read = f"rating:{target._meta.label_lower}:{target.pk}"
    found = versions.read_along(read)
    summary = RatingSummary.from_row(found) if found else RatingTotal.objects.summary_for(target, visitor)
    versions.will_read_with_version(read, 3, functools.partial(_summary_statement, target))
    return {
        "token": functools.partial(target_token, target),  # signed only when the widget is kept, not per request
        # A page about a place (a clinic, a group) asks about its information, so no one rates the place itself.
        "question": getattr(target, "rating_question", "Rate this content"),
        "widget_id": f"rating-{target._meta.app_label}-{target._meta.model_name}-{target.pk}",
        "summary": summary,
        "scores": Score.choices,
        "visitor_score_label": Score(summary.visitor_score).label if summary.visitor_score else "",
        "csrf_token": context.get("csrf_token"),
    }


def _summary_statement(target, request):
    return summary_statement(target, visitor_hash_for(request))
