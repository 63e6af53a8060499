"""The editorial workflow every ContentPage shares: draft -> in review -> published, with sign-off.

Design of 'a change to a published page does not go live until it is approved':

* The row's own columns are always the *approved* version while the page is published. The public
  only ever reads those columns (`ReviewableQuerySet.published()`), so nothing an editor does can leak.
* An edit to a published page is stored in `pending` (the content fields as JSON, and the ids its
  many-to-many links should point to) with its own state in `pending_status` (draft or in review);
  the live columns and links are untouched.
* A page that is not live (draft, in review, withdrawn) has no public version to protect, so edits
  go straight to its columns and `status` itself carries the workflow state.
* Approval copies `pending` (if any) onto the columns and links, records the certifier and date,
  and clears `pending`. Withdrawing a page folds any pending change into the columns, as nothing is live any more.
* `authors` lists everyone who changed the page since its last approval; an approver must not be one
  of them (four eyes). Every transition is logged in `Transition`, every edit is a django-reversion
  revision of the *working* version (live columns with the pending change applied).
"""

import json
from dataclasses import dataclass
from datetime import date, timedelta

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.db.models.fields.files import FieldFile
from django.utils import timezone

REVIEW_INTERVAL_MONTHS = 24
REVIEW_WARNING_DAYS = 30
# Set only through the approval step, never by the edit form.
APPROVAL_FIELDS = ["published_at", "job_code", "date_of_preparation", "review_due"]
# Workflow bookkeeping: never part of an editor's change, never restored from history.
WORKFLOW_FIELDS = [
    "status",
    "updated_at",
    "certified_by",
    "certifier_name",
    "certified_on",
    "pending",
    "pending_status",
    "authors",
]


def add_months(day, months):
    """`day` plus whole months, falling back to the month's last day (29 February + 12 months)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    raise ValueError(day)


def default_review_due(date_of_preparation):
    return add_months(date_of_preparation, REVIEW_INTERVAL_MONTHS)


class Transition(models.Model):
    """One step in a content item's workflow: who, when, what and why."""

    class Action(models.TextChoices):
        SUBMITTED = "submitted", "Submitted for review"
        APPROVED = "approved", "Approved and published"
        SENT_BACK = "sent_back", "Sent back to draft"
        WITHDRAWN = "withdrawn", "Withdrawn"
        RESTORED = "restored", "Earlier version restored as a draft"
        IMPORTED = "imported", "Imported from a file"
        CONSENT_WITHDRAWN = "consent_withdrawn", "Consent withdrawn"

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    action = models.CharField(max_length=20, choices=Action)
    comment = models.TextField(blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    user_name = models.CharField(max_length=200, help_text="Kept even if the account is later deleted.")
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        verbose_name = "workflow step"

    def __str__(self):
        return f"{self.get_action_display()} by {self.user_name} on {self.at:%d %b %Y %H:%M}"

    @classmethod
    def for_item(cls, item):
        return cls.objects.filter(content_type=ContentType.objects.get_for_model(item), object_id=item.pk)


def display_name(user):
    return user.get_full_name() or user.get_username()


def can_approve(user, model):
    return user.has_perm(f"{model._meta.app_label}.approve_{model._meta.model_name}")


def can_edit(user, model):
    return user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}")


@dataclass(frozen=True)
class Step:
    """One workflow step: the single place its label, starting states and role are written.

    The model methods, the admin's buttons, URLs and permission checks all read this table.
    `from_live` steps start from the published row itself; the others from the version being worked on.
    """

    name: str
    label: str
    from_states: frozenset
    needs_reviewer: bool
    from_live: bool = False

    def permitted(self, user, model):
        return can_approve(user, model) if self.needs_reviewer else can_edit(user, model)

    def applies_to(self, model):
        """A step some models only have (withdrawing a story's consent) applies where the model has its method."""
        return callable(getattr(model, self.name, None))

    def possible(self, item):
        state = item.status if self.from_live else item.working_status
        return state in self.from_states and item.step_possible(self.name)


STEPS = {
    step.name: step
    for step in [
        Step("submit", "Submit for review", frozenset({"draft", "withdrawn"}), needs_reviewer=False),
        Step("approve", "Approve and publish", frozenset({"in_review"}), needs_reviewer=True),
        Step("send_back", "Send back to draft", frozenset({"in_review"}), needs_reviewer=True),
        Step("withdraw", "Withdraw from the site", frozenset({"published"}), needs_reviewer=True, from_live=True),
        # Stories only (Story.withdraw_consent). Anyone who edits stories may record it, from any state,
        # because a person's withdrawal must take effect at once, without waiting for a reviewer.
        Step(
            "withdraw_consent",
            "Withdraw consent",
            frozenset({"draft", "in_review", "published", "withdrawn"}),
            needs_reviewer=False,
            from_live=True,
        ),
    ]
}


def available_steps(user, item):
    """The steps `user` may take on `item` now, four eyes included."""
    return [
        step
        for step in STEPS.values()
        if step.applies_to(type(item))
        and step.permitted(user, type(item))
        and step.possible(item)
        and not (step.name == "approve" and item.four_eyes_block(user))
    ]


class ReviewableQuerySet(models.QuerySet):
    def published(self):
        """What the public may see: published, and due to go live by now."""
        return self.filter(status=Reviewable.Status.PUBLISHED, published_at__lte=timezone.now())

    def scheduled_after(self, moment):
        """Published items that go live after `moment`: the page cache drops their pages when they do."""
        return self.filter(status=Reviewable.Status.PUBLISHED, published_at__gt=moment)

    def review_due(self, within_days=REVIEW_WARNING_DAYS):
        """Published items whose review date has passed or falls within `within_days`, soonest first."""
        cutoff = timezone.localdate() + timedelta(days=within_days)
        return self.filter(status=Reviewable.Status.PUBLISHED, review_due__lte=cutoff).order_by("review_due", "pk")


class Reviewable(models.Model):
    """Abstract: the workflow state, sign-off record and pending change of a content item."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_REVIEW = "in_review", "In review"
        PUBLISHED = "published", "Published"
        WITHDRAWN = "withdrawn", "Withdrawn"

    status = models.CharField(
        max_length=20,
        choices=Status,
        default=Status.DRAFT,
        db_index=True,
        help_text="Changed only with the workflow buttons: submit for review, approve, send back, withdraw.",
    )
    certified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    certifier_name = models.CharField(
        max_length=200, blank=True, editable=False, help_text="The medical reviewer who last approved this page."
    )
    certified_on = models.DateField(
        null=True, blank=True, editable=False, help_text="When this page was last approved ('last reviewed')."
    )
    pending = models.JSONField(
        null=True, blank=True, editable=False, encoder=DjangoJSONEncoder, help_text="A change waiting for approval."
    )
    pending_status = models.CharField(
        max_length=20,
        blank=True,
        editable=False,
        choices=[(Status.DRAFT, "Draft"), (Status.IN_REVIEW, "In review")],
        help_text="The state of the change waiting for approval, if there is one.",
    )
    authors = models.JSONField(
        default=list, blank=True, editable=False, help_text="Ids of everyone who changed it since the last approval."
    )
    published_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the page goes live. Set by the medical reviewer on approval (now if left empty); "
        "a future time keeps it hidden until then, with nothing else to do.",
    )
    job_code = models.CharField(
        max_length=40, blank=True, help_text="The approval code for this material, e.g. 'SOM-UK-003737'."
    )
    date_of_preparation = models.DateField(
        null=True, blank=True, help_text="Shown to readers as month and year, e.g. 'September 2018'."
    )
    review_due = models.DateField(
        null=True, blank=True, help_text="When this page must next be reviewed: 24 months after preparation unless set."
    )

    objects = ReviewableQuerySet.as_manager()

    class Meta:
        abstract = True
        # The last line of defence: whatever code path writes the row, the database refuses a published
        # page without its sign-off. certifier_name rather than certified_by, which a deleted account empties.
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="published")
                | (
                    ~models.Q(certifier_name="")
                    & models.Q(certified_on__isnull=False)
                    & ~models.Q(job_code="")
                    & models.Q(date_of_preparation__isnull=False)
                    & models.Q(review_due__isnull=False)
                ),
                name="%(app_label)s_%(class)s_published_is_signed_off",
                violation_error_message="A published page needs its medical sign-off: certifier, certification "
                "date, job code, date of preparation and review date.",
            )
        ]

    def save(self, *args, **kwargs):
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)

    @classmethod
    def scheduled_after(cls, moment):
        return cls._default_manager.scheduled_after(moment)

    @property
    def is_scheduled(self):
        """Approved to go live at a time still to come."""
        return self.is_live and self.published_at is not None and self.published_at > timezone.now()

    # What the workflow looks at --------------------------------------------------------------

    # Fields the form does not show but an edit changes (e.g. a resized copy of an uploaded picture).
    derived_content_fields = ()
    # Text fields holding HTML, compared for reviewers as rendered text (ContentPage: the body).
    rich_text_fields = ()

    @classmethod
    def content_field_names(cls):
        """The fields an editor's change is made of: everything except the approval and workflow fields."""
        excluded = {*APPROVAL_FIELDS, *WORKFLOW_FIELDS}
        return [
            field.name
            for field in cls._meta.concrete_fields
            if not field.primary_key
            and field.name not in excluded
            and (field.editable or field.name in cls.derived_content_fields)
        ]

    @classmethod
    def link_field_names(cls):
        """The many-to-many fields an editor changes (a story's treatments, a clinic's services)."""
        return [field.name for field in cls._meta.many_to_many if field.editable]

    @property
    def is_live(self):
        return self.status == self.Status.PUBLISHED

    @property
    def has_pending_change(self):
        return self.pending is not None

    @property
    def working_status(self):
        """The state of the version being worked on: the pending change's if there is one."""
        return self.pending_status if self.has_pending_change else self.status

    def get_working_status_display(self):
        return self.Status(self.working_status).label

    def step_possible(self, step_name):
        """Model-specific conditions on a step, beyond its starting states; none by default."""
        return True

    def four_eyes_block(self, user):
        """True when `user` changed this item since its last approval, so someone else must approve it."""
        return user.pk in self.authors

    def prepare_content(self):
        """Tidy the content fields before they are stored (ContentPage sanitises the body here)."""

    def content_values(self):
        """The content fields as plain values: a stored file is kept by its name."""
        values = {name: self._meta.get_field(name).value_from_object(self) for name in self.content_field_names()}
        return {name: value.name if isinstance(value, FieldFile) else value for name, value in values.items()}

    def apply_values(self, values):
        """Set content fields from stored values (a pending change or an old revision); unknown keys are ignored.

        A revision names a link to another row by its column ('topic_id'), a pending change by the field.
        """
        for name in self.content_field_names():
            field = self._meta.get_field(name)
            for key in (name, field.attname):
                if key in values:
                    setattr(self, field.attname, field.to_python(values[key]))
                    break

    def apply_links(self, values):
        """Point the many-to-many links at the ids a pending change holds; needs a saved row."""
        for name in self.link_field_names():
            if name in values:
                getattr(self, name).set(values[name])

    def show_pending_links(self, values):
        """For a preview only: make this instance's links read as the pending change has them, saving nothing."""
        cache = self.__dict__.setdefault("_prefetched_objects_cache", {})
        for name in self.link_field_names():
            if name in values:
                related = self._meta.get_field(name).related_model
                cache[name] = related._default_manager.filter(pk__in=values[name])

    def keep_links_pending(self, links):
        """Add changed links to the pending change, so they too wait for approval."""
        self.pending = {**(self.pending or {}), **links}
        type(self).objects.filter(pk=self.pk).update(pending=self.pending)

    def working_copy(self):
        """An unsaved copy showing the version being worked on (the pending change and its links applied)."""
        copy = type(self).objects.get(pk=self.pk) if self.pk else self
        if copy.has_pending_change:
            copy.apply_values(copy.pending)
            copy.show_pending_links(copy.pending)
        return copy

    def existing_links(self, values):
        """The links stored in `values` (e.g. an old revision), leaving out rows deleted since."""
        links = {}
        for name in self.link_field_names():
            if name in values:
                related = self._meta.get_field(name).related_model
                links[name] = sorted(related._default_manager.filter(pk__in=values[name]).values_list("pk", flat=True))
        return links

    # Edits -----------------------------------------------------------------------------------

    def save_edit(self, user, comment="Edited", links=None):
        """Save the content fields as `user`'s edit: to the columns, or as a pending change if live.

        `links` ({field name: [ids]}) are the many-to-many links of the edit: they are saved (or kept
        pending) with it, so the revision records them too.
        """
        import reversion

        if not can_edit(user, type(self)):
            raise PermissionDenied("You do not have permission to change this page.")
        with transaction.atomic(), reversion.create_revision():
            reversion.set_user(user)
            reversion.set_comment(comment)
            stored = type(self).objects.select_for_update().filter(pk=self.pk).first() if self.pk else None
            authors = sorted({*(stored.authors if stored else []), user.pk})
            self.prepare_content()
            if stored is not None and stored.is_live:
                values = json.loads(json.dumps(self.content_values(), cls=DjangoJSONEncoder))
                waiting_links = {
                    name: ids for name, ids in (stored.pending or {}).items() if name in self.link_field_names()
                }
                values = {**waiting_links, **values, **(links or {})}
                pending_status = stored.pending_status or self.Status.DRAFT
                type(self).objects.filter(pk=self.pk).update(
                    pending=values, pending_status=pending_status, authors=authors, updated_at=timezone.now()
                )
                stored.refresh_from_db()
                reversion.add_to_revision(stored.working_copy())
                for field in [*WORKFLOW_FIELDS, *APPROVAL_FIELDS]:
                    setattr(self, field, getattr(stored, field))
                return
            if stored is not None:
                # Only content changes here: status and approval stay as stored, whatever was posted.
                for field in [*WORKFLOW_FIELDS, *APPROVAL_FIELDS]:
                    setattr(self, field, getattr(stored, field))
            else:
                self.status = self.Status.DRAFT
            self.authors = authors
            self.save()
            if links:
                self.apply_links(links)
                reversion.add_to_revision(self)  # again: the version saved above was taken before its links

    # Transitions -----------------------------------------------------------------------------

    def _log(self, user, action, comment=""):
        return Transition.objects.create(
            content_type=ContentType.objects.get_for_model(self),
            object_id=self.pk,
            action=action,
            comment=comment,
            user=user,
            user_name=display_name(user),
        )

    def _require(self, step_name, user):
        step = STEPS[step_name]
        if not step.permitted(user, type(self)):
            raise PermissionDenied("Only a medical reviewer can do this." if step.needs_reviewer else "Not allowed.")
        if not step.possible(self):
            raise ValidationError(f"Not possible while the page is '{self.get_working_status_display()}'.")

    @transaction.atomic
    def submit(self, user, comment=""):
        """Draft (or withdrawn) -> in review."""
        self._require("submit", user)
        if self.has_pending_change:
            self.pending_status = self.Status.IN_REVIEW
        else:
            self.status = self.Status.IN_REVIEW
        self.save(update_fields=["status", "pending_status", "updated_at"])
        return self._log(user, Transition.Action.SUBMITTED, comment)

    @transaction.atomic
    def send_back(self, user, comment):
        """In review -> draft, saying what needs to change."""
        self._require("send_back", user)
        if not comment.strip():
            raise ValidationError("Say what needs to change, so the editor knows.")
        if self.has_pending_change:
            self.pending_status = self.Status.DRAFT
        else:
            self.status = self.Status.DRAFT
        self.save(update_fields=["status", "pending_status", "updated_at"])
        return self._log(user, Transition.Action.SENT_BACK, comment)

    @transaction.atomic
    def approve(self, user, *, job_code, date_of_preparation, review_due=None, published_at=None, comment=""):
        """In review -> published, certified by `user`, who must not have changed it (four eyes)."""
        import reversion

        self._require("approve", user)
        if self.four_eyes_block(user):
            raise ValidationError(
                "You changed this page yourself, so another medical reviewer must approve it (four eyes)."
            )
        if not job_code or not date_of_preparation:
            raise ValidationError("A job code and a date of preparation are needed to publish.")
        change = self.pending
        if change is not None:
            self.apply_values(change)
        self.job_code = job_code
        self.date_of_preparation = date_of_preparation
        self.review_due = review_due or default_review_due(date_of_preparation)
        if published_at is not None:
            self.published_at = published_at
        self.status = self.Status.PUBLISHED
        self.pending, self.pending_status, self.authors = None, "", []
        self.certified_by = user
        self.certifier_name = display_name(user)
        self.certified_on = timezone.localdate()
        with reversion.create_revision():
            reversion.set_user(user)
            reversion.set_comment(f"Approved. {comment}".strip())
            self.full_clean(exclude=["slug"])
            self.save()
            if change is not None:
                self.apply_links(change)
        return self._log(user, Transition.Action.APPROVED, comment)

    @transaction.atomic
    def withdraw(self, user, comment=""):
        """Published -> withdrawn: the public no longer sees it; any pending change becomes the draft."""
        self._require("withdraw", user)
        change = self.pending
        if change is not None:
            self.apply_values(change)
        self.status = self.Status.WITHDRAWN
        self.pending, self.pending_status = None, ""
        self.save()
        if change is not None:
            self.apply_links(change)
        return self._log(user, Transition.Action.WITHDRAWN, comment)

    def restore(self, user, version):
        """Make an earlier revision the version being worked on, as a draft; never republishes."""
        values = version.field_dict
        restored = self.working_copy()
        restored.apply_values(values)
        with transaction.atomic():
            restored.save_edit(
                user,
                comment=f"Restored the version of {version.revision.date_created:%d %b %Y %H:%M}",
                links=self.existing_links(values),
            )
            stored = type(self).objects.get(pk=self.pk)
            if stored.has_pending_change:
                stored.pending_status = self.Status.DRAFT
            elif stored.status == self.Status.IN_REVIEW:
                stored.status = self.Status.DRAFT
            stored.save(update_fields=["status", "pending_status", "updated_at"])
            return stored._log(
                user, Transition.Action.RESTORED, f"Version of {version.revision.date_created:%d %b %Y %H:%M}"
            )


def reviewable_models():
    """Every concrete model with the workflow, so site-wide features need no list to keep up to date."""
    return [model for model in apps.get_models() if issubclass(model, Reviewable)]
