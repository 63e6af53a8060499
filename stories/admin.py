from django.contrib import admin, messages
from django.db import models, transaction
from django.utils import timezone

from netsite.admin import ContentPageAdmin
from netsite.page_cache import invalidate_paths
from stories.images import PortraitFormField
from stories.models import Quote, Story


@admin.register(Story)
class StoryAdmin(ContentPageAdmin):
    list_display = ["title", "display_name", "status", "consent_given_on", "consent_withdrawn_on", "review_due"]
    list_filter = ["status", "treatments"]
    search_fields = ["title", "display_name", "summary", "body", "consent_reference"]
    filter_horizontal = ["treatments"]
    readonly_fields = ["consent_withdrawn_on"]
    actions = ["withdraw_consent"]
    content_fields = ["display_name", "description"]
    formfield_overrides = {models.ImageField: {"form_class": PortraitFormField}}

    def get_fieldsets(self, request, obj=None):
        (name, main), sign_off = super().get_fieldsets(request, obj)
        return [
            (name, {**main, "fields": [*main["fields"], "treatments"]}),
            ("Portrait", {"fields": ["portrait", "portrait_alt"]}),
            ("Consent", {"fields": ["consent_given_on", "consent_reference", "consent_withdrawn_on"]}),
            sign_off,
        ]

    @admin.action(description="Withdraw consent: unpublish the stories and their quotes")
    def withdraw_consent(self, request, queryset):
        with transaction.atomic():
            stories = list(queryset.select_for_update())
            today = timezone.localdate()
            Story.objects.filter(pk__in=[story.pk for story in stories]).update(
                consent_withdrawn_on=today, status=Story.Status.DRAFT, updated_at=timezone.now()
            )
            linked_quotes = list(Quote.objects.filter(story__in=stories).prefetch_related("treatments"))
            quotes = Quote.objects.filter(story__in=stories).update(status=Quote.Status.DRAFT)
            # Bulk updates send no save signals: drop the affected pages from the cache here.
            invalidate_paths(set().union(*(item.cache_paths() for item in [*stories, *linked_quotes])))
        self.message_user(
            request,
            f"Consent withdrawal recorded for {len(stories)} stor{'y' if len(stories) == 1 else 'ies'}. "
            f"They and {quotes} linked quote{'' if quotes == 1 else 's'} are no longer on the site.",
            messages.SUCCESS,
        )


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ["attribution", "short_text", "story", "on_overview", "status", "order"]
    list_filter = ["status", "on_overview", "treatments"]
    search_fields = ["text", "attribution", "footnote"]
    autocomplete_fields = ["story"]
    filter_horizontal = ["treatments"]
    list_select_related = ["story"]

    @admin.display(description="Quote")
    def short_text(self, quote):
        return quote.text[:80]
