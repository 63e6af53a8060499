"""The three staff roles and the permissions that go with them, kept in step with the content models.

The groups are created by a data migration; `sync_roles` runs after every migrate and grants each
group its permissions on every ContentPage model it can find, so new content apps are covered too.
The 'approve' permission (approve and publish, set job code and date of preparation) is made here
for each content model rather than in each model's Meta, so no content app can forget it.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

EDITORS = "Editors"
REVIEWERS = "Medical reviewers"
SITE_ADMINS = "Site administrators"
ROLES = {"editor": EDITORS, "reviewer": REVIEWERS, "admin": SITE_ADMINS}

# Permissions on things that are not content, by role: (app_label, model_name, actions).
OTHER_PERMISSIONS = {
    EDITORS: [("workflow", "transition", ["view"]), ("reversion", "version", ["view"])],
    REVIEWERS: [("workflow", "transition", ["view"]), ("reversion", "version", ["view"])],
    SITE_ADMINS: [
        ("auth", "user", ["add", "change", "delete", "view"]),
        ("auth", "group", ["view"]),
        ("pages", "sitesettings", ["change", "view"]),
        ("axes", "accessattempt", ["view", "delete"]),
        ("axes", "accesslog", ["view"]),
        ("axes", "accessfailurelog", ["view"]),
        ("workflow", "transition", ["view"]),
    ],
}
CONTENT_ACTIONS = {
    EDITORS: ["add", "change", "view"],
    REVIEWERS: ["add", "change", "view", "approve"],
    SITE_ADMINS: ["view"],
}


def approve_permission(model):
    content_type = ContentType.objects.get_for_model(model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"approve_{model._meta.model_name}",
        defaults={"name": f"Can approve and publish {model._meta.verbose_name}"},
    )
    return permission


def _permissions(app_label, model_name, actions):
    codenames = [f"{action}_{model_name}" for action in actions]
    return Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)


def sync_roles(**kwargs):
    """Make sure the three groups exist and hold their permissions (only ever adds)."""
    from workflow.models import reviewable_models

    for name in ROLES.values():
        group, _ = Group.objects.get_or_create(name=name)
        wanted = []
        for model in reviewable_models():
            approve_permission(model)
            wanted += _permissions(model._meta.app_label, model._meta.model_name, CONTENT_ACTIONS[name])
        for app_label, model_name, actions in OTHER_PERMISSIONS.get(name, []):
            wanted += _permissions(app_label, model_name, actions)
        group.permissions.add(*wanted)
