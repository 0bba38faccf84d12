"""Search, in a real Chromium, the way a reader types: Arabic without the article ال, Arabic
without diacritics, a figure written without its thousands separator, and English.

The words are taken from the real fact set; each test checks that the result list links to the
page where the word is, not only that something was found.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import BrowserContext, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from .harness import SiteLayout, open_page

pytestmark = pytest.mark.browser

SEARCH_INPUT = "input.md-search__input"
RESULT_LINK = ".md-search-result__item a"


def result_paths(page: Page, site: SiteLayout) -> list[str]:
    """Site paths (no fragment, no host) of the result links now shown, in order."""
    hrefs = page.locator(RESULT_LINK).evaluate_all("links => links.map(a => a.href)")
    paths = []
    for href in hrefs:
        path = site.path_of(href)
        if path not in paths:
            paths.append(path)
    return paths


def search(page: Page, site: SiteLayout, query: str) -> list[str]:
    """Type ``query`` into the search box and return the result paths (empty when none)."""
    page.locator(SEARCH_INPUT).first.click()
    page.keyboard.type(query)
    try:
        page.wait_for_selector(RESULT_LINK, timeout=10_000)
    except PlaywrightTimeout:
        return []
    return result_paths(page, site)


@pytest.fixture
def home(context: BrowserContext, site: SiteLayout) -> dict[str, Page]:
    """The home page of each language, loaded and ready to search."""
    return {lang: open_page(context, site.url(lang, "index"))[0] for lang in site.prefixes}


# (language, what is typed, the page that must be among the results, why this word)
CASES = [
    ("ar", "قمة", "summit", "the pages write القمة; typed without the article"),
    ("ar", "عقدت", "summit", "the page writes عُقدت with a damma; typed without it"),
    ("ar", "6500", "war", "the page shows 6,500; typed without the separator"),
    ("en", "peacekeepers", "peacekeepers", "an English word in the page title"),
]


@pytest.mark.parametrize(
    ("lang", "query", "expected", "why"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES]
)
def test_search_finds_the_page(
    home: dict[str, Page], site: SiteLayout, lang: str, query: str, expected: str, why: str
) -> None:
    paths = search(home[lang], site, query)
    assert site.path(lang, expected) in paths, f"{why}: results were {paths}"
    # Results stay in the language being searched: the other language has its own index.
    assert [path for path in paths if site.lang_of(path) != lang] == []
