from django.contrib import admin
from django.shortcuts import redirect
from django.urls import reverse

from content.admin import ContentPageAdmin
from pages.models import SitePage, SiteSettings


@admin.register(SitePage)
class SitePageAdmin(ContentPageAdmin):
    pass


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
    """A single record: the list goes straight to it, and it can be neither added twice nor deleted."""

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not SiteSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        settings_record = SiteSettings.objects.first()
        if settings_record is None:
            return redirect(reverse("admin:pages_sitesettings_add"))
        return redirect(reverse("admin:pages_sitesettings_change", args=[settings_record.pk]))
