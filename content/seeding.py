"""Helpers for the demo-content loaders that each app keeps in its `demo.py`.

An app's `demo.py` defines `load(scale)` returning a `DemoReport`; the
`load_demo_content` command finds and runs them all.

Demo content goes through the same door as everything else: a demo editor writes and submits each
page, and a demo medical reviewer approves it (four eyes), so every demo page has its history, a
certifier and a revision to compare with. Neither account can log in (no usable password).
"""

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from content.models import HEADING_LEVELS, sanitise_html
from workflow.models import Reviewable, Transition
from workflow.roles import EDITORS, REVIEWERS, sync_roles

DEMO_EDITOR = "demo-editor"
DEMO_REVIEWER = "demo-reviewer"
# The approval step sets these; a demo item gives them to the reviewer rather than writing them itself.
SIGN_OFF_VALUES = ("job_code", "date_of_preparation", "review_due")


@dataclass
class DemoReport:
    counts: Counter = field(default_factory=Counter)
    staff: tuple = ()

    def add(self, model, outcome):
        self.counts[(model._meta.verbose_name_plural, outcome)] += 1

    @property
    def changed(self):
        return any(outcome in {"created", "updated"} or outcome.startswith("deleted") for (_, outcome) in self.counts)


def demo_staff():
    """(editor, reviewer): the accounts demo content is written and approved by; nobody can log in as them."""
    User = get_user_model()
    sync_roles()
    accounts = []
    for username, name, group in [
        (DEMO_EDITOR, "Demo editor", EDITORS),
        (DEMO_REVIEWER, "Demo medical reviewer", REVIEWERS),
    ]:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, first_name=name, is_staff=False)
            user.set_unusable_password()
            user.save()
        user.groups.add(Group.objects.get(name=group))
        accounts.append(user)
    return tuple(accounts)


def sync(model, report, lookup, values, links=None):
    """Create or update one row so that it holds `values` (and its many-to-many `links`: name -> ids or rows);
    leave it alone if it already does. Workflow models are published through the workflow."""
    rich = getattr(model, "rich_text_fields", ())
    levels = getattr(model, "rich_text_heading_levels", HEADING_LEVELS)
    wanted = {name: sanitise_html(value, levels) if name in rich else value for name, value in values.items()}
    links = {name: {getattr(target, "pk", target) for target in targets} for name, targets in (links or {}).items()}
    obj = model.objects.filter(**lookup).first()
    if issubclass(model, Reviewable):
        return _publish(model, report, lookup, obj, wanted, links)
    if obj is None:
        obj = model.objects.create(**lookup, **values)
        _set_links(obj, links)
        report.add(model, "created")
        return obj
    if _holds(obj, wanted, links):
        report.add(model, "unchanged")
        return obj
    for name, value in wanted.items():
        setattr(obj, name, value)
    obj.save()
    _set_links(obj, links)
    report.add(model, "updated")
    return obj


def _holds(obj, values, links):
    return all(getattr(obj, name) == value for name, value in values.items()) and all(
        set(getattr(obj, name).values_list("pk", flat=True)) == ids for name, ids in links.items()
    )


def _set_links(obj, links):
    for name, ids in links.items():
        if set(getattr(obj, name).values_list("pk", flat=True)) != ids:
            getattr(obj, name).set(ids)


def _publish(model, report, lookup, obj, wanted, links):
    """The demo editor writes and submits the item, the demo reviewer approves it: live, signed off, logged."""
    sign_off = {name: wanted.pop(name) for name in SIGN_OFF_VALUES if name in wanted}
    if (
        obj is not None
        and obj.is_live
        and not obj.has_pending_change
        and _holds(obj, {**wanted, **sign_off}, links)
        # Demo pages from before the workflow loaded them have no history: approve them once more.
        and Transition.for_item(obj).filter(action=Transition.Action.APPROVED).exists()
    ):
        report.add(model, "unchanged")
        return obj
    if not report.staff:
        report.staff = demo_staff()
    editor, reviewer = report.staff
    item = obj.working_copy() if obj is not None else model(**lookup)
    for name, value in wanted.items():
        setattr(item, name, value)
    item.save_edit(editor, comment="Demo content")
    if item.has_pending_change:
        item.keep_links_pending({name: sorted(ids) for name, ids in links.items()})
    else:
        _set_links(item, links)
    item = model.objects.get(pk=item.pk)
    if item.working_status != model.Status.IN_REVIEW:
        item.submit(editor, comment="Demo content, ready for review.")
    item.approve(reviewer, comment="Demo content.", **sign_off)
    report.add(model, "created" if obj is None else "updated")
    return item


def scaled(items, scale, key="slug", title="title"):
    """The items, plus (scale - 1) numbered copies of each, for trying the site with more data."""
    for item in items:
        yield item
    for copy in range(2, scale + 1):
        for item in items:
            yield {**item, key: f"{item[key]}-{copy}", title: f"{item[title]} ({copy})"}
