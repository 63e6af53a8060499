import pytest
from django.urls import reverse

from tests.factories import make_quote, make_story, make_treatment

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("browser_page", ["page", "page_without_js"])
def test_reader_goes_from_a_quote_to_the_story_and_back_to_all_stories(request, live_server, browser_page):
    page = request.getfixturevalue(browser_page)
    surgery = make_treatment(title="Surgery", slug="surgery")
    story = make_story(title="Helen’s story", slug="helens-story")
    make_quote(treatments=[surgery], story=story, text="Watching and waiting was right for me.")

    page.goto(live_server.url + surgery.get_absolute_url())
    page.get_by_role("link", name="Read Helen’s story").click()
    page.wait_for_url("**/stories/helens-story/")
    assert page.get_by_role("heading", level=1).inner_text() == "Helen’s story"
    page.get_by_role("link", name="Back to all patient stories").click()
    page.wait_for_url(f"**{reverse('stories:list')}")
    assert page.get_by_role("link", name="Helen’s story").is_visible()


def test_footnote_marker_and_back_link_move_between_quote_and_note(page, live_server):
    surgery = make_treatment(title="Surgery", slug="surgery")
    quote = make_quote(treatments=[surgery], footnote="From an anonymous survey in 2015.")
    page.goto(live_server.url + surgery.get_absolute_url())
    page.get_by_role("link", name="Note on this quote").click()
    assert page.url.endswith(f"#quote-{quote.pk}-note")
    page.get_by_role("link", name="Back to the quote").click()
    assert page.url.endswith(f"#quote-{quote.pk}-ref")


def test_story_list_fits_a_phone(phone_page, live_server):
    for _ in range(3):
        make_story()
    phone_page.goto(live_server.url + reverse("stories:list"))
    assert phone_page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
