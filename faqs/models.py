from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone

from content.models import ContentPage
from faqs.matching import any_term_in
from search.models import Searchable

CONTACT_KEPT_FOR = timedelta(days=90)


class Topic(models.Model):
    name = models.CharField(max_length=100, help_text="A short heading, e.g. 'Living with NETs'.")
    slug = models.SlugField(
        max_length=100,
        unique=True,
        help_text="The topic's web address, e.g. 'living-with-nets' (not 'ask', which the question form uses).",
    )
    order = models.PositiveSmallIntegerField(default=0, help_text="Topics are listed from the lowest number up.")

    class Meta:
        ordering = ["order", "name"]
        verbose_name = "FAQ topic"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("faqs:topic", args=[self.slug])

    def cache_paths(self):
        """The FAQs page, the topic's own page, and the ask form, whose topic list shows it."""
        return {reverse("faqs:list"), self.get_absolute_url(), reverse("faqs:ask")}


class Question(Searchable, ContentPage):
    """An expert's answer: the title is the question and the body the answer."""

    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="questions")
    order = models.PositiveSmallIntegerField(default=0, help_text="Within a topic, from the lowest number up.")
    expert_name = models.CharField(
        max_length=120,
        blank=True,
        help_text="Only a real person who answered or reviewed this and agreed to be named. Leave empty to show "
        "the role alone ('Answered by a consultant medical oncologist').",
    )
    expert_credentials = models.CharField(
        max_length=160, help_text="Their role, as readers should see it, e.g. 'Consultant medical oncologist'."
    )
    is_demo = models.BooleanField(
        "demo content",
        default=False,
        help_text="Set by the demo loader: the answer is an illustration written for this site, and says so.",
    )

    schema_type = "WebPage"
    listed_on = ("faqs:list",)
    has_own_page = False
    # An answer is shown under its topic's h2 on the FAQ page, so its own headings start at h3.
    rich_text_heading_levels = (3, 4)

    class Meta(ContentPage.Meta):
        ordering = ["topic__order", "order", "title"]
        verbose_name = "FAQ"
        verbose_name_plural = "FAQs"

    @property
    def answered_by(self):
        """'Dr A Name, Consultant …' for a named expert; 'a consultant …' for a role alone."""
        if self.expert_name:
            return f"{self.expert_name}, {self.expert_credentials}" if self.expert_credentials else self.expert_name
        role = self.expert_credentials
        return f"a {role[:1].lower()}{role[1:]}" if role else "our medical team"

    def get_absolute_url(self):
        """The answer on the FAQs page, where arriving by this link opens it."""
        return f"{reverse('faqs:list')}#{self.slug}"

    def cache_paths(self):
        """The pages an answer shows on; its own address is only an anchor on the FAQs page."""
        return {reverse("faqs:list"), reverse("faqs:topic", args=[self.topic.slug]), reverse("search:results")}


class SideEffectTerm(models.Model):
    term = models.CharField(
        max_length=60,
        unique=True,
        help_text="A word or phrase that may mean a reader is describing a side effect, e.g. 'rash' or "
        "'stomach cramps'. Matched as whole words in their usual forms, whatever the capitals, spaces or "
        "punctuation: 'rash' also finds 'rashes', 'vomit' finds 'vomiting' and 'vomited'.",
    )

    class Meta:
        ordering = ["term"]
        verbose_name = "side-effect term"

    def __str__(self):
        return self.term


def mentions_side_effect(text, terms):
    """Whether `text` contains any of `terms`, each compared word by word in stemmed form (see `faqs.matching`)."""
    return any_term_in(text, terms)


class SubmittedQuestionQuerySet(models.QuerySet):
    def move_to(self, status, user):
        """Put these questions in `status`, logging who and when; flagged, unreported ones are never closed.

        Returns how many changed. Answered and closed questions lose their contact details at once.
        """
        rows = self.exclude(status=status)
        if status == SubmittedQuestion.Status.CLOSED:
            rows = rows.exclude(SubmittedQuestion.awaiting_report_q())
        fields = {"status": status}
        if status in SubmittedQuestion.CONTACT_NOT_NEEDED:
            fields.update(email="", consent_to_contact=False)
        action = f"Marked {SubmittedQuestion.Status(status).label.lower()}"
        with transaction.atomic():
            changed = list(rows.select_for_update().values_list("pk", flat=True))
            self.model.objects.filter(pk__in=changed).update(**fields)
            QuestionHandling.objects.bulk_create(
                QuestionHandling(question_id=pk, status=status, by=user, action=action) for pk in changed
            )
        return len(changed)

    def awaiting_report(self):
        """Flagged as a possible side effect, not yet reported to pharmacovigilance, and not closed."""
        return self.filter(SubmittedQuestion.awaiting_report_q())

    def expired_contacts(self, now=None):
        """Submissions still holding contact details that should not: answered, closed, or older than 90 days."""
        cutoff = (now or timezone.now()) - CONTACT_KEPT_FOR
        return self.exclude(email="").filter(
            models.Q(created_at__lt=cutoff) | models.Q(status__in=SubmittedQuestion.CONTACT_NOT_NEEDED)
        )


class SubmittedQuestion(models.Model):
    """A question sent through 'Ask an expert', handled by Medical information (new to closed)."""

    class Status(models.TextChoices):
        NEW = "new", "New"
        ACKNOWLEDGED = "acknowledged", "Acknowledged"
        ANSWERED = "answered", "Answered"
        CLOSED = "closed", "Closed"

    CONTACT_NOT_NEEDED = (Status.ANSWERED, Status.CLOSED)

    question = models.TextField(max_length=2000)
    topic = models.ForeignKey(Topic, null=True, blank=True, on_delete=models.SET_NULL)
    email = models.EmailField(blank=True, help_text="Deleted automatically once answered or closed, or after 90 days.")
    consent_to_contact = models.BooleanField(default=False)
    possible_side_effect = models.BooleanField(
        default=False,
        db_index=True,
        help_text="Set when the question mentions a side-effect term. Report it to pharmacovigilance within "
        "a day, or untick this if it does not describe a side effect.",
    )
    status = models.CharField("handling state", max_length=20, choices=Status, default=Status.NEW, db_index=True)
    reported_to_pv_on = models.DateField(
        "reported to pharmacovigilance on",
        null=True,
        blank=True,
        help_text="The date the possible side effect was passed to the pharmacovigilance team.",
    )
    pv_reference = models.CharField(
        "pharmacovigilance reference",
        max_length=60,
        blank=True,
        help_text="The case number the pharmacovigilance team gave it, e.g. 'PV-2026-00123'.",
    )
    faq = models.ForeignKey(
        Question,
        verbose_name="FAQ made from it",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
        help_text="Made with the action 'Make a draft FAQ'.",
    )
    created_at = models.DateTimeField("received", default=timezone.now, db_index=True)

    objects = SubmittedQuestionQuerySet.as_manager()

    class Meta:
        ordering = ["-possible_side_effect", "-created_at"]
        verbose_name = "submitted question"

    def __str__(self):
        return self.question[:80]

    def save(self, *args, **kwargs):
        if self.status in self.CONTACT_NOT_NEEDED:
            self.email, self.consent_to_contact = "", False
        super().save(*args, **kwargs)

    @staticmethod
    def awaiting_report_q():
        return models.Q(possible_side_effect=True, reported_to_pv_on__isnull=True) & ~models.Q(
            status=SubmittedQuestion.Status.CLOSED
        )

    @property
    def awaiting_report(self):
        return self.possible_side_effect and self.reported_to_pv_on is None and self.status != self.Status.CLOSED

    def clean(self):
        super().clean()
        errors = {}
        if self.reported_to_pv_on and not self.pv_reference.strip():
            errors["pv_reference"] = "Enter the reference the pharmacovigilance team gave this report."
        if self.pv_reference.strip() and not self.reported_to_pv_on:
            errors["reported_to_pv_on"] = "Enter the date it was reported to pharmacovigilance."
        if self.reported_to_pv_on:
            if not self.possible_side_effect:
                errors["reported_to_pv_on"] = "Only a question flagged as a possible side effect is reported."
            elif self.reported_to_pv_on > timezone.localdate():
                errors["reported_to_pv_on"] = "The report date cannot be in the future."
            elif self.created_at and self.reported_to_pv_on < timezone.localdate(self.created_at):
                errors["reported_to_pv_on"] = "The report date cannot be before the question was received."
        if self.status == self.Status.CLOSED and self.possible_side_effect and not self.reported_to_pv_on:
            errors["status"] = (
                "Report this possible side effect to pharmacovigilance before closing it, or untick "
                "'possible side effect' if it does not describe one."
            )
        if errors:
            raise ValidationError(errors)


class QuestionHandling(models.Model):
    """One step in handling a submitted question: who did what, and when."""

    question = models.ForeignKey(SubmittedQuestion, on_delete=models.CASCADE, related_name="handling")
    at = models.DateTimeField("when", default=timezone.now)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField("handling state after", max_length=20, choices=SubmittedQuestion.Status)
    action = models.CharField("what was done", max_length=200)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = "handling step"

    def __str__(self):
        return f"{self.action} ({self.at:%Y-%m-%d %H:%M})"
