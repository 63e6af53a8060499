import pytest
from django.core.management import call_command

from treatments.models import Treatment

pytestmark = pytest.mark.django_db


def run(*args):
    from io import StringIO

    out = StringIO()
    call_command("load_demo_content", *args, stdout=out)
    return out.getvalue()


def test_demo_content_loads_the_eleven_current_treatments(client):
    run()
    published = Treatment.objects.published()
    assert published.count() == 11
    assert published.filter(category=Treatment.Category.IN_DEVELOPMENT).count() == 2
    for treatment in published:
        assert client.get(treatment.get_absolute_url()).status_code == 200


def test_second_run_changes_nothing_and_says_so():
    run()
    before = list(Treatment.objects.values_list("slug", "updated_at"))
    output = run()
    assert "nothing changed" in output
    assert list(Treatment.objects.values_list("slug", "updated_at")) == before


def test_edited_demo_row_is_put_back():
    run()
    Treatment.objects.filter(slug="surgery").update(title="Changed by hand")
    output = run()
    assert "1 updated" in output
    assert Treatment.objects.get(slug="surgery").title == "Surgery"


def test_scale_loads_numbered_copies():
    run("--scale", "3")
    assert Treatment.objects.count() == 33
    assert Treatment.objects.filter(slug="surgery-3").exists()


def test_ensure_admin_creates_one_account_with_a_random_password():
    from io import StringIO

    from django.contrib.auth import get_user_model

    first, second = StringIO(), StringIO()
    call_command("ensure_admin", stdout=first)
    call_command("ensure_admin", stdout=second)
    users = get_user_model().objects.filter(is_superuser=True)
    assert users.count() == 1
    password = first.getvalue().split("password: ")[1].split()[0]
    assert users.get().check_password(password)
    assert "already exists" in second.getvalue()
