"""Migration operations for the workflow, used by every content app's migrations."""

from django.db import migrations
from django.db.models import Q

UNSIGNED = (
    Q(certifier_name="") | Q(certified_on=None) | Q(job_code="") | Q(date_of_preparation=None) | Q(review_due=None)
)


def hold_unsigned_for_review(app_label, model_name):
    """Before the sign-off constraint: a published row that lacks its sign-off goes back to 'in review'.

    Such a row was published by a path that skipped the medical reviewer (an import, a bulk action, old
    demo content); taking it off the site until a reviewer approves it is the only honest choice.
    """

    def forwards(apps, schema_editor):
        model = apps.get_model(app_label, model_name)
        model.objects.filter(Q(status="published") & UNSIGNED).update(status="in_review")

    return migrations.RunPython(forwards, migrations.RunPython.noop, elidable=True)
