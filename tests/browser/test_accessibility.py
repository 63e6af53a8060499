"""axe-core over every public page, on a desktop and a phone-sized screen."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from faqs.models import Topic
from stories.models import Story
from tests.browser.conftest import assert_no_axe_violations
from treatments.models import Treatment

pytestmark = pytest.mark.django_db(transaction=True)


def public_urls():
    call_command("load_demo_content", verbosity=0)
    urls = [reverse("home"), reverse("treatments:list")]
    urls += [treatment.get_absolute_url() for treatment in Treatment.objects.published()]
    urls += [reverse("stories:list")] + [story.get_absolute_url() for story in Story.objects.published()]
    urls += [reverse("faqs:list"), reverse("faqs:ask"), reverse("faqs:ask-thanks")]
    urls += [topic.get_absolute_url() for topic in Topic.objects.all()]
    urls += [reverse("faqs:list") + "#what-is-a-net"]  # with that answer open
    search = reverse("search:results")
    urls += [search, f"{search}?q=treatment", f"{search}?q=xylophone", f"{search}?q={'a' * 201}"]
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
