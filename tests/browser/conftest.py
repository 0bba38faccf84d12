"""Fixtures for the real-browser layer: one site build, one server, one Chromium.

They are package-scoped, not session-scoped: Playwright's sync API allows one running instance
per thread, so ours must be closed before other test folders start their own.

A missing ``/usr/bin/chromium`` or a failing build is a test failure, never a skip: the browser
layer is part of ``make test`` and must not disappear quietly from a green run.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from .harness import (
    CHROMIUM,
    CHROMIUM_ARGS,
    LANGUAGES,
    SiteLayout,
    Visit,
    axe_violations,
    build_site,
    open_page,
    serve,
)

DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="package")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteLayout]:
    """The site built once with ``mkdocs build --strict`` and served on 127.0.0.1."""
    out = tmp_path_factory.mktemp("site")
    try:
        build_site(out)
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)
    with serve(out) as base_url:
        yield SiteLayout.discover(out, base_url)


@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, with every background network feature off."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: install it with `sudo apt-get install chromium`",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield launched
        launched.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A fresh desktop-sized browser profile for one test."""
    ctx = browser.new_context(viewport=DESKTOP)
    yield ctx
    ctx.close()


@dataclass(frozen=True)
class PageReport:
    """Everything checked on one page, gathered in a single visit."""

    url: str
    lang: str | None
    html_direction: str | None
    body_direction: str
    visit: Visit
    axe: list[str]
    switcher_href: str | None
    after_switch: str | None


def inspect_page(page: Page, visit: Visit, lang: str) -> PageReport:
    """Read the page's language facts, run axe, then use the language switcher."""
    # Material sets dir on <body>; <html> counts only where it declares a dir of its own.
    directions = page.evaluate(
        "[document.documentElement.hasAttribute('dir')"
        " ? getComputedStyle(document.documentElement).direction : null,"
        " getComputedStyle(document.body).direction]"
    )
    lang_attr = page.evaluate("document.documentElement.getAttribute('lang')")
    url = page.url
    axe = axe_violations(page)
    other = next(code for code in LANGUAGES if code != lang)
    link = page.locator(f"a[hreflang='{other}']").first
    href = link.get_attribute("href") if link.count() else None
    # What the switch loads belongs to the other page's own visit, not to this one.
    seen = Visit(
        list(visit.console_errors), list(visit.failed_requests), list(visit.foreign_requests)
    )
    after = None
    if href is not None:
        before = page.url
        # The switcher is a menu that opens on hover, as a reader's pointer would open it.
        page.locator(".md-select").first.hover()
        link.click()
        page.wait_for_url(lambda url: url != before, timeout=20_000)
        page.wait_for_load_state("networkidle")
        after = page.url
    return PageReport(url, lang_attr, directions[0], directions[1], seen, axe, href, after)


class PageReports(dict[tuple[str, str], PageReport]):
    """(language, page) -> report, each page visited on first use only."""

    def __init__(self, context: BrowserContext, site: SiteLayout) -> None:
        super().__init__()
        self.context = context
        self.site = site

    def __missing__(self, key: tuple[str, str]) -> PageReport:
        lang, name = key
        page, visit = open_page(self.context, self.site.url(lang, name))
        try:
            report = inspect_page(page, visit, lang)
        finally:
            page.close()
        self[key] = report
        return report


@pytest.fixture(scope="package")
def page_reports(browser: Browser, site: SiteLayout) -> Iterator[PageReports]:
    """One visit per page for all the per-page tests, whichever of them runs first."""
    ctx = browser.new_context(viewport=DESKTOP)
    yield PageReports(ctx, site)
    ctx.close()
