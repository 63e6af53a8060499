from django import template

from plainlanguage.report import check, jargon_for_browser

register = template.Library()


@register.inclusion_tag("plainlanguage/helper.html")
def plain_language_helper(html, field_id, live=True, label=""):
    """The helper's figures for `html`; with `live`, the data the browser needs to update them as the editor types."""
    report = check(html or "")
    return {
        "report": report,
        "field_id": field_id,
        "label": label,
        "live": live,
        "jargon_data": jargon_for_browser() if live else None,
        "jargon_id": f"{field_id}-jargon",
    }
