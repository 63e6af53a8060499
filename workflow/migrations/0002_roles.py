"""Create the three staff groups on every installation.

Their permissions are granted by `workflow.roles.sync_roles` after each migrate, once every app's
permissions exist, so content apps added later are covered without a new migration.
"""

from django.db import migrations

ROLE_NAMES = ["Editors", "Medical reviewers", "Site administrators"]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in ROLE_NAMES:
        Group.objects.get_or_create(name=name)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLE_NAMES).delete()


class Migration(migrations.Migration):
    dependencies = [("workflow", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(create_groups, remove_groups)]
