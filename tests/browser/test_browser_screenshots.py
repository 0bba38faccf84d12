"""The home page of each language on a phone (390 px) and a desktop (1280 px).

Each screenshot is written to ``test-artifacts/home-<lang>-<width>.png`` for a person to look
at; the test itself checks what a screenshot would show badly: the page must not scroll
sideways and the main heading must be on screen.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from .harness import ARTIFACTS, LANGUAGES, SiteLayout, open_page

pytestmark = pytest.mark.browser

WIDTHS = {390: 844, 1280: 900}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_screenshot(browser: Browser, site: SiteLayout, lang: str, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": WIDTHS[width]})
    try:
        page, visit = open_page(context, site.url(lang, "index"))
        ARTIFACTS.mkdir(exist_ok=True)
        target = ARTIFACTS / f"home-{lang}-{width}.png"
        page.screenshot(path=str(target))
        assert target.stat().st_size > 20_000, "an almost empty picture"
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"the page scrolls sideways by {overflow}px"
        heading = page.locator("article h1").first
        assert heading.is_visible()
        box = heading.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
        assert visit.console_errors == []
    finally:
        context.close()
