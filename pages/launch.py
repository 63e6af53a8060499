"""What still blocks going live: shown on the admin home and reported by `manage.py check --deploy`."""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from content.models import content_models
from content.seeding import DEMO_REVIEWER
from pages.models import PLACEHOLDER_JOB_CODE, PLACEHOLDER_SPONSOR, SiteSettings
from workflow.models import Transition

# Each kind of blocker, with the number its `check --deploy` warning carries (pages.W0NN), so one can be silenced.
KINDS = {
    "sponsor": 1,
    "job_code": 2,
    "medical_information_phone": 3,
    "medical_information_email": 4,
    "postal_address": 5,
    "data_controller": 6,
    "demo_content": 7,
    "overdue": 8,
}


def launch_blockers():
    """[(kind, sentence)]: one per thing an editor or administrator must put right before the site goes live."""
    current = SiteSettings.current()
    blockers = []
    if PLACEHOLDER_SPONSOR in current.sponsor_statement:
        blockers.append(
            ("sponsor", f"The sponsor statement still names the placeholder '{PLACEHOLDER_SPONSOR}' (site settings).")
        )
    if current.default_job_code == PLACEHOLDER_JOB_CODE:
        blockers.append(
            ("job_code", f"The default job code is still the placeholder {PLACEHOLDER_JOB_CODE} (site settings).")
        )
    for field in ("medical_information_phone", "medical_information_email", "postal_address", "data_controller"):
        if not getattr(current, field).strip():
            label = SiteSettings._meta.get_field(field).verbose_name
            blockers.append((field, f"No {label} in the site settings."))
    demo = demo_content_counts()
    if demo:
        listed = ", ".join(f"{count} {name}" for name, count in demo.items())
        blockers.append(("demo_content", f"Demo content is still on the site: {listed}."))
    overdue = overdue_counts()
    if overdue:
        listed = ", ".join(f"{count} {name}" for name, count in overdue.items())
        blockers.append(("overdue", f"Published pages are past their review date: {listed}."))
    return blockers


def demo_content_counts():
    """{kind: count} of content still standing as the demo reviewer approved it."""
    approved = (
        Transition.objects.filter(user__username=DEMO_REVIEWER, action=Transition.Action.APPROVED)
        .values_list("content_type", "object_id")
        .distinct()
    )
    by_type = {}
    for content_type, object_id in approved:
        by_type.setdefault(content_type, set()).add(object_id)
    counts = {}
    for content_type, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type).model_class()
        count = model._default_manager.filter(pk__in=ids).count() if model else 0
        if count:
            counts[model._meta.verbose_name_plural] = count
    return counts


def overdue_counts():
    today = timezone.localdate()
    counts = {}
    for model in content_models():
        count = model.objects.published().filter(review_due__lt=today).count()
        if count:
            counts[model._meta.verbose_name_plural] = count
    return counts
