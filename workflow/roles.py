"""The four staff roles and exactly the permissions that go with them, kept in step with the content models.

The groups are created by data migrations; `sync_roles` runs after every migrate and sets each group's
permissions to what is written here (on every ContentPage model it can find, so new content apps are
covered too). It is the only place that grants a role anything: a permission added to a group by hand is
taken away again on the next migrate. The 'approve' permission (approve and publish, set job code and
date of preparation) is made here for each content model and for quotes, so no content app can forget it.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

EDITORS = "Editors"
REVIEWERS = "Medical reviewers"
MEDICAL_INFORMATION = "Medical information"
SITE_ADMINS = "Site administrators"
ROLES = {"editor": EDITORS, "reviewer": REVIEWERS, "medinfo": MEDICAL_INFORMATION, "admin": SITE_ADMINS}

# Editors and medical reviewers look after every kind of content, not only ContentPage models.
_EDITORIAL = [
    ("workflow", "transition", ["view"]),
    ("reversion", "version", ["view"]),
    ("faqs", "topic", ["add", "change", "view"]),
    ("clinics", "service", ["add", "change", "view"]),
    ("faqs", "sideeffectterm", ["add", "change", "delete", "view"]),
    ("plainlanguage", "jargonterm", ["add", "change", "delete", "view"]),
    # They read readers' questions (to turn them into FAQs); Medical information handles them.
    ("faqs", "submittedquestion", ["view"]),
    ("faqs", "questionhandling", ["view"]),
    ("ratings", "ratingtotal", ["view"]),
    ("ratings", "vote", ["view"]),
]

# Permissions on things that are not ContentPage models, by role: (app_label, model_name, actions).
OTHER_PERMISSIONS = {
    EDITORS: [*_EDITORIAL, ("stories", "quote", ["add", "change", "view"])],
    REVIEWERS: [*_EDITORIAL, ("stories", "quote", ["add", "change", "view", "approve"])],
    MEDICAL_INFORMATION: [
        ("faqs", "submittedquestion", ["change", "view"]),
        ("faqs", "questionhandling", ["view"]),
        ("faqs", "sideeffectterm", ["view"]),
        ("faqs", "topic", ["view"]),
        ("plainlanguage", "jargonterm", ["view"]),
    ],
    SITE_ADMINS: [
        ("auth", "user", ["add", "change", "delete", "view"]),
        ("auth", "group", ["view"]),
        ("pages", "sitesettings", ["add", "change", "view"]),  # add: only while no record exists
        ("axes", "accessattempt", ["view", "delete"]),
        ("axes", "accesslog", ["view"]),
        ("axes", "accessfailurelog", ["view"]),
        ("workflow", "transition", ["view"]),
        ("stories", "quote", ["view"]),
        ("faqs", "topic", ["view"]),
        ("clinics", "service", ["view"]),
    ],
}
CONTENT_ACTIONS = {
    EDITORS: ["add", "change", "view"],
    REVIEWERS: ["add", "change", "view", "approve"],
    MEDICAL_INFORMATION: [],
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


def sync_roles(app_config=None, **kwargs):
    """Make sure the four groups exist and hold exactly their permissions.

    As a post_migrate receiver it is sent once per app; it does its work once, for the last app, when every
    app's permissions have been made (a migrate, or a test database emptied between tests, is then ~2.5 s faster).
    """
    from workflow.models import reviewable_models

    if app_config is not None and app_config is not [c for c in apps.get_app_configs() if c.models_module][-1]:
        return
    for model in [*reviewable_models(), apps.get_model("stories", "Quote")]:
        approve_permission(model)
    for name in ROLES.values():
        group, _ = Group.objects.get_or_create(name=name)
        wanted = []
        for model in reviewable_models():
            wanted += _permissions(model._meta.app_label, model._meta.model_name, CONTENT_ACTIONS[name])
        for app_label, model_name, actions in OTHER_PERMISSIONS[name]:
            wanted += _permissions(app_label, model_name, actions)
        group.permissions.set(wanted)
