"""Printing the longest page, the war page, in each language: Chromium's ``page.pdf()`` on A4.

The PDF is written to ``test-artifacts/print-war-<lang>.pdf`` for a person to look at. The test
checks what the print stylesheet (the theme's assets/stylesheets/print.css) promises: the page uses
the paper's width, keeps its direction, prints the self-hosted Naskh font and every cited source's
address, keeps each fact on one page when it fits, and takes fewer pages than Material's print
layout alone (15 A4 pages in Arabic).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page
from pypdf import PdfReader

from .harness import ARTIFACTS, LANGUAGES, SiteLayout, open_page

pytestmark = pytest.mark.browser

# Material's print layout alone gave 15 pages (Arabic) and 12 (English).
MAX_PAGES = 12
A4_WIDTH_PX = 794  # 210 mm at 96 px per inch
# The printable height of an A4 page with print.css's margins (297 - 26 mm), in CSS pixels.
PRINTABLE_HEIGHT_PX = 271 / 25.4 * 96


def squeeze(text: str) -> str:
    """Text without whitespace: PDF text extraction breaks lines where the layout did."""
    return re.sub(r"\s+", "", text)


def embedded_fonts(reader: PdfReader) -> set[str]:
    names: set[str] = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def facts_of(page: Page) -> list[tuple[str, str, float]]:
    """Each fact's heading, the text of its last block (before the next heading) and its
    height in CSS pixels, as laid out for print."""
    return page.evaluate(
        """() => [...document.querySelectorAll('article h3')].map(h => {
            let last = h, next = h.nextElementSibling;
            while (next && !/^H[1-3]$/.test(next.tagName)) {
                last = next;
                next = next.nextElementSibling;
            }
            const height = last.getBoundingClientRect().bottom - h.getBoundingClientRect().top;
            return [h.textContent.replace('¶', ''), last.textContent, height];
        })"""
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_war_page_prints(browser: Browser, site: SiteLayout, lang: str) -> None:
    context = browser.new_context(viewport={"width": A4_WIDTH_PX, "height": 1123})
    try:
        page, visit = open_page(context, site.url(lang, "war"))
        page.emulate_media(media="print")
        width = page.evaluate("document.querySelector('article').getBoundingClientRect().width")
        inner = page.evaluate("document.documentElement.clientWidth")
        assert width >= 0.95 * inner, f"the article uses {width}px of the page's {inner}px"
        direction = page.evaluate("getComputedStyle(document.querySelector('article')).direction")
        assert direction == ("rtl" if lang == "ar" else "ltr")
        addresses = page.evaluate(
            "[...document.querySelectorAll('article a[data-url]')].map(a => a.dataset.url)"
        )
        facts = facts_of(page)
        ARTIFACTS.mkdir(exist_ok=True)
        target = ARTIFACTS / f"print-war-{lang}.pdf"
        page.pdf(path=str(target), format="A4")
        assert visit.console_errors == []
    finally:
        context.close()
    reader = PdfReader(target)
    assert 1 <= len(reader.pages) <= MAX_PAGES, f"{len(reader.pages)} A4 pages"
    assert any("NotoNaskhArabic" in name for name in embedded_fonts(reader))
    pages = [squeeze(p.extract_text()) for p in reader.pages]
    whole = "".join(pages)
    assert addresses, "no cited source with an address on the war page"
    if lang == "en":  # pypdf gives Arabic lines back in visual order; the hosts are Latin
        hosts = {re.sub(r"^https?://([^/]+).*", r"\1", address) for address in addresses}
        assert all(host in whole for host in hosts), hosts - {h for h in hosts if h in whole}
        split = [
            heading
            for heading, last, height in facts
            if height < 0.9 * PRINTABLE_HEIGHT_PX
            and not any(squeeze(heading) in p and squeeze(last)[-40:] in p for p in pages)
        ]
        assert split == [], f"facts split across pages: {split}"
    assert whole.count("https://") >= len(set(addresses)), "a source's address is not printed"
