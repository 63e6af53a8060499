"""Helpers for the demo-content loaders that each app keeps in its `demo.py`.

An app's `demo.py` defines `load(scale)` returning a `DemoReport`; the
`load_demo_content` command finds and runs them all.
"""

from collections import Counter
from dataclasses import dataclass, field

from content.models import sanitise_html


@dataclass
class DemoReport:
    counts: Counter = field(default_factory=Counter)

    def add(self, model, outcome):
        self.counts[(model._meta.verbose_name_plural, outcome)] += 1

    @property
    def changed(self):
        return any(outcome != "unchanged" for (_, outcome) in self.counts)


def sync(model, report, lookup, values):
    """Create or update one row so that it holds `values`; leave it alone if it already does."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model.objects.create(**lookup, **values)
        report.add(model, "created")
        return obj
    wanted = {name: sanitise_html(value) if name == "body" else value for name, value in values.items()}
    if all(getattr(obj, name) == value for name, value in wanted.items()):
        report.add(model, "unchanged")
        return obj
    for name, value in wanted.items():
        setattr(obj, name, value)
    obj.save()
    report.add(model, "updated")
    return obj


def scaled(items, scale, key="slug", title="title"):
    """The items, plus (scale - 1) numbered copies of each, for trying the site with more data."""
    for item in items:
        yield item
    for copy in range(2, scale + 1):
        for item in items:
            yield {**item, key: f"{item[key]}-{copy}", title: f"{item[title]} ({copy})"}
