"""The admin every workflow model inherits: sign-off fields, workflow buttons and steps, history, compare and restore."""

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.module_loading import import_string
from django.views.decorators.http import require_POST
from reversion.models import Version

from workflow.diff import compare, live_version, revision_version, working_version
from workflow.forms import STEP_FORMS
from workflow.models import APPROVAL_FIELDS, REVIEW_WARNING_DAYS, STEPS, Transition, available_steps, can_edit

SIGN_OFF_FIELDS = ["workflow_state", "status", *APPROVAL_FIELDS, "certifier_name", "certified_on"]


class ReviewDueFilter(admin.SimpleListFilter):
    title = "review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("due", f"Overdue or due within {REVIEW_WARNING_DAYS} days"), ("overdue", "Overdue")]

    def queryset(self, request, queryset):
        if self.value() == "due":
            return queryset.review_due()
        if self.value() == "overdue":
            return queryset.review_due(within_days=-1)
        return queryset


SIGN_OFF_FIELDSET = (
    "Publishing and medical sign-off",
    {
        "fields": SIGN_OFF_FIELDS,
        "description": "Set by a medical reviewer with 'Approve and publish'. A change to a published "
        "page is kept aside until it is approved: readers see the approved version until then.",
    },
)


class ReviewableAdmin(admin.ModelAdmin):
    """Admin for any model with the workflow: edits go through `save_edit`, state changes through the steps."""

    list_display = ["status", "review_due"]
    list_filter = ["status"]
    change_form_template = "admin/workflow/reviewable_change_form.html"

    def get_readonly_fields(self, request, obj=None):
        # Nobody edits these in the form, whatever is posted: they change only through the workflow.
        return [*super().get_readonly_fields(request, obj), *SIGN_OFF_FIELDS]

    def get_list_display(self, request):
        columns = ["publication_status" if name == "status" else name for name in super().get_list_display(request)]
        return [*columns, "pending_change"]

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), ReviewDueFilter]

    @admin.display(description="Status", ordering="status")
    def publication_status(self, obj):
        """'Published' only once readers can see it: an approved page waiting for its time says when."""
        if obj.is_scheduled:
            return f"Scheduled for {date_format(timezone.localtime(obj.published_at), 'j M Y, H:i')}"
        return obj.get_status_display()

    @admin.display(description="Workflow")
    def workflow_state(self, obj):
        if obj is None or obj.pk is None:
            return "New draft"
        if obj.has_pending_change:
            return (
                f"{self.publication_status(obj)}; a change is {obj.get_pending_status_display().lower()}, not yet live"
            )
        return self.publication_status(obj)

    @admin.display(description="Change waiting")
    def pending_change(self, obj):
        return obj.get_pending_status_display() if obj.has_pending_change else ""

    def get_object(self, request, object_id, from_field=None):
        """The version being worked on: a pending change is shown and edited, not the live columns."""
        obj = super().get_object(request, object_id, from_field)
        if obj is not None and obj.has_pending_change:
            obj.apply_values(obj.pending)
        return obj

    def get_form(self, request, obj=None, **kwargs):
        """On a page with a change waiting, the form shows the links that change holds, not the live ones."""
        form = super().get_form(request, obj, **kwargs)
        links = (
            {name: obj.pending[name] for name in obj.link_field_names() if name in (obj.pending or {})} if obj else {}
        )
        if not links:
            return form

        class PendingLinksForm(form):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.initial.update(links)

        return PendingLinksForm

    def save_related(self, request, form, formsets, change):
        """Links edited on a published page wait with the rest of the change (`save_model` kept them there)."""
        if not form.instance.has_pending_change:
            return super().save_related(request, form, formsets, change)
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    def save_model(self, request, obj, form, change):
        # The links go with the edit, so its revision records them and a pending change holds them.
        links = {
            name: [item.pk for item in form.cleaned_data[name]]
            for name in obj.link_field_names()
            if name in form.cleaned_data
        }
        obj.save_edit(request.user, links=links)
        if obj.has_pending_change:
            self.message_user(
                request,
                "Your change is saved but not live: readers see the approved version until a medical reviewer "
                "approves it. Use 'Submit for review' when it is ready.",
                messages.INFO,
            )

    # Extra pages: workflow steps, revisions, restore --------------------------------------------

    def get_urls(self):
        prefix = f"{self.opts.app_label}_{self.opts.model_name}"
        wrap = self.admin_site.admin_view
        return [
            path(
                "<path:object_id>/workflow/<slug:action>/",
                wrap(self.transition_view),
                name=f"{prefix}_transition",
            ),
            path(
                "<path:object_id>/revisions/<int:version_id>/",
                wrap(self.revision_view),
                name=f"{prefix}_revision",
            ),
            path(
                "<path:object_id>/revisions/<int:version_id>/restore/",
                wrap(require_POST(self.restore_view)),
                name=f"{prefix}_restore",
            ),
            *super().get_urls(),
        ]

    def _get_for_workflow(self, request, object_id):
        """The live row, or 404 for an id that is unknown or not an id at all ('abc', too large a number)."""
        obj = super().get_object(request, unquote(object_id))  # the live columns, not the pending change
        if obj is None:
            raise Http404(f"There is no {self.opts.verbose_name} with that number.")
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        return obj

    def _change_url(self, obj):
        return reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[obj.pk])

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = super().get_object(request, unquote(object_id))  # None for a malformed id too: the admin says so
        if obj is not None:
            extra_context = {
                **(extra_context or {}),
                "workflow_actions": available_steps(request.user, obj),
                "four_eyes_blocked": STEPS["approve"].permitted(request.user, self.model)
                and STEPS["approve"].possible(obj)
                and obj.four_eyes_block(request.user),
                "transitions": Transition.for_item(obj).select_related("user")[:50],
                "versions": Version.objects.get_for_object(obj).select_related("revision__user")[:30],
                "preview_url": obj.get_absolute_url() + "?preview=1" if hasattr(obj, "get_absolute_url") else "",
            }
        return super().change_view(request, object_id, form_url, extra_context)

    def transition_view(self, request, object_id, action):
        step = STEPS.get(action)
        if step is None or not step.applies_to(self.model):
            raise Http404(f"There is no workflow step called '{action}'.")
        obj = self._get_for_workflow(request, object_id)
        if not step.permitted(request.user, self.model):
            raise PermissionDenied
        label, form_class = step.label, STEP_FORMS[action]
        initial = {}
        if action == "approve":
            initial = self._approval_initial(obj)
        form = form_class(request.POST if request.method == "POST" else None, initial=initial)
        if request.method == "POST" and form.is_valid():
            data = dict(form.cleaned_data)
            comment = data.pop("comment", "")
            try:
                getattr(obj, action)(request.user, comment=comment, **data)
            except ValidationError as error:
                form.add_error(None, error.messages)  # field errors of the model become the form's own
            else:
                self.message_user(request, f"{label}: done.", messages.SUCCESS)
                return redirect(self._change_url(obj))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": obj,
            "title": f"{label}: {obj}",
            "form": form,
            "action_label": label,
            "change_url": self._change_url(obj),
            # What the reviewer is asked to sign (or the editor to submit): nothing to show for a withdrawal.
            "show_changes": not step.from_live,
        }
        if not step.from_live:
            live = live_version(obj) if obj.is_live else None
            working = working_version(obj)
            context.update(
                changes=compare(self.model, live, working),
                first_publication=live is None,
                # The plain-language figures the editor saw, so reading age is part of what is signed off.
                rich_text=[
                    (self.model._meta.get_field(name).verbose_name, working.get(name, ""), f"review-{name}")
                    for name in getattr(self.model, "rich_text_fields", ())
                ],
            )
        return TemplateResponse(request, "admin/workflow/transition_form.html", context)

    def _approval_initial(self, obj):
        defaults = import_string(settings.WORKFLOW_APPROVAL_DEFAULTS)()
        return {
            "job_code": obj.job_code or defaults["job_code"],
            "date_of_preparation": obj.date_of_preparation or defaults["date_of_preparation"],
            "review_due": obj.review_due,
            "published_at": timezone.localtime(obj.published_at) if obj.published_at else None,
        }

    def revision_view(self, request, object_id, version_id):
        obj = self._get_for_workflow(request, object_id)
        versions = Version.objects.get_for_object(obj).select_related("revision__user")
        version = get_object_or_404(versions, pk=version_id)
        against_id = request.GET.get("against", "")
        if against_id and not (against_id.isascii() and against_id.isdigit()):
            raise Http404("There is no saved version with that number.")
        against = get_object_or_404(versions, pk=against_id) if against_id else None
        new = revision_version(self.model, against) if against else working_version(obj)
        compared_with = f"the one of {_when(against)}" if against else "the version being worked on now"
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": obj,
            "title": f"Revision of {_when(version)}",
            "changes_heading": f"From this revision to {compared_with}",
            "version": version,
            "against": against,
            "versions": versions,
            "changes": compare(self.model, revision_version(self.model, version), new),
            "change_url": self._change_url(obj),
            "can_restore": can_edit(request.user, self.model),
        }
        return TemplateResponse(request, "admin/workflow/revision.html", context)

    def restore_view(self, request, object_id, version_id):
        obj = self._get_for_workflow(request, object_id)
        if not can_edit(request.user, self.model):
            raise PermissionDenied
        version = get_object_or_404(Version.objects.get_for_object(obj), pk=version_id)
        obj.restore(request.user, version)
        self.message_user(
            request, "The earlier version is now a draft. Submit it for review to publish it.", messages.SUCCESS
        )
        return redirect(self._change_url(obj))


def _when(version):
    return date_format(timezone.localtime(version.revision.date_created), "j M Y H:i")
