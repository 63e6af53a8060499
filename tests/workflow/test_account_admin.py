"""Site administrators manage accounts and roles, but cannot hand out more power than a role gives."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from tests.factories import make_staff
from workflow.roles import EDITORS, SITE_ADMINS

pytestmark = pytest.mark.django_db


def change_url(user):
    return reverse("admin:auth_user_change", args=[user.pk])


def post_account(client, user, **fields):
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "is_active": "on",
        "is_staff": "on",
        "date_joined_0": "2026-12-01",
        "date_joined_1": "09:00:00",
        "initial-date_joined_0": "2026-12-01",
        "initial-date_joined_1": "09:00:00",
    }
    data.update(fields)
    return client.post(change_url(user), data)


def test_a_site_administrator_gives_an_account_a_role(login, site_admin):
    person = make_staff("editor")
    person.groups.clear()
    response = post_account(login(site_admin), person, groups=[Group.objects.get(name=EDITORS).pk])
    assert response.status_code == 302, response.content.decode()
    assert person.groups.filter(name=EDITORS).exists()


def test_a_site_administrator_cannot_make_anyone_a_superuser_or_grant_single_permissions(login, site_admin):
    person = make_staff("editor")
    permission = Permission.objects.get(codename="change_sitesettings")
    response = post_account(login(site_admin), person, is_superuser="on", user_permissions=[permission.pk])
    assert response.status_code == 302, response.content.decode()
    person.refresh_from_db()
    assert not person.is_superuser
    assert not person.user_permissions.exists()


def test_a_site_administrator_cannot_change_their_own_roles(login, site_admin):
    editors = Group.objects.get(name=EDITORS)
    post_account(login(site_admin), site_admin, groups=[editors.pk])
    assert list(site_admin.groups.values_list("name", flat=True)) == [SITE_ADMINS]


def test_a_superuser_account_is_read_only_to_site_administrators(login, site_admin):
    boss = get_user_model().objects.create_superuser("boss", "boss@example.com", "a-long-test-password")
    client = login(site_admin)
    assert client.get(change_url(boss)).status_code == 200  # they may look
    post_account(client, boss, is_staff="")
    boss.refresh_from_db()
    assert boss.is_staff
    assert client.get(reverse("admin:auth_user_password_change", args=[boss.pk])).status_code == 403
    assert client.get(reverse("admin:auth_user_delete", args=[boss.pk])).status_code == 403


def test_a_superuser_still_can_do_everything(superuser_client):
    person = make_staff("editor")
    response = post_account(superuser_client, person, is_superuser="on")
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.is_superuser
