"""axe-core over every public page, on a desktop and a phone-sized screen."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from clinics.models import Clinic
from faqs.models import Topic
from pages.models import SitePage
from stories.models import Story
from support_groups.models import SupportGroup
from tests.browser.conftest import assert_no_axe_violations
from treatments.models import Treatment

pytestmark = pytest.mark.django_db(transaction=True)


def public_urls():
    call_command("load_demo_content", verbosity=0)
    urls = [reverse("home"), reverse("treatments:list")]
    urls += [treatment.get_absolute_url() for treatment in Treatment.objects.published()]
    urls += [reverse("stories:list")] + [story.get_absolute_url() for story in Story.objects.published()]
    urls += [reverse("glossary:index")]
    urls += [reverse("faqs:list"), reverse("faqs:ask"), reverse("faqs:ask-thanks")]
    urls += [topic.get_absolute_url() for topic in Topic.objects.all()]
    urls += [reverse("faqs:list") + "#what-is-a-net"]  # with that answer open
    search = reverse("search:results")
    urls += [search, f"{search}?q=treatment", f"{search}?q=xylophone", f"{search}?q={'a' * 201}"]
    urls += [page.get_absolute_url() for page in SitePage.objects.published()]
    urls += [reverse("clinics:list"), reverse("clinics:list") + "?near=Newport&service=prrt&country=XX&page=9"]
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


def test_leaving_notice_and_preview_pass_axe(page, live_server, axe):
    from tests.factories import make_staff, make_treatment

    item = make_treatment(status="draft", body='<p><a href="https://example.org/">An outside site</a></p>')
    make_treatment(body='<p><a href="https://example.org/">An outside site</a></p>')
    page.goto(live_server.url + "/leaving/?to=https://example.org/")
    assert_no_axe_violations(axe, page)
    make_staff("editor", username="eddie")
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("eddie")
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Log in").click()
    page.goto(live_server.url + item.get_absolute_url() + "?preview=1")
    assert "Preview — not published" in page.content()
    assert_no_axe_violations(axe, page)


def dark_scheme_urls():
    """One page of each layout: a list, a page with quotes, the FAQs open, the finder's notices, a clinic, search
    results, the cookie table and an error (the light scheme covers every page above)."""
    call_command("load_demo_content", verbosity=0)
    return [
        reverse("home"), Treatment.objects.published().first().get_absolute_url(),
        reverse("faqs:list") + "#what-is-a-net", reverse("clinics:list") + "?near=Glasgw&country=XX",
        reverse("clinics:list") + "?near=Newport", Clinic.objects.published().first().get_absolute_url(),
        reverse("search:results") + "?q=surgery", "/cookies/", "/this-page-does-not-exist/",
    ]  # fmt: skip


@pytest.mark.parametrize("width", [1280, 375])
def test_the_dark_scheme_passes_axe_on_a_desktop_and_a_phone(browser, live_server, axe, width):
    context = browser.new_context(color_scheme="dark", viewport={"width": width, "height": 900}, is_mobile=width < 500)
    page = context.new_page()
    for url in dark_scheme_urls():
        page.goto(live_server.url + url)
        assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(18, 24, 25)"
        assert_no_axe_violations(axe, page)
    context.close()
