from django.db import migrations

from plainlanguage.seed import TERMS


def seed(apps, schema_editor):
    JargonTerm = apps.get_model("plainlanguage", "JargonTerm")
    for term, plain in TERMS.items():
        JargonTerm.objects.get_or_create(term=term, defaults={"plain_alternative": plain})


class Migration(migrations.Migration):
    dependencies = [("plainlanguage", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
