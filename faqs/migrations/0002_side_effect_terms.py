"""A starting list of side-effect terms, so the flag works from the first day; editors keep it up to date."""

from django.db import migrations

TERMS = [
    "side effect", "side-effect", "adverse", "reaction", "allergic", "allergy", "rash", "itch", "swelling",
    "nausea", "sick", "vomit", "diarrhoea", "constipation", "pain", "headache", "dizzy", "faint", "tired",
    "fatigue", "breathless", "palpitation", "bleeding", "bruising", "hair loss", "made me feel", "since taking",
    "since starting", "overdose",
]  # fmt: skip


def add_terms(apps, schema_editor):
    SideEffectTerm = apps.get_model("faqs", "SideEffectTerm")
    for term in TERMS:
        SideEffectTerm.objects.get_or_create(term=term)


class Migration(migrations.Migration):
    dependencies = [("faqs", "0001_initial")]
    operations = [migrations.RunPython(add_terms, migrations.RunPython.noop)]
