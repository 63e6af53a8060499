"""An Editor imports a file that tries to publish: nothing changes for readers, and the workflow records it all."""

import csv
import io
import os

import pytest

from clinics.models import Clinic, ensure_default_services
from tests.clinics.test_import import CLINICS_CSV
from tests.factories import make_clinic, make_staff

pytestmark = pytest.mark.django_db(transaction=True)

# Where to keep screenshots of the import preview and the history (for a person to look at), if set.
SCREENSHOTS = os.environ.get("SCREENSHOT_DIR")


def snap(page, name):
    if SCREENSHOTS:
        page.screenshot(path=os.path.join(SCREENSHOTS, name), full_page=True)


def publishing_file(path):
    """The sample file, edited to publish everything with made-up sign-off, and to retitle the live clinic."""
    rows = list(csv.DictReader(io.StringIO(CLINICS_CSV.read_text())))
    for row in rows:
        row.update(status="published", job_code="FAKE-1", date_of_preparation="2026-11-01", review_due="2027-11-01")
    rows[0]["title"] = "Royal Free, retitled by import"
    with path.open("w", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_an_editors_import_publishes_nothing_and_shows_in_each_history(page, live_server, tmp_path):
    ensure_default_services()  # the file names services; an earlier browser test's flush may have removed them
    make_staff("editor", username="edith", first_name="Edith", last_name="Editor")
    live = make_clinic(slug="royal-free-london", title="Royal Free (live title)", city="London")
    upload = publishing_file(tmp_path / "clinics-update.csv")

    page.goto(live_server.url + "/admin/clinics/clinic/import/")
    page.get_by_label("Username").fill("edith")
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Log in").click()
    page.get_by_label("File to import").set_input_files(str(upload))
    page.get_by_label("Format").select_option(label="csv")
    page.get_by_role("button", name="Submit").click()
    page.get_by_role("button", name="Confirm import").wait_for(timeout=30_000)  # the preview imports in a rollback
    snap(page, "h4-import-preview.png")
    page.get_by_role("button", name="Confirm import").click()
    page.get_by_text("Import finished").wait_for()

    # Readers: the live clinic keeps its title, the new clinic is nowhere.
    page.goto(live_server.url + live.get_absolute_url())
    assert page.get_by_role("heading", level=1).inner_text() == "Royal Free (live title)"
    page.goto(live_server.url + "/clinics/")
    assert "Royal Free (live title)" in page.content()
    assert "retitled by import" not in page.content()
    assert "The Christie" not in page.content()

    new = Clinic.objects.get(slug="the-christie-manchester")
    live.refresh_from_db()
    assert new.status == Clinic.Status.DRAFT and new.certifier_name == ""
    assert live.title == "Royal Free (live title)"
    assert live.pending["title"] == "Royal Free, retitled by import"

    for item, state in [(new, "Draft"), (live, "Published; a change is draft, not yet live")]:
        page.goto(live_server.url + f"/admin/clinics/clinic/{item.pk}/change/")
        history = page.get_by_role("table", name="Workflow history, newest first")
        row = history.get_by_role("row").filter(has_text="Imported from a file")
        assert "Imported from clinics-update.csv by Edith Editor" in row.inner_text()
        assert state in page.content()
    snap(page, "h4-import-history.png")
    assert page.get_by_label("Title").input_value() == "Royal Free, retitled by import"
