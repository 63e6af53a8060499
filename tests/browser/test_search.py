import pytest

from tests.factories import make_question, make_treatment

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("browser_page", ["page", "page_without_js", "phone_page"])
def test_reader_searches_from_the_header_and_opens_a_result(request, live_server, browser_page):
    page = request.getfixturevalue(browser_page)
    make_treatment(title="Surgery", slug="surgery", summary="An operation (surgery) to remove the tumour.")
    make_question(title="How long does recovery from surgery take?")
    page.goto(live_server.url + "/")

    search = page.get_by_role("search").first
    search.get_by_label("Search this site").fill("surgery")
    search.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search/?q=surgery")
    assert page.get_by_role("heading", level=1).inner_text() == "Search results for ‘surgery’"
    assert page.locator("mark").first.inner_text().lower() == "surgery"
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0

    page.get_by_role("link", name="Surgery", exact=True).click()
    page.wait_for_url("**/treatments/surgery/")
