"""Guarantee 3 in a real browser: no payload runs on any page, nor in the search results.

The hostile site (``conftest.hostile_site``, built once) is served on 127.0.0.1 and every page
is opened in Debian's Chromium. A payload that ran would set ``window.__pwned`` (or, from a
frame, ``parent.__pwned``) or open a dialog; neither may happen, during load, after the page
nor while the search shows results whose text holds payloads.
Requests to any other host are reported too (a payload that fetched something).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from browser.harness import CHROMIUM, CHROMIUM_ARGS, LOCAL_HOST, serve

from .conftest import HostileSite
from .markup import PAYLOADS, topic_id

pytestmark = pytest.mark.browser

PREFIX = {"ar": "", "en": "en/"}
PAGES = [topic_id(name) for name in PAYLOADS] + ["", "glossary", "sources", "timeline"]


@pytest.fixture(scope="module")
def base_url(hostile_site: HostileSite) -> Iterator[str]:
    with serve(hostile_site.site) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: sudo apt-get install chromium", pytrace=False)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield launched
        launched.close()


class Watch:
    """Dialogs, uncaught errors and foreign requests of one browser page."""

    def __init__(self, page: Page) -> None:
        self.dialogs: list[str] = []
        self.foreign: list[str] = []
        page.on("dialog", self._dialog)
        page.on("request", self._request)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def _request(self, request: Any) -> None:
        # Noted, not intercepted: routing every request through Python triples the run time,
        # and the machine running the tests has no route to other hosts anyway.
        parts = urlsplit(request.url)
        if parts.scheme in ("http", "https") and parts.hostname != LOCAL_HOST:
            self.foreign.append(request.url)


def pwned(page: Page) -> bool:
    return bool(page.evaluate("() => window.__pwned !== undefined"))


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_no_payload_runs_on_any_page(browser: Browser, base_url: str, lang: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    watch = Watch(page)
    fired: list[str] = []
    try:
        for rel in PAGES:
            page.goto(f"{base_url}{PREFIX[lang]}{rel + '/' if rel else ''}", wait_until="load")
            if pwned(page):
                fired.append(rel)
    finally:
        context.close()
    assert fired == [] and watch.dialogs == [] and watch.foreign == []


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_search_results_show_payloads_as_text(browser: Browser, base_url: str, lang: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    watch = Watch(page)
    try:
        page.goto(f"{base_url}{PREFIX[lang]}", wait_until="load")
        page.locator("input.md-search__input").first.click()
        page.keyboard.type("script")
        page.keyboard.press("End")  # Material searches on keyup
        results = page.locator(".md-search-result__item")
        results.first.wait_for(timeout=15_000)
        shown = page.locator(".md-search-result").inner_text()
        assert "<script>" in shown  # the payload is in the results, as text
        page.wait_for_timeout(200)
        assert not pwned(page)
    finally:
        context.close()
    assert watch.dialogs == [] and watch.foreign == []


def test_the_detectors_see_a_live_payload(browser: Browser) -> None:
    """The two signals work: a live script sets the flag, a live handler opens a dialog."""
    context = browser.new_context()
    page = context.new_page()
    watch = Watch(page)
    try:
        page.set_content("<p>x</p><script>window.__pwned=1</script>")
        assert pwned(page)
        page.set_content('<img src="data:," onerror="alert(document.title)">')
        page.wait_for_timeout(200)
    finally:
        context.close()
    assert len(watch.dialogs) == 1
