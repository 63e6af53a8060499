import re
from datetime import timedelta

from django.db import models
from django.urls import reverse
from django.utils import timezone

from content.models import ContentPage
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
    expert_name = models.CharField(max_length=120, help_text="Who answered, e.g. 'Dr Amira Shah'.")
    expert_credentials = models.CharField(
        max_length=160, help_text="Their role, as readers should see it, e.g. 'Consultant oncologist'."
    )

    schema_type = "WebPage"
    listed_on = ("faqs:list",)
    has_own_page = False

    class Meta(ContentPage.Meta):
        ordering = ["topic__order", "order", "title"]
        verbose_name = "FAQ"
        verbose_name_plural = "FAQs"

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
        help_text="A word or phrase that may mean a reader is describing a side effect, e.g. 'rash'. "
        "Matched at the start of words, whatever the capitals, so 'vomit' also finds 'vomiting'.",
    )

    class Meta:
        ordering = ["term"]
        verbose_name = "side-effect term"

    def __str__(self):
        return self.term


def mentions_side_effect(text, terms):
    return any(re.search(r"\b" + re.escape(term.strip()), text, re.IGNORECASE) for term in terms if term.strip())


class SubmittedQuestionQuerySet(models.QuerySet):
    def close(self, status):
        """Mark answered or rejected; contact details are no longer needed, so they go at once."""
        return self.update(status=status, email="", consent_to_contact=False)

    def expired_contacts(self, now=None):
        """Submissions still holding contact details that should not: closed, or older than 90 days."""
        cutoff = (now or timezone.now()) - CONTACT_KEPT_FOR
        return self.exclude(email="").filter(
            models.Q(created_at__lt=cutoff) | ~models.Q(status=SubmittedQuestion.Status.NEW)
        )


class SubmittedQuestion(models.Model):
    """A question sent through 'Ask an expert', waiting for staff to answer or reject it."""

    class Status(models.TextChoices):
        NEW = "new", "New"
        ANSWERED = "answered", "Answered"
        REJECTED = "rejected", "Rejected"

    question = models.TextField(max_length=2000)
    topic = models.ForeignKey(Topic, null=True, blank=True, on_delete=models.SET_NULL)
    email = models.EmailField(
        blank=True, help_text="Deleted automatically once answered or rejected, or after 90 days."
    )
    consent_to_contact = models.BooleanField(default=False)
    possible_side_effect = models.BooleanField(
        default=False,
        db_index=True,
        help_text="Set when the question mentions a side-effect term. Pass it on to pharmacovigilance.",
    )
    status = models.CharField(max_length=20, choices=Status, default=Status.NEW, db_index=True)
    faq = models.ForeignKey(
        Question,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
        help_text="The FAQ made from this question, if any.",
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = SubmittedQuestionQuerySet.as_manager()

    class Meta:
        ordering = ["-possible_side_effect", "-created_at"]
        verbose_name = "submitted question"

    def __str__(self):
        return self.question[:80]

    def save(self, *args, **kwargs):
        if self.status != self.Status.NEW:
            self.email, self.consent_to_contact = "", False
        super().save(*args, **kwargs)
