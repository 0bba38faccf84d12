"""The dates check: calendar dates, the build date, order, precision, at exact places."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pydantic import BaseModel

from factsheet.checks import dates
from factsheet.checks.context import DATA_KEYED_FIELDS
from factsheet.model import records as model
from factsheet.pipeline import validate
from factsheet.problems import Severity

from .helpers import FACT, REGISTRY, Run, found, only, text

FACTS = """
    topic: summit
    facts:
      - id: war
        label: {ar: الحرب, en: The war}
        statement: {ar: نص, en: Text}
        value: {type: date, date: 2020-13, precision: day}
        as_of: 2020-02-30
        period: {start: 2020-11-10, end: 2020-09-27}
        claims:
          - source: web
            stated_on: 2022-11-02
          - source: seed
            value: {type: date, date: 2027-01}
      - id: later
        label: {ar: لاحقا, en: Later}
        statement: {ar: نص, en: Text}
        value: {type: date, date: 2022-10, precision: day}
        as_of: 2023
        claims:
          - source: web
"""


def test_every_date_problem_at_its_value(run: Run) -> None:
    problems = run({"facts.yaml": FACTS})
    assert found(problems, "date-") == [
        ("date-invalid", "facts/facts.yaml", 6, 31),
        ("date-precision", "facts/facts.yaml", 6, 51),
        ("date-invalid", "facts/facts.yaml", 7, 12),
        ("date-period-order", "facts/facts.yaml", 8, 38),
        ("date-stated-after-published", "facts/facts.yaml", 11, 20),
        ("date-future", "facts/facts.yaml", 13, 35),
        ("date-precision", "facts/facts.yaml", 17, 51),
    ]
    messages = [p.message for p in problems if p.code == "date-invalid"]
    assert messages == [
        "2020-13 is not a calendar date: there is no month 13",
        "2020-02-30 is not a calendar date: February 2020 has 29 days",
    ]
    assert only(problems, "date-stated-after-published").severity is Severity.WARNING


def test_source_and_role_dates(run: Run) -> None:
    registry = REGISTRY.replace("retrieved: 2026-11-01", "retrieved: 2022-10").replace(
        "as_of: 2022-10-31", "as_of: 2026-11-29"
    )
    problems = run({"registry.yaml": registry})
    assert found(problems, "date-") == [
        ("date-future", "facts/registry.yaml", 19, 16),
        ("date-retrieved-before-published", "facts/registry.yaml", 28, 16),
    ]


def test_partial_dates_compare_as_ranges(run: Run) -> None:
    # Retrieved in the month it was published: not before it.
    registry = REGISTRY.replace("retrieved: 2026-11-01", "retrieved: 2022-11")
    assert found(run({"registry.yaml": registry, "facts.yaml": FACT}), "date-") == []


def test_build_date_comes_from_source_date_epoch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "facts").mkdir()
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "article.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "facts" / "registry.yaml").write_text(text(REGISTRY), encoding="utf-8")
    # 2026-10-01T00:00:00Z: the retrieval date 2026-11-01 is then in the future.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1790812800")
    problems = validate(tmp_path)[1]
    assert found(problems, "date-") == [("date-future", "facts/registry.yaml", 28, 16)]
    assert "build date 2026-10-01" in only(problems, "date-future").message


def test_span() -> None:
    assert dates.span("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert dates.span("2022") == (date(2022, 1, 1), date(2022, 12, 31))
    assert dates.span("2023-02-29") is None
    assert dates.span("2022-00-10") is None
    assert dates.span("0000") is None


def test_date_fields_cover_every_date_in_the_model() -> None:
    typed = {
        name
        for cls in vars(model).values()
        if isinstance(cls, type) and issubclass(cls, BaseModel)
        for name, info in cls.model_fields.items()
        if model.DATE_PATTERN in repr(info)
    }
    assert typed == dates.DATE_FIELDS


def test_translations_keyed_like_a_date_or_url_field_are_not_read_as_one(run: Run) -> None:
    # "end" and "url" match the language-code pattern; they once crashed the dates check
    # (int("the end")) and sent a translation to the URL check.
    facts = """
        topic: summit
        facts:
          - id: said
            label: {ar: قال, en: Said}
            statement: {ar: قال بوتين, en: Putin said}
            value: {type: text}
            as_of: 2022-10-31
            claims:
              - source: web
                quote: {text: قال بوتين, lang: ar, translations: {end: the end, url: x y}}
    """
    problems = run({"facts.yaml": facts})
    assert found(problems, "date-") == []
    assert found(problems, "url-") == []


def test_data_keyed_fields_are_every_dict_field_of_the_model() -> None:
    dict_fields = {
        name
        for cls in vars(model).values()
        if isinstance(cls, type) and issubclass(cls, BaseModel)
        for name, info in cls.model_fields.items()
        if getattr(info.annotation, "__origin__", None) is dict
    }
    assert dict_fields == DATA_KEYED_FIELDS


def test_each_date_problem_says_what_is_wrong_and_how_to_fix_it(run: Run) -> None:
    invalid = "check the date against the source; write YYYY-MM or YYYY if the day is unknown"
    precision = "write the full date, or set precision: month"
    future = "facts record what has happened; check the year and the month"
    problems = [p for p in run({"facts.yaml": FACTS}) if p.code.startswith("date-")]
    assert [(p.code, p.message, p.hint) for p in problems] == [
        ("date-invalid", "2020-13 is not a calendar date: there is no month 13", invalid),
        (
            "date-precision",
            "precision 'day' but the date 2020-13 is written to the month",
            precision,
        ),
        ("date-invalid", "2020-02-30 is not a calendar date: February 2020 has 29 days", invalid),
        (
            "date-period-order",
            "the period ends (2020-09-27) before it starts (2020-11-10)",
            "swap start and end, or correct the one that is wrong",
        ),
        (
            "date-stated-after-published",
            "stated_on 2022-11-02 is after the source was published (2022-10-31)",
            "stated_on is the day the words were said, on or before publication",
        ),
        ("date-future", "2027-01 is after the build date 2026-11-28", future),
        (
            "date-precision",
            "precision 'day' but the date 2022-10 is written to the month",
            precision,
        ),
    ]
    registry = REGISTRY.replace("retrieved: 2026-11-01", "retrieved: 2022-10").replace(
        "as_of: 2022-10-31", "as_of: 2026-11-29"
    )
    # The same project, with the registry's dates changed.
    problems = run({"registry.yaml": registry})
    problems = [p for p in problems if p.file == "facts/registry.yaml" and p.code[:5] == "date-"]
    assert [(p.code, p.message, p.hint) for p in problems] == [
        ("date-future", "2026-11-29 is after the build date 2026-11-28", future),
        (
            "date-retrieved-before-published",
            "retrieved 2022-10 is before published 2022-11-01",
            "a page is retrieved on or after its publication; check both dates",
        ),
    ]


@pytest.mark.parametrize(
    ("written", "why"),
    [
        ("0000-01-01", "there is no year 0"),
        ("0001-02-30", "February 1 has 28 days"),
        ("2022-00-01", "there is no month 0"),
        ("2022-01-32", "January 2022 has 31 days"),
        ("2022-12-32", "December 2022 has 31 days"),
        ("2022-13-01", "there is no month 13"),
    ],
)
def test_why_a_date_is_not_in_the_calendar(written: str, why: str) -> None:
    assert dates._why_invalid(written) == why


PRECISIONS = """
    topic: summit
    facts:
      - id: dated
        label: {ar: موعد, en: Date}
        statement: {ar: نص, en: Text}
        value: {type: date, date: 2022-10-31, precision: day}
        as_of: 2022-10-31
        claims:
          - source: web
            value: {type: date, date: 2022-10, precision: month}
          - source: web
            value: {type: date, date: 2022, precision: year}
          - source: web
            value: {type: date, date: 2022-10, precision: day}
"""


def test_a_precision_as_fine_as_the_date_is_written_is_right(run: Run) -> None:
    # Each precision equal to how its date is written passes; a claim's value claiming more
    # is reported at its own precision.
    problems = run({"facts.yaml": PRECISIONS})
    assert found(problems, "date-") == [("date-precision", "facts/facts.yaml", 14, 55)]
    assert only(problems, "date-precision").path == "facts[0].claims[2].value.precision"


@pytest.mark.parametrize(
    ("retrieved", "published"),
    [("2022-11-01", "2022-11-01"), ("2022-11-15", "2022-11"), ("2022-11", "2022-11-30")],
)
def test_retrieved_on_the_day_or_in_the_month_of_publication_is_not_before_it(
    run: Run, retrieved: str, published: str
) -> None:
    registry = REGISTRY.replace("retrieved: 2026-11-01", f"retrieved: {retrieved}").replace(
        "published: 2022-11-01", f"published: {published}"
    )
    assert found(run({"registry.yaml": registry, "facts.yaml": FACT}), "date-") == []
