"""Create the 'Medical information' group, who handle readers' questions (its permissions: `sync_roles`)."""

from django.db import migrations


def create_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.get_or_create(name="Medical information")


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Medical information").delete()


class Migration(migrations.Migration):
    dependencies = [("workflow", "0002_roles")]

    operations = [migrations.RunPython(create_group, remove_group)]
