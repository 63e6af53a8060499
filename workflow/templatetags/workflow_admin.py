from django import template

from workflow.review import may_see_review_due

register = template.Library()


@register.simple_tag(takes_context=True)
def review_due_visible(context):
    return may_see_review_due(context["request"].user)
