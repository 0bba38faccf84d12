"""Every page of both languages, in a real Chromium: it loads cleanly, stays on this machine,
is marked up in its language and direction, passes axe-core, and its language switcher leads
to the same page in the other language.
"""

from __future__ import annotations

import pytest

from .conftest import PageReports
from .harness import LANGUAGES, PAGES, SiteLayout

pytestmark = pytest.mark.browser

EVERY_PAGE = [(lang, page) for lang in LANGUAGES for page in PAGES]
DIRECTION = {"ar": "rtl", "en": "ltr"}


def ids(case: tuple[str, str]) -> str:
    return f"{case[0]}-{case[1]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_built_page_is_tested(site: SiteLayout, lang: str) -> None:
    """A page added to the site without being added to PAGES would escape every check below."""
    built = site.built_pages(lang)
    assert set(PAGES) - built == set(), "pages missing from the site"
    assert built - set(PAGES) == set(), "pages built but not in harness.PAGES"


@pytest.mark.parametrize("case", EVERY_PAGE, ids=ids)
def test_page_loads_without_errors(page_reports: PageReports, case: tuple[str, str]) -> None:
    visit = page_reports[case].visit
    assert visit.console_errors == []
    assert visit.failed_requests == []


@pytest.mark.parametrize("case", EVERY_PAGE, ids=ids)
def test_page_requests_only_this_machine(page_reports: PageReports, case: tuple[str, str]) -> None:
    assert page_reports[case].visit.foreign_requests == []


@pytest.mark.parametrize("case", EVERY_PAGE, ids=ids)
def test_page_language_and_direction(page_reports: PageReports, case: tuple[str, str]) -> None:
    lang = case[0]
    report = page_reports[case]
    assert report.lang == lang
    assert report.body_direction == DIRECTION[lang]
    assert report.html_direction in (None, DIRECTION[lang]), "<html dir> contradicts <body dir>"


@pytest.mark.parametrize("case", EVERY_PAGE, ids=ids)
def test_page_has_no_serious_axe_violation(
    page_reports: PageReports, case: tuple[str, str]
) -> None:
    assert page_reports[case].axe == []


@pytest.mark.parametrize("case", EVERY_PAGE, ids=ids)
def test_language_switcher_leads_to_the_same_page(
    site: SiteLayout, page_reports: PageReports, case: tuple[str, str]
) -> None:
    lang, page = case
    other = next(code for code in LANGUAGES if code != lang)
    report = page_reports[case]
    assert report.switcher_href is not None, f"no link with hreflang={other} on {report.url}"
    assert report.after_switch == site.url(other, page)
