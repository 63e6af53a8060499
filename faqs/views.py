from django.conf import settings
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import SimpleLazyObject
from django.views.decorators.http import require_http_methods, require_safe
from django.views.generic import TemplateView

from caching import versions
from faqs.forms import AskForm
from faqs.models import Question, SideEffectTerm, Topic, mentions_side_effect
from ratelimits.body import limit_body
from ratelimits.clients import rate_limit_reached


def topics_with_answers(topics):
    """Topics that have published answers, each with them in order: two queries however many there are."""
    answers = Prefetch("questions", queryset=Question.objects.published().order_by("order", "title"), to_attr="answers")
    return [topic for topic in topics.prefetch_related(answers) if topic.answers]


@require_safe
def faq_list(request):
    # Lazy: the template renders the topics once per content version (caching.versions), reading them only then.
    topics = SimpleLazyObject(lambda: topics_with_answers(Topic.objects.all()))
    return render(request, "faqs/faq_list.html", {"topics": topics, "page_key": versions.page_key(request)})


@require_safe
def faq_topic(request, slug):
    topic = get_object_or_404(Topic, slug=slug)
    answers = list(Question.objects.published().filter(topic=topic).order_by("order", "title"))
    context = {"topic": topic, "answers": answers, "page_key": versions.page_key(request)}
    return render(request, "faqs/faq_topic.html", context)


@limit_body(64 * 1024)  # a question of a few thousand characters fits many times over
@require_http_methods(["GET", "HEAD", "POST"])
def ask(request):
    """Ask an expert: bad input comes back with a message at each field; a good one is stored once."""
    form = AskForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if form.is_spam:
            return redirect("faqs:ask-thanks")  # tell a bot nothing; store nothing
        if rate_limit_reached(request, "ask", settings.ASK_RATE_LIMIT):
            form.add_error(
                None,
                "You have sent several questions in a short time. Please wait an hour or so and try again.",
            )
            return render(request, "faqs/ask.html", {"form": form}, status=429)
        submission = form.save(commit=False)
        terms = SideEffectTerm.objects.values_list("term", flat=True)
        submission.possible_side_effect = mentions_side_effect(submission.question, terms)
        if not submission.email:
            submission.consent_to_contact = False
        submission.save()
        return redirect("faqs:ask-thanks")
    return render(
        request,
        "faqs/ask.html",
        {"form": form},
    )


ask_thanks = require_safe(TemplateView.as_view(template_name="faqs/ask_thanks.html"))
