from django.contrib import admin, messages
from django.db import transaction
from django.db.models import Case, F, When
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator, slugify

from content.admin import ContentPageAdmin
from faqs.models import Question, QuestionHandling, SideEffectTerm, SubmittedQuestion, Topic


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


class PharmacovigilanceFilter(admin.SimpleListFilter):
    title = "pharmacovigilance"
    parameter_name = "pv"

    def lookups(self, request, model_admin):
        return [("open", "Flagged, not yet reported"), ("reported", "Reported")]

    def queryset(self, request, queryset):
        if self.value() == "open":
            return queryset.awaiting_report()
        if self.value() == "reported":
            return queryset.filter(reported_to_pv_on__isnull=False)
        return queryset


@admin.register(SubmittedQuestion)
class SubmittedQuestionAdmin(admin.ModelAdmin):
    """Medical information handle readers' questions; possible side effects come first, with their age."""

    list_display = ["short_question", "side_effect", "received", "status"]
    list_filter = ["status", "possible_side_effect", PharmacovigilanceFilter, "topic"]
    list_select_related = ["topic"]
    search_fields = ["question", "pv_reference"]
    date_hierarchy = "created_at"
    readonly_fields = ["question", "email", "consent_to_contact", "created_at", "faq", "history"]
    # Possible side effects still to report come first, oldest first (the most urgent); then the rest, newest first.
    ordering = [
        Case(When(SubmittedQuestion.awaiting_report_q(), then=F("created_at"))).asc(nulls_last=True),
        "-possible_side_effect",
        "-created_at",
    ]
    actions = ["make_draft_faq", "mark_acknowledged", "mark_answered", "mark_closed"]

    class Media:
        css = {"all": ["css/admin-questions.css"]}

    def get_fieldsets(self, request, obj=None):
        reader = ["question", "topic", "created_at"]
        if self.has_change_permission(request, obj):
            reader += ["email", "consent_to_contact"]  # only those who handle a question see who sent it
        return [
            (None, {"fields": reader}),
            ("Handling", {"fields": ["status", "faq", "history"]}),
            (
                "Pharmacovigilance",
                {
                    "fields": ["possible_side_effect", "reported_to_pv_on", "pv_reference"],
                    "description": "A possible side effect must be reported to the pharmacovigilance team within "
                    "a day of receipt. Record the date and their reference here.",
                },
            ),
        ]

    def has_add_permission(self, request):
        return False  # questions come from readers through the form

    def has_make_faq_permission(self, request):
        return request.user.has_perm("faqs.add_question")

    @admin.display(description="Question")
    def short_question(self, submission):
        return Truncator(submission.question).chars(90)

    @admin.display(description="Possible side effect", ordering="possible_side_effect")
    def side_effect(self, submission):
        """One column for the flag and the report, so the list fits beside the admin's menu."""
        if not submission.possible_side_effect:
            return "No"
        if submission.reported_to_pv_on:
            return f"Yes: reported {date_format(submission.reported_to_pv_on, 'j M Y')} ({submission.pv_reference})"
        return "Yes: not reported yet" if submission.status != SubmittedQuestion.Status.CLOSED else "Yes"

    @admin.display(description="Received", ordering="created_at")
    def received(self, submission):
        return f"received {age(submission.created_at)}"

    @admin.display(description="History")
    def history(self, submission):
        steps = submission.handling.select_related("by") if submission.pk else []
        rows = format_html_join(
            "",
            "<li>{}: {} ({})</li>",
            (
                (
                    date_format(timezone.localtime(step.at), "DATETIME_FORMAT"),
                    step.action,
                    (step.by.get_full_name() or step.by.get_username()) if step.by else "an account since deleted",
                )
                for step in steps
            ),
        )
        return format_html("<ul>{}</ul>", rows) if rows else "Nothing done yet."

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        steps = []
        if "status" in form.changed_data:
            steps.append(f"Marked {obj.get_status_display().lower()}")
        if {"reported_to_pv_on", "pv_reference"} & set(form.changed_data) and obj.reported_to_pv_on:
            steps.append(
                f"Reported to pharmacovigilance on {date_format(obj.reported_to_pv_on, 'j M Y')}, {obj.pv_reference}"
            )
        if "possible_side_effect" in form.changed_data:
            steps.append(
                "Flagged as a possible side effect" if obj.possible_side_effect else "Side-effect flag removed"
            )
        for step in steps:
            QuestionHandling.objects.create(question=obj, by=request.user, status=obj.status, action=step)

    @admin.action(description="Make a draft FAQ from each selected question", permissions=["make_faq"])
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

    @admin.action(description="Mark as acknowledged", permissions=["change"])
    def mark_acknowledged(self, request, queryset):
        count = queryset.move_to(SubmittedQuestion.Status.ACKNOWLEDGED, request.user)
        self.message_user(request, f"{count} marked as acknowledged.")

    @admin.action(description="Mark as answered (deletes contact details)", permissions=["change"])
    def mark_answered(self, request, queryset):
        count = queryset.move_to(SubmittedQuestion.Status.ANSWERED, request.user)
        self.message_user(request, f"{count} marked as answered; their contact details were deleted.")

    @admin.action(description="Mark as closed (deletes contact details)", permissions=["change"])
    def mark_closed(self, request, queryset):
        waiting = queryset.awaiting_report().count()
        count = queryset.move_to(SubmittedQuestion.Status.CLOSED, request.user)
        self.message_user(request, f"{count} marked as closed; their contact details were deleted.")
        if waiting:
            self.message_user(
                request,
                f"{waiting} flagged as a possible side effect and not yet reported to pharmacovigilance "
                f"{'was' if waiting == 1 else 'were'} left open: report {'it' if waiting == 1 else 'them'} first.",
                messages.WARNING,
            )


def age(moment, now=None):
    """'26 hours ago': hours for the first three days, when a possible side effect is most urgent."""
    seconds = max(0, int(((now or timezone.now()) - moment).total_seconds()))
    if seconds < 3600:
        minutes = seconds // 60
        return "just now" if minutes < 1 else f"{minutes} minute{'' if minutes == 1 else 's'} ago"
    if seconds < 72 * 3600:
        hours = seconds // 3600
        return f"{hours} hour{'' if hours == 1 else 's'} ago"
    return f"{seconds // 86400} days ago"
