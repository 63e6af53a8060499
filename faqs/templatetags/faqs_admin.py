from django import template
from django.urls import reverse

from faqs.models import SubmittedQuestion

register = template.Library()


@register.inclusion_tag("admin/faqs/flagged_questions.html", takes_context=True)
def flagged_questions(context):
    """On the admin home, for those who may see readers' questions: possible side effects still to report."""
    user = context["request"].user
    if not user.has_perm("faqs.view_submittedquestion"):
        return {"shown": False}
    return {
        "shown": True,
        "count": SubmittedQuestion.objects.awaiting_report().count(),
        "url": reverse("admin:faqs_submittedquestion_changelist") + "?pv=open",
    }
