"""Create the one site-settings record, holding the default wording, so staff only ever edit it."""

from django.db import migrations


def create_record(apps, schema_editor):
    apps.get_model("pages", "SiteSettings").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [("pages", "0001_initial")]

    operations = [migrations.RunPython(create_record, migrations.RunPython.noop)]
