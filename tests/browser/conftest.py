"""Playwright for Python driving Debian's Chromium; never downloads a browser.

Without /usr/bin/chromium these tests are skipped with the reason printed, except
where BROWSER_TESTS_REQUIRED is set (CI), where a missing browser is a failure.
"""

import os
import shutil

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# The Playwright sync API runs an event loop in the test thread; Django's guard against
# database access from async code would otherwise refuse the test's own setup queries.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        if os.environ.get("BROWSER_TESTS_REQUIRED"):
            pytest.fail(f"Browser tests are required but {CHROMIUM} is missing (apt-get install chromium).")
        pytest.skip(f"Browser tests need Debian's Chromium at {CHROMIUM} (apt-get install chromium).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _new_page(browser, **options):
    context = browser.new_context(**{"viewport": {"width": 1280, "height": 900}, **options})
    context.set_default_timeout(10_000)
    return context, context.new_page()


@pytest.fixture
def page(browser, live_server):
    context, page = _new_page(browser)
    yield page
    context.close()


@pytest.fixture
def page_without_js(browser, live_server):
    context, page = _new_page(browser, java_script_enabled=False)
    yield page
    context.close()


@pytest.fixture
def phone_page(browser, live_server):
    context, page = _new_page(browser, viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    yield page
    context.close()


@pytest.fixture
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


def assert_no_axe_violations(axe, page):
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"
