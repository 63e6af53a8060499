from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminFileWidget
from django.db import models, transaction
from django.template.response import TemplateResponse

from content.admin import ContentPageAdmin
from stories.images import PortraitFormField
from stories.models import Quote, Story
from workflow.forms import ReasonForm


@admin.register(Story)
class StoryAdmin(ContentPageAdmin):
    list_display = ["title", "display_name", "status", "consent_given_on", "consent_withdrawn_on", "review_due"]
    list_filter = ["status", "treatments"]
    search_fields = ["title", "display_name", "summary", "body", "consent_reference"]
    readonly_fields = ["consent_withdrawn_on"]
    actions = ["withdraw_consent"]
    content_fields = ["display_name", "description"]
    # A tick box per treatment, and a named file input: Django's two-list picker and its file input in a
    # bare fieldset both fail axe (an aria-label on a span, an input without a label).
    formfield_overrides = {
        models.ImageField: {
            "form_class": PortraitFormField,
            "widget": AdminFileWidget(attrs={"aria-label": "Portrait"}),
        },
        models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple},
    }

    def get_fieldsets(self, request, obj=None):
        (name, main), sign_off = super().get_fieldsets(request, obj)
        return [
            (name, {**main, "fields": [*main["fields"], "treatments"]}),
            ("Portrait", {"fields": ["portrait", "portrait_alt"]}),
            ("Consent", {"fields": ["consent_given_on", "consent_reference", "consent_withdrawn_on"]}),
            sign_off,
        ]

    @admin.action(description="Withdraw consent: unpublish the stories and their quotes", permissions=["change"])
    def withdraw_consent(self, request, queryset):
        """The workflow step for several stories at once, after asking why (see Story.withdraw_consent)."""
        stories = [story for story in queryset if story.step_possible("withdraw_consent")]
        form = ReasonForm(request.POST if "apply" in request.POST else None)
        if not form.is_valid():
            context = {**self.admin_site.each_context(request), "opts": self.opts, "stories": stories, "form": form}
            context["title"] = "Withdraw consent"
            return TemplateResponse(request, "admin/stories/withdraw_consent.html", context)
        quotes = 0
        with transaction.atomic():
            for story in stories:
                quotes += story.quotes.filter(status=Quote.Status.PUBLISHED).count()
                story.withdraw_consent(request.user, comment=form.cleaned_data["comment"])
        self.message_user(
            request,
            f"Consent withdrawal recorded for {len(stories)} stor{'y' if len(stories) == 1 else 'ies'}. "
            f"They and {quotes} linked quote{'' if quotes == 1 else 's'} are no longer on the site.",
            messages.SUCCESS,
        )
        return None


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ["attribution", "short_text", "story", "on_overview", "is_demo", "status", "order"]
    list_filter = ["status", "on_overview", "treatments"]
    search_fields = ["text", "attribution", "footnote"]
    autocomplete_fields = ["story"]
    filter_horizontal = ["treatments"]
    list_select_related = ["story"]

    @admin.display(description="Quote")
    def short_text(self, quote):
        return quote.text[:80]

    def get_readonly_fields(self, request, obj=None):
        """Only a medical reviewer publishes a quote (or takes it off); editors write drafts."""
        readonly = list(super().get_readonly_fields(request, obj))
        return readonly if request.user.has_perm("stories.approve_quote") else [*readonly, "status"]

    def has_change_permission(self, request, obj=None):
        """A published quote is what readers see: once published, only a medical reviewer changes it."""
        if (
            obj is not None
            and obj.status == Quote.Status.PUBLISHED
            and not request.user.has_perm("stories.approve_quote")
        ):
            return False
        return super().has_change_permission(request, obj)
