import hashlib

from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from content.models import ContentPage
from search.models import Searchable
from stories.images import check_pixels, portrait_sizes
from treatments.models import Treatment
from workflow.models import Transition

MAX_PORTRAIT_BYTES = 10 * 1024 * 1024


def validate_portrait_size(file):
    if file.size > MAX_PORTRAIT_BYTES:
        raise ValidationError("The picture is larger than 10 MB. Please choose a smaller file.")
    if not getattr(file, "_committed", True):  # a new upload: check its pixels before anything decodes it
        check_pixels(file)


class Story(Searchable, ContentPage):
    """A patient's or carer's own account, published only with their written consent."""

    display_name = models.CharField(
        max_length=60, help_text="How the person is named on the site: a first name only, or 'Anonymous'."
    )
    description = models.CharField(
        max_length=120, help_text="Who they are, e.g. 'Patient – Living with NETs' or 'Carer'."
    )
    is_demo = models.BooleanField(
        "demo content",
        default=False,
        help_text="Set by the demo loader: the person is an illustration written for this site, and the page says so.",
    )
    portrait = models.ImageField(
        upload_to="stories/portraits/",
        blank=True,
        validators=[FileExtensionValidator(["jpg", "jpeg", "png", "webp"]), validate_portrait_size],
        help_text="Optional. A JPEG, PNG or WebP picture up to 10 MB; it is resized automatically.",
    )
    portrait_small = models.ImageField(upload_to="stories/portraits/", blank=True, editable=False)
    # Made from the portrait, so it travels with a change waiting for approval.
    derived_content_fields = ("portrait_small",)
    portrait_alt = models.CharField(
        "portrait description",
        max_length=200,
        blank=True,
        help_text="Required with a portrait: what the picture shows, for people who cannot see it.",
    )
    treatments = models.ManyToManyField(
        Treatment, blank=True, related_name="stories", help_text="The treatments this story talks about."
    )
    consent_given_on = models.DateField(
        "consent given on",
        null=True,
        blank=True,
        help_text="The date the person gave written consent to publish. A story cannot be published without it.",
    )
    consent_reference = models.CharField(
        max_length=120, blank=True, help_text="Where the signed consent form is kept, e.g. a document number."
    )
    consent_withdrawn_on = models.DateField(
        "consent withdrawn on",
        null=True,
        blank=True,
        help_text="Set by the 'Withdraw consent' action. A story whose consent was withdrawn cannot be published.",
    )

    # For main's page cache and structured data (content.models.ContentPage there).
    schema_type = "Article"
    listed_on = ("stories:list",)

    class Meta(ContentPage.Meta):
        ordering = ["-published_at", "-pk"]
        verbose_name = "patient story"
        verbose_name_plural = "patient stories"
        constraints = [
            *ContentPage.Meta.constraints,
            models.CheckConstraint(
                condition=~Q(status="published") | Q(consent_given_on__isnull=False, consent_withdrawn_on__isnull=True),
                name="story_published_only_with_consent",
                violation_error_message="A story can only be published with a consent date and no withdrawal.",
            ),
        ]

    def get_absolute_url(self):
        return reverse("stories:detail", args=[self.slug])

    def cache_paths(self):
        """Its own pages, and those showing its quotes, whose 'Read the story' link depends on it."""
        quotes = self.quotes.select_related("story").prefetch_related("treatments") if self.pk else []
        return super().cache_paths().union(*(quote.cache_paths() for quote in quotes))

    @property
    def is_public(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    def clean(self):
        super().clean()
        errors = {}
        if self.portrait and not self.portrait_alt.strip():
            errors["portrait_alt"] = "Describe the portrait for people who cannot see it."
        if self.status == self.Status.PUBLISHED:
            if self.consent_withdrawn_on:
                errors["status"] = "This person has withdrawn their consent, so the story cannot be published."
            elif not self.consent_given_on:
                errors["status"] = (
                    "This story cannot be published until you enter the date written consent was given "
                    "(under 'Consent')."
                )
        if errors:
            raise ValidationError(errors)

    def step_possible(self, step_name):
        return step_name != "withdraw_consent" or self.consent_withdrawn_on is None

    @transaction.atomic
    def withdraw_consent(self, user, comment=""):
        """The person has withdrawn consent: off the site at once with its quotes, whatever its state.

        A workflow step (see STEPS): logged with who, when and why. Any waiting change is folded into the
        draft, so nothing stays waiting for approval; the quotes' saves drop their pages from the cache.
        """
        self._require("withdraw_consent", user)
        if not comment.strip():
            raise ValidationError("Say why consent was withdrawn and how we heard, for the record.")
        change = self.pending
        if change is not None:
            self.apply_values(change)
        self.status = self.Status.DRAFT
        self.pending, self.pending_status = None, ""
        self.consent_withdrawn_on = timezone.localdate()
        self.save()
        if change is not None:
            self.apply_links(change)
        for quote in self.quotes.filter(status=Quote.Status.PUBLISHED):
            quote.status = Quote.Status.DRAFT
            quote.save(update_fields=["status", "updated_at"])
        return self._log(user, Transition.Action.CONSENT_WITHDRAWN, comment)

    def prepare_content(self):
        """Resize a newly uploaded portrait, whether the edit is saved straight away or waits for approval."""
        super().prepare_content()
        if self.portrait and not self.portrait._committed:
            large, small = portrait_sizes(self.portrait)
            # Named for its content, never the uploaded name: a new picture gets a new address, so
            # readers' browsers may keep a portrait for a year (stories/media.py).
            stem = hashlib.sha256(large.read()).hexdigest()[:24]
            large.seek(0)
            self.portrait.save(f"{stem}.jpg", large, save=False)
            self.portrait_small.save(f"{stem}-small.jpg", small, save=False)
        elif not self.portrait:
            self.portrait_small = ""


class QuoteQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Quote.Status.PUBLISHED).select_related("story")


class Quote(models.Model):
    """A few words from a patient or carer, shown beside the treatments they relate to."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    text = models.TextField(max_length=600, help_text="The quote itself, without quotation marks.")
    attribution = models.CharField(
        max_length=120, help_text="Who said it, as readers see it, e.g. 'Helen, Patient – Living with NETs'."
    )
    footnote = models.CharField(
        max_length=300,
        blank=True,
        help_text="Optional: where the quote comes from, e.g. 'From an anonymous survey of patients in 2015'. "
        "Shown below the quote as a footnote, marked with an asterisk.",
    )
    story = models.ForeignKey(
        Story,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quotes",
        help_text="Optional: the story this quote comes from. Readers get a link to it while it is published.",
    )
    treatments = models.ManyToManyField(
        Treatment, blank=True, related_name="quotes", help_text="The treatment pages this quote appears on."
    )
    is_demo = models.BooleanField(
        "demo content",
        default=False,
        help_text="Set by the demo loader: the words are an illustration written for this site, and the page says so.",
    )
    on_overview = models.BooleanField(
        "show on the treatments overview", default=False, help_text="Also show this quote on 'Treatment options'."
    )
    order = models.PositiveSmallIntegerField(default=0, help_text="Quotes are shown from the lowest number up.")
    status = models.CharField(max_length=20, choices=Status, default=Status.DRAFT, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "quote"

    def __str__(self):
        return f"{self.attribution}: {self.text[:60]}"

    def cache_paths(self):
        """The pages this quote shows on, for the page cache."""
        paths = {treatment.get_absolute_url() for treatment in self.treatments.all()} if self.pk else set()
        paths.add(reverse("treatments:list"))
        if self.story_id:
            paths.add(self.story.get_absolute_url())
        return paths

    def clean(self):
        super().clean()
        if self.status == self.Status.PUBLISHED and self.story_id and self.story.consent_withdrawn_on:
            raise ValidationError({"status": "The person behind the linked story has withdrawn consent."})
