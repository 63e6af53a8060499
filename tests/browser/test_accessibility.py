"""axe-core over every public page, on a desktop and a phone-sized screen."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from clinics.models import Clinic
from support_groups.models import SupportGroup
from tests.browser.conftest import assert_no_axe_violations
from treatments.models import Treatment

pytestmark = pytest.mark.django_db(transaction=True)


def public_urls():
    call_command("load_demo_content", verbosity=0)
    urls = [reverse("home"), reverse("treatments:list")]
    urls += [treatment.get_absolute_url() for treatment in Treatment.objects.published()]
    urls += [reverse("clinics:list"), reverse("clinics:list") + "?near=London%2C+GB&service=prrt&country=XX&page=9"]
    urls += [clinic.get_absolute_url() for clinic in Clinic.objects.published()[:3]]
    urls += [reverse("support_groups:list"), reverse("support_groups:list") + "?meets=online&country=GB"]
    urls += [group.get_absolute_url() for group in SupportGroup.objects.published()[:3]]
    urls.append("/this-page-does-not-exist/")
    return urls


def test_every_public_page_passes_axe(page, live_server, axe):
    for url in public_urls():
        page.goto(live_server.url + url)
        assert_no_axe_violations(axe, page)


def test_every_public_page_passes_axe_on_a_phone(phone_page, live_server, axe):
    for url in public_urls():
        phone_page.goto(live_server.url + url)
        assert_no_axe_violations(axe, phone_page)
