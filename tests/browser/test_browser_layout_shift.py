"""No page of either language moves while it and its fonts load (cumulative layout shift), and
the Arabic font's subset never leaves a letter without a glyph.

The site is served here with every font response held back (FONT_DELAY), as on a slow network:
each page is first painted before its web fonts arrive. A PerformanceObserver, registered before
the page's first byte, adds up every layout shift from then until the fonts are in and the page
has painted again. Over MAX_SHIFT fails: e.g. a font that swaps in (font-display: swap) and
moves the text laid out in the fallback (scripts/fonts.py writes the faces).
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from typing import Any

import pytest
from playwright.sync_api import Browser

from .harness import LANGUAGES, LOCAL_HOST, PAGES, SiteLayout, Visit, _QuietHandler

pytestmark = pytest.mark.browser

MAX_SHIFT = 0.02
FONT_DELAY = 1.0  # seconds: longer than a first paint takes here
PHONE = {"width": 390, "height": 844}
# A phone: the page is as wide as its widest content until it fits (Chromium's shrink-to-fit),
# and shifts count even when Chromium sees the viewport's setup as a recent input (hadRecentInput:
# there is no other input here), as Lighthouse counts them.
MOBILE = {"viewport": PHONE, "is_mobile": True, "has_touch": True}
FULL_FONT = "noto-naskh-arabic-arabic-400-normal.woff2"
OBSERVE = """
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.__shifts.push({value: entry.value, sources: (entry.sources || []).map(
      (s) => s.node ? (s.node.nodeName + "." + (s.node.className || "")) : "?")});
  }
}).observe({type: "layout-shift", buffered: true});
"""
# Resolves once every font the page asked for is in and two frames have been painted since.
SETTLED = """
async () => {
  await document.fonts.ready;
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  const fonts = performance.getEntriesByType("resource").filter((r) => r.name.endsWith(".woff2"));
  return {shifts: window.__shifts, painted: paint ? paint.startTime : null,
          fonts: fonts.map((r) => r.responseEnd)};
}
"""


class _SlowFontHandler(_QuietHandler):
    """Serves the site, but each font only after FONT_DELAY seconds."""

    def send_head(self) -> Any:
        if self.path.split("?")[0].endswith(".woff2"):
            time.sleep(FONT_DELAY)
        return super().send_head()


@pytest.fixture(scope="module")
def slow_fonts_url(site: SiteLayout) -> Iterator[str]:
    """The built site on its own server, whose fonts arrive late."""
    handler = functools.partial(_SlowFontHandler, directory=str(site.root))
    server = ThreadingHTTPServer((LOCAL_HOST, 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://{LOCAL_HOST}:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.mark.parametrize("page_name", PAGES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_page_does_not_shift_while_fonts_load(
    browser: Browser, site: SiteLayout, slow_fonts_url: str, lang: str, page_name: str
) -> None:
    context = browser.new_context(**MOBILE)
    try:
        context.add_init_script(OBSERVE)
        page = context.new_page()
        visit = Visit()
        visit.record(page)
        page.goto(slow_fonts_url + site.path(lang, page_name), wait_until="load")
        result = page.evaluate(SETTLED)
        shifts = result["shifts"]
        total = sum(shift["value"] for shift in shifts)
        assert visit.foreign_requests == []
        if lang == "ar":  # proves nothing unless the page was painted before its font came
            assert result["fonts"], "no web font loaded"
            assert result["painted"] is not None and result["painted"] < min(result["fonts"])
        assert total <= MAX_SHIFT, f"layout shift {total:.4f}: {shifts[:5]}"
    finally:
        context.close()


def test_a_letter_outside_the_subset_loads_the_full_font(
    browser: Browser, site: SiteLayout
) -> None:
    """Peh (U+067E) is no letter of the site's Arabic text, so not in the subset: the full
    font's face covers it, and only for such a letter is the full font fetched."""
    context = browser.new_context(viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(site.url("ar", "index"), wait_until="networkidle")
        fetched = "performance.getEntriesByType('resource').map((r) => r.name.split('/').pop())"
        assert FULL_FONT not in page.evaluate(fetched)
        faces = page.evaluate(
            "async () => (await document.fonts.load('16px \"Noto Naskh Arabic\"', '\\u067e'))"
            ".map((face) => face.status)"
        )
        assert faces == ["loaded"]
        assert FULL_FONT in page.evaluate(fetched)
    finally:
        context.close()
