"""Search, in a real Chromium, the way a reader types: Arabic without the article ال, Arabic
without diacritics, a figure written without its thousands separator, and English.

The words are taken from the real fact set; each test checks that the result list links to the
page where the word is, not only that something was found.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import BrowserContext, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from .harness import SiteLayout, open_page, type_query

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
    """Type ``query`` into the search box; return the result paths once they stop changing.

    Results appear while the query is still being typed (for its first letters), so one
    glimpse of a result list proves nothing: wait until two readings 0.4 s apart agree.
    """
    page.locator(SEARCH_INPUT).first.click()
    type_query(page, query)
    try:
        page.wait_for_selector(RESULT_LINK, timeout=20_000)
    except PlaywrightTimeout:
        return []
    return settled_results(page, site)


def settled_results(page: Page, site: SiteLayout) -> list[str]:
    """Read the result list until it is the same twice in a row (at most about 10 s more)."""
    previous = None
    for _ in range(25):
        current = result_paths(page, site)
        if current == previous:
            return current
        previous = current
        page.wait_for_timeout(400)
    return previous or []


@pytest.fixture
def home(context: BrowserContext, site: SiteLayout) -> dict[str, Page]:
    """The home page of each language, loaded and ready to search."""
    return {lang: open_page(context, site.url(lang, "index"))[0] for lang in site.prefixes}


def page_text(site: SiteLayout, lang: str, page: str) -> str:
    """The text of a built page's article as written in its HTML (tags dropped)."""
    html = (site.root / site.path(lang, page) / "index.html").read_text("utf-8")
    article = html[html.find("<article") : html.rfind("</article>")]
    return re.sub(r"<[^>]+>", " ", article)


# (language, what is typed, the page that must be among the results, how the page writes it;
# None when the typed form is on the page too). The words come from the real fact set.
CASES = [
    ("ar", "تسعينات", "war", "التسعينات"),  # typed without the article ال
    ("ar", "يمدد", "peacekeepers", "يُمدَّد"),  # typed without the diacritics
    ("ar", "6500", "war", "6,500"),  # typed without the thousands separator
    ("en", "peacekeepers", "peacekeepers", None),
]


@pytest.mark.parametrize(
    ("lang", "query", "expected", "written"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES]
)
def test_search_finds_the_page(
    home: dict[str, Page],
    site: SiteLayout,
    lang: str,
    query: str,
    expected: str,
    written: str | None,
) -> None:
    text = page_text(site, lang, expected)
    if written is not None:
        assert written in text, f"the {expected} page no longer has {written}"
    if written is not None and not query.isdigit():
        # Otherwise plain word matching would find it and the test would prove nothing.
        words = re.split(r"[^\w\u064B-\u0652\u0670\u0640]+", text)
        assert not [w for w in words if w.startswith(query)], f"{query} is on the page as typed"
    paths = search(home[lang], site, query)
    assert site.path(lang, expected) in paths, f"{query} (page has {written}): results {paths}"
    # Results stay in the language being searched: the other language has its own index.
    assert [path for path in paths if site.lang_of(path) != lang] == []


# What a home page may fetch only once the reader uses search (issue 7: page weight).
SEARCH_ONLY = ("/search/search_index.json", "/workers/search.", "/lunr/")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_search_index_waits_until_search_is_used(
    context: BrowserContext, site: SiteLayout, lang: str
) -> None:
    requested: list[str] = []
    page = context.new_page()
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site.url(lang, "index"), wait_until="networkidle")
    page.wait_for_timeout(1000)  # the time Material's bundle took to ask for the index
    assert [url for url in requested if any(part in url for part in SEARCH_ONLY)] == []
    # Scrolling and tabbing through the page are not using search.
    page.mouse.wheel(0, 600)
    page.keyboard.press("Tab")
    page.wait_for_timeout(500)
    assert not [url for url in requested if "search_index.json" in url]
    query = {"ar": "يمدد", "en": "peacekeepers"}[lang]
    paths = search(page, site, query)
    assert site.path(lang, "peacekeepers") in paths, paths
    assert len([url for url in requested if url.endswith("/search/search_index.json")]) == 1


def test_arabic_search_speaks_arabic(home: dict[str, Page], site: SiteLayout) -> None:
    """The lines Material's script writes around Arabic results are our Arabic strings
    (overrides/partials/languages/ar.html): a count that needs no agreement, and "# more on
    this page" as «نتائج أخرى», never «أكثر من #» ("more than #") or English."""
    page = home["ar"]
    assert search(page, site, "سوتشي")
    meta = page.locator(".md-search-result__meta").inner_text().strip()
    assert re.fullmatch(r"عدد النتائج: \d+|نتيجة واحدة", meta), meta
    more = page.locator(".md-search-result__more summary").all_inner_texts()
    assert more, "the query matches several sections of one page"
    for text in more:
        assert re.fullmatch(r"نتائج أخرى في هذه الصفحة: \d+|نتيجة أخرى في هذه الصفحة", text), text
