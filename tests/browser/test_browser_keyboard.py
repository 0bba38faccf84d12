"""Keyboard only: Tab reaches the search box and the language switcher, and keys use them.

No click and no pointer: focus moves with Tab from the top of the page, the query is typed,
arrow keys pick a result and Enter follows it; the switcher's link is reached with Tab and
followed with Enter.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import BrowserContext, Page

from .harness import LANGUAGES, SiteLayout, open_page, type_query

pytestmark = pytest.mark.browser

MAX_TABS = 40


def tab_to(page: Page, selector: str) -> int:
    """Press Tab until the focused element matches ``selector``; return how many presses."""
    for presses in range(1, MAX_TABS + 1):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement?.matches(s) ?? false", selector):
            return presses
    focused = page.evaluate("document.activeElement?.outerHTML.slice(0, 120)")
    raise AssertionError(f"{MAX_TABS} Tabs never reached {selector}; focus is on {focused}")


@pytest.mark.parametrize(
    ("lang", "query", "expected"),
    [("en", "peacekeepers", "peacekeepers"), ("ar", "قمة", "summit")],
)
def test_keyboard_search(
    context: BrowserContext, site: SiteLayout, lang: str, query: str, expected: str
) -> None:
    page, visit = open_page(context, site.url(lang, "index"))
    tab_to(page, "input.md-search__input")
    type_query(page, query)
    page.wait_for_selector(".md-search-result__item a", timeout=20_000)
    # Arrow keys move through the results; Enter follows the one that has focus.
    for _ in range(MAX_TABS):
        page.keyboard.press("ArrowDown")
        href = page.evaluate("document.activeElement?.closest('a')?.href ?? ''")
        if href and site.path_of(href) == site.path(lang, expected):
            break
    else:
        raise AssertionError(f"arrow keys never reached a result on {site.path(lang, expected)}")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: site.path_of(url) == site.path(lang, expected), timeout=20_000)
    assert visit.console_errors == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_keyboard_language_switch(context: BrowserContext, site: SiteLayout, lang: str) -> None:
    other = next(code for code in LANGUAGES if code != lang)
    page, visit = open_page(context, site.url(lang, "timeline"))
    tab_to(page, f"a[hreflang='{other}']")
    assert page.locator(f"a[hreflang='{other}']").first.is_visible(), "focused but hidden"
    page.keyboard.press("Enter")
    page.wait_for_url(site.url(other, "timeline"), timeout=20_000)
    assert visit.console_errors == []
