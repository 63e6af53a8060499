"""Accounts in the admin, for site administrators: they manage people's roles, never grant more than a role.

Django's own user admin lets anyone who may change accounts tick 'superuser status' or pick single
permissions, which would let a site administrator give themselves (or anyone) every power on the site.
Here only a superuser may do that, or change a superuser's account; nobody but a superuser changes
their own roles. Registered from `WorkflowConfig.ready()`, after the admin has registered Django's.
"""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

SUPERUSER_ONLY = ["is_superuser", "user_permissions"]


class StaffUserAdmin(UserAdmin):
    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if request.user.is_superuser or obj is None:
            return readonly
        own_account = obj.pk == request.user.pk
        return [*readonly, *SUPERUSER_ONLY, *(["groups", "is_staff", "is_active"] if own_account else [])]

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)


def register():
    User = get_user_model()
    if admin.site.is_registered(User):
        admin.site.unregister(User)
    admin.site.register(User, StaffUserAdmin)
