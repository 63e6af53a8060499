from django.contrib import admin, messages
from django.db import transaction
from django.utils.text import Truncator, slugify

from content.admin import ContentPageAdmin
from faqs.models import Question, SideEffectTerm, SubmittedQuestion, Topic


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "order"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Question)
class QuestionAdmin(ContentPageAdmin):
    list_display = ["title", "topic", "expert_name", "status", "review_due"]
    list_filter = ["topic", "status"]
    list_select_related = ["topic"]
    content_fields = ["topic", "order", "expert_name", "expert_credentials"]


@admin.register(SideEffectTerm)
class SideEffectTermAdmin(admin.ModelAdmin):
    list_display = ["term"]
    search_fields = ["term"]


def unique_slug(text):
    base = slugify(text)[:180] or "question"
    slug, n = base, 2
    while Question.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@admin.register(SubmittedQuestion)
class SubmittedQuestionAdmin(admin.ModelAdmin):
    """Possible side effects are listed first: they must be passed on to pharmacovigilance."""

    list_display = ["short_question", "side_effect_flag", "topic", "status", "has_contact", "created_at"]
    list_filter = ["possible_side_effect", "status", "topic"]
    list_select_related = ["topic"]
    search_fields = ["question"]
    date_hierarchy = "created_at"
    fields = ["question", "topic", "email", "consent_to_contact", "possible_side_effect", "status", "faq", "created_at"]
    readonly_fields = ["question", "email", "consent_to_contact", "created_at", "faq"]
    actions = ["make_draft_faq", "mark_answered", "mark_rejected"]

    def has_add_permission(self, request):
        return False  # questions come from readers through the form

    @admin.display(description="Question")
    def short_question(self, submission):
        return Truncator(submission.question).chars(90)

    @admin.display(description="Possible side effect", boolean=True, ordering="possible_side_effect")
    def side_effect_flag(self, submission):
        return submission.possible_side_effect

    @admin.display(description="Email kept", boolean=True)
    def has_contact(self, submission):
        return bool(submission.email)

    @admin.action(description="Make a draft FAQ from each selected question")
    def make_draft_faq(self, request, queryset):
        first_topic = Topic.objects.first()
        made = 0
        with transaction.atomic():
            for submission in queryset.filter(faq__isnull=True):
                topic = submission.topic or first_topic
                if topic is None:
                    self.message_user(request, "Add an FAQ topic first: every FAQ needs one.", messages.ERROR)
                    return
                title = Truncator(submission.question).chars(200)
                submission.faq = Question.objects.create(
                    title=title,
                    slug=unique_slug(title),
                    summary=Truncator(submission.question).chars(500),
                    body="",
                    topic=topic,
                    expert_name="",
                    expert_credentials="",
                    status=Question.Status.DRAFT,
                )
                submission.save(update_fields=["faq"])
                made += 1
        self.message_user(
            request,
            f"Made {made} draft FAQ{'' if made == 1 else 's'}. Edit the wording, add the expert's answer and "
            "their name, then publish. Questions that already had an FAQ were skipped.",
            messages.SUCCESS,
        )

    @admin.action(description="Mark as answered (deletes contact details)")
    def mark_answered(self, request, queryset):
        count = queryset.close(SubmittedQuestion.Status.ANSWERED)
        self.message_user(request, f"{count} marked as answered; their contact details were deleted.")

    @admin.action(description="Mark as rejected (deletes contact details)")
    def mark_rejected(self, request, queryset):
        count = queryset.close(SubmittedQuestion.Status.REJECTED)
        self.message_user(request, f"{count} marked as rejected; their contact details were deleted.")
