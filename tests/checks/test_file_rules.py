"""The file rules are sufficient: a string a check's rule passes is one the check reports
nothing about. The runner clears whole files with these rules (see FileRule), so a rule that
passed a bad string would hide a problem in every file that holds it."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.checks import bilingual, dates, text_safety, urls
from factsheet.checks.context import EVERY

TODAY = date(2026, 11, 28)


class NoProblems:
    """A context for the exact readings of one string: making a problem fails the test."""

    today = TODAY

    def problem(self, *args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"a problem for a string the rule passed: {args[2:4]}")


TEXT = st.text(st.characters(codec="utf-8"), max_size=30) | st.sampled_from(
    ["", " ", "بوتين", "Putin", "ﺑﻮﺗﻴﻦ", "قمة sommet", "کرد ۱۲", "e\u0301", "\u202e", "a\u00ad"]
)
SETTINGS = settings(max_examples=400, deadline=None)


@SETTINGS
@given(TEXT, st.sampled_from(["ar", "en", "ru"]))
def test_bilingual_reports_nothing_the_rule_passes(value: str, lang: str) -> None:
    if bilingual.RULE.fine(value, lang):
        assert bilingual.diagnose(NoProblems(), None, (), lang, value) is None  # type: ignore[arg-type]


@SETTINGS
@given(TEXT, st.booleans())
def test_text_safety_reports_nothing_the_rule_passes(value: str, prose: bool) -> None:
    if text_safety.RULE.fine(value):
        ctx: Any = NoProblems()
        assert list(text_safety._string(ctx, None, (), value, prose)) == []
        assert list(text_safety._persian(ctx, None, (), value)) == []


URL = st.sampled_from(
    ["https://example.org/a", "http://example.org/", "https://a@b.example/", "ftp://x.example/"]
) | st.text(max_size=30)


@SETTINGS
@given(URL)
def test_urls_rule_passes_exactly_the_good_urls(value: str) -> None:
    assert urls.RULE.fine(value, "url") == (urls.url_problem(value) is None)


@SETTINGS
@given(st.sampled_from(["2022-10-31", "2022-02-30", "2027-01", "2022", "31/10/2022", "2026-11"]))
def test_dates_rule_passes_calendar_dates_up_to_today(value: str) -> None:
    fine = dates.file_rule(TODAY).fine(value, "as_of")
    covered = dates.span(value) if dates._DATE_SHAPE.fullmatch(value) else None
    assert fine == (covered is not None and covered[0] <= TODAY)


def test_every_rule_reads_only_keys_its_check_scans() -> None:
    for module, rule in (
        (bilingual, bilingual.RULE),
        (text_safety, text_safety.RULE),
        (urls, urls.RULE),
        (dates, dates.file_rule(TODAY)),
    ):
        assert set(rule.tests) <= {EVERY, *getattr(module, "FILE_KEYS", ())}, module.__name__


def test_a_rule_that_passes_bad_strings_is_caught() -> None:
    """Positive control: the property above fails for a rule that is not sufficient."""
    try:
        bilingual.diagnose(NoProblems(), None, (), "ar", "Putin")  # type: ignore[arg-type]
    except AssertionError:
        return
    raise AssertionError("NoProblems did not catch a problem")
