"""The four roles exist on every installation, each with exactly its permissions, and staff accounts."""

from io import StringIO

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.test import Client

from content.models import content_models
from workflow.roles import EDITORS, MEDICAL_INFORMATION, REVIEWERS, SITE_ADMINS, sync_roles

pytestmark = pytest.mark.django_db


def codenames(group_name):
    return set(Group.objects.get(name=group_name).permissions.values_list("codename", flat=True))


def test_the_four_groups_exist_after_migrate():
    assert set(Group.objects.values_list("name", flat=True)) >= {EDITORS, REVIEWERS, MEDICAL_INFORMATION, SITE_ADMINS}


def test_every_content_model_gets_the_role_permissions():
    sync_roles()
    assert len(content_models()) >= 2
    for model in content_models():
        name = model._meta.model_name
        assert {f"add_{name}", f"change_{name}", f"view_{name}"} <= codenames(EDITORS)
        assert f"approve_{name}" not in codenames(EDITORS)
        assert {f"change_{name}", f"approve_{name}"} <= codenames(REVIEWERS)
        assert f"change_{name}" not in codenames(SITE_ADMINS)
    assert {"add_user", "change_user", "change_sitesettings"} <= codenames(SITE_ADMINS)
    assert "change_sitesettings" not in codenames(EDITORS) | codenames(REVIEWERS)


def test_content_models_are_found_without_a_list():
    assert apps.get_model("treatments", "Treatment") in content_models()
    assert apps.get_model("pages", "SitePage") in content_models()


def test_create_staff_user_makes_an_account_and_prints_a_one_time_link():
    out = StringIO()
    call_command("create_staff_user", "ada@example.com", "reviewer", name="Ada Jones", stdout=out)
    user = get_user_model().objects.get(username="ada@example.com")
    assert user.is_staff and not user.is_superuser and not user.has_usable_password()
    assert user.groups.filter(name=REVIEWERS).exists()
    assert user.get_full_name() == "Ada Jones"
    link = out.getvalue().strip().splitlines()[-1]
    assert "/set-password/" in link
    assert link.startswith(settings.SITE_URL + "/")  # the link is built on the site's own address
    path = link.removeprefix(settings.SITE_URL)
    client = Client()
    response = client.get(path, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0]
    response = client.post(
        form_url, {"new_password1": "a-much-longer-password-42", "new_password2": "a-much-longer-password-42"}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("a-much-longer-password-42")
    assert "invalid" in Client().get(path, follow=True).content.decode().lower()  # used once, then dead


def test_create_staff_user_dry_run_changes_nothing():
    out = StringIO()
    call_command("create_staff_user", "bo@example.com", "editor", dry_run=True, stdout=out)
    assert "Would create" in out.getvalue()
    assert not get_user_model().objects.filter(username="bo@example.com").exists()


@pytest.mark.parametrize("args", [["not-an-email", "editor"], ["x@example.com", "editor"]])
def test_create_staff_user_refuses_misuse(args):
    get_user_model().objects.create_user("x@example.com", "x@example.com")
    with pytest.raises(CommandError):
        call_command("create_staff_user", *args)


def test_editors_and_reviewers_look_after_every_kind_of_content_and_read_the_ratings():
    sync_roles()
    editorial = {"add_quote", "change_quote", "add_topic", "change_topic", "add_sideeffectterm", "change_sideeffectterm",
                 "delete_sideeffectterm", "view_submittedquestion", "view_ratingtotal", "view_vote"}  # fmt: skip
    assert editorial <= codenames(EDITORS)
    assert editorial | {"approve_quote"} <= codenames(REVIEWERS)
    assert "approve_quote" not in codenames(EDITORS)
    assert "change_submittedquestion" not in codenames(EDITORS) | codenames(REVIEWERS)


def test_medical_information_handle_questions_and_nothing_else():
    sync_roles()
    assert codenames(MEDICAL_INFORMATION) == {
        "view_submittedquestion",
        "change_submittedquestion",
        "view_questionhandling",
        "view_sideeffectterm",
        "view_topic",
        "view_jargonterm",
    }


def test_site_administrators_see_no_readers_questions_or_ratings_and_change_no_content():
    sync_roles()
    held = codenames(SITE_ADMINS)
    assert {"add_user", "change_user", "change_sitesettings", "view_accessattempt", "delete_accessattempt"} <= held
    assert not {"view_submittedquestion", "view_ratingtotal", "change_quote", "change_sideeffectterm"} & held


def test_sync_roles_takes_back_what_was_granted_by_hand():
    sync_roles()
    group = Group.objects.get(name=EDITORS)
    group.permissions.add(Permission.objects.get(codename="change_sitesettings"))
    sync_roles()
    assert "change_sitesettings" not in codenames(EDITORS)


def test_create_staff_user_makes_a_medical_information_account():
    call_command("create_staff_user", "mi@example.org", "medinfo", stdout=StringIO())
    user = get_user_model().objects.get(username="mi@example.org")
    assert user.is_staff and user.groups.filter(name=MEDICAL_INFORMATION).exists()
