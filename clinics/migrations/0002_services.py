from django.db import migrations

# The services the issue lists; editors can add more in the admin.
SERVICES = [
    ("surgery", "Surgery"),
    ("prrt", "Peptide receptor radionuclide therapy (PRRT)"),
    ("nuclear-medicine-imaging", "Nuclear medicine imaging"),
    ("medical-oncology", "Medical oncology"),
    ("endocrinology", "Endocrinology"),
    ("interventional-radiology", "Interventional radiology"),
    ("specialist-nurse", "Specialist nurse"),
]


def create_services(apps, schema_editor):
    Service = apps.get_model("clinics", "Service")
    for order, (slug, name) in enumerate(SERVICES, start=1):
        Service.objects.get_or_create(slug=slug, defaults={"name": name, "order": order * 10})


def remove_services(apps, schema_editor):
    apps.get_model("clinics", "Service").objects.filter(slug__in=[slug for slug, _ in SERVICES]).delete()


class Migration(migrations.Migration):
    dependencies = [("clinics", "0001_initial")]

    operations = [migrations.RunPython(create_services, remove_services)]
