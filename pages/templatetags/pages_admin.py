from django import template

from pages.launch import launch_blockers

register = template.Library()


@register.inclusion_tag("admin/pages/launch_checklist.html")
def launch_checklist():
    """On the admin home: what still blocks going live, for every member of staff to see."""
    return {"blockers": [text for _, text in launch_blockers()]}
