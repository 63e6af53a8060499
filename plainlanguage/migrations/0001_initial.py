from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="JargonTerm",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "term",
                    models.CharField(
                        help_text="A word or phrase, e.g. 'metastasis'. Found in every word form ('metastases' "
                        "too), whatever the capitals.",
                        max_length=80,
                        unique=True,
                    ),
                ),
                (
                    "plain_alternative",
                    models.CharField(
                        help_text="The plain word to use instead, or how to explain it, e.g. 'spread of the "
                        "cancer to another part of the body'.",
                        max_length=300,
                    ),
                ),
            ],
            options={"verbose_name": "jargon term", "ordering": ["term"]},
        ),
    ]
