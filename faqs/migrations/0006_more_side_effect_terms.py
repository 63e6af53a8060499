"""Terms for everyday ways readers describe side effects, now that terms match every word form and phrase."""

from django.db import migrations

TERMS = [
    "stomach cramps", "cramp", "hot flushes", "flush", "after every injection", "after each injection",
    "injection site", "itchy", "nauseous", "swollen", "tiredness", "dizziness", "diarrhea", "shaky",
    "blurred vision", "jaundice", "gallstones", "low blood sugar", "hypo", "sore",
]  # fmt: skip


def add_terms(apps, schema_editor):
    SideEffectTerm = apps.get_model("faqs", "SideEffectTerm")
    for term in TERMS:
        SideEffectTerm.objects.get_or_create(term=term)


class Migration(migrations.Migration):
    dependencies = [("faqs", "0005_question_handling_and_pharmacovigilance")]
    operations = [migrations.RunPython(add_terms, migrations.RunPython.noop)]
