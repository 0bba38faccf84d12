"""The consistency check: numbers in statements are the fact's numbers, at their column."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from factsheet.checks.consistency import _NUMBER, numbers_in

from .helpers import Run, found

FACTS = """
    topic: summit
    facts:
      - id: war-length
        label: {ar: مدة الحرب, en: Length of the war}
        statement:
          ar: استمرت حرب 2020 ٤٥ يومًا من 27 سبتمبر، وقتل فيها 6٬500 شخص حسب المصدر.
          en: The 2020 war lasted 45 days from 27 September; 6,500 died, 2.5 a day (1990s, Point 9).
        value: {type: quantity, unit: day, best: 44}
        as_of: 2020-11-10
        period: {start: 2020-09-27, end: 2020-11-10}
        claims:
          - source: web
            quote: {text: 6500 people were killed, lang: en}
      - id: summit-date
        label: {ar: موعد القمة, en: Date of the summit}
        statement:
          ar: عقدت القمة في 31 أكتوبر 2022 بعد 12 يومًا من الدعوة.
          en: "The summit met on 31 October 2022 at 13:00, 2 weeks before 14 November."
        value: {type: date, date: 2022-10-31}
        as_of: 2022-10-31
        related: [deadline]
        claims:
          - source: web
            stated: {ar: دعيت القمة قبل 2 أسبوع, en: Called 2 weeks before}
      - id: deadline
        label: {ar: الموعد, en: Deadline}
        statement: {ar: الموعد 14 نوفمبر 2022., en: The deadline is 14 November 2022.}
        value: {type: date, date: 2022-11-14}
        as_of: 2022-11-14
        claims:
          - source: web
      - id: text-fact
        label: {ar: نص, en: Text}
        statement: {ar: البيان من 9 بنود., en: The statement has 9 points.}
        value: {type: text}
        as_of: 2022-10-31
        claims:
          - source: web
"""


def test_numbers_that_are_none_of_the_facts(run: Run) -> None:
    problems = run({"facts.yaml": FACTS})
    assert found(problems, "consistency-") == [
        ("consistency-number", "facts/facts.yaml", 6, 27),
        ("consistency-number", "facts/facts.yaml", 7, 31),
        ("consistency-number", "facts/facts.yaml", 7, 70),
        ("consistency-number", "facts/facts.yaml", 17, 44),
    ]
    messages = [p.message for p in problems if p.code.startswith("consistency-")]
    assert messages[0] == "the Arabic statement says ٤٥, which is none of the fact's numbers"
    hint = next(p.hint for p in problems if p.code.startswith("consistency-"))
    assert hint is not None
    assert hint.endswith("(the fact's numbers: 9, 10, 11, 27, 31, 44, 2020, 2022, 6500)")


def test_numbers_in() -> None:
    assert [n for n, _, _ in numbers_in("6,500 and 6٬500 and ٦٥٠٠ and 2.5 and 2٫5")] == [
        6500.0,
        6500.0,
        6500.0,
        2.5,
        2.5,
    ]
    skipped = "the 1990s, the 31st, S-300, Su-25, at 13:00, Point 9, البند 4, المادة 3"
    assert numbers_in(skipped) == []
    assert numbers_in("و26 نوفمبر 2021") == [(26.0, "26", 1), (2021.0, "2021", 11)]
    assert numbers_in("points 1, 2 and 3") == [(2.0, "2", 10), (3.0, "3", 16)]


# The number pattern as first written (look-behinds first); the check's pattern starts with a
# digit for speed and must find exactly the same numbers.
_FIRST_NUMBER = re.compile(
    r"(?<![A-Za-z])(?<![A-Za-z]-)(?<![\d.,٬٫:])"
    r"(\d{1,3}(?:[,٬]\d{3})+|\d+)([.٫]\d+)?"
    r"(?![\d:])(?![A-Za-z])"
)


@given(st.lists(st.sampled_from([*"0123456789٠٣٩,.٬٫:- aZq\u06f1", "12", "1,234"]), max_size=16))
def test_number_pattern_is_the_first_one(parts: list[str]) -> None:
    text = "".join(parts)
    expected = [(m.span(), m.groups()) for m in _FIRST_NUMBER.finditer(text)]
    assert [(m.span(), m.groups()) for m in _NUMBER.finditer(text)] == expected


def test_each_number_problem_says_what_and_how_with_the_facts_numbers(run: Run) -> None:
    problems = [p for p in run({"facts.yaml": FACTS}) if p.code.startswith("consistency-")]
    fix = "correct the statement, or record the figure as the value, a claim's value or a date"
    war = f"{fix} (the fact's numbers: 9, 10, 11, 27, 31, 44, 2020, 2022, 6500)"
    assert [(p.message, p.hint) for p in problems] == [
        ("the Arabic statement says ٤٥, which is none of the fact's numbers", war),
        ("the English statement says 45, which is none of the fact's numbers", war),
        ("the English statement says 2.5, which is none of the fact's numbers", war),
        (
            "the Arabic statement says 12, which is none of the fact's numbers",
            f"{fix} (the fact's numbers: 2, 10, 11, 14, 31, 2022)",
        ),
    ]


MANY = """
    topic: summit
    facts:
      - id: many
        label: {ar: أرقام, en: Numbers}
        statement: {ar: قيل 99 مرة, en: Said 99 times}
        value: {type: quantity, unit: day, best: 1}
        as_of: 2022-10-31
        claims:
          - source: web
            stated: {ar: 3 4 5 6 7 8 9 12 13, en: 3 4 5 6 7 8 9 12 13}
"""


def test_the_hint_shows_the_first_twelve_of_the_facts_numbers(run: Run) -> None:
    problems = [p for p in run({"facts.yaml": MANY}) if p.code.startswith("consistency-")]
    assert [p.hint for p in problems] == [
        "correct the statement, or record the figure as the value, a claim's value or a date "
        "(the fact's numbers: 1, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 31)"
    ] * 2


ODD = """
    topic: summit
    facts:
      - id: half
        label: {ar: نصف, en: Half}
        statement: {ar: قيل 7 مرات, en: Said 7 times}
        value: {type: quantity, unit: hour, best: 2.5}
        as_of: 2022-02-30
        claims:
          - source: nowhere
      - id: none
        label: {ar: لا شيء, en: Nothing}
        statement: {ar: قيل 7 مرات, en: Said 7 times}
        value: {type: date, date: 2022-02-30}
        as_of: 2022-02-30
        claims:
          - source: nowhere
"""


def test_the_hint_shows_a_fraction_as_written_and_says_when_there_is_no_number(
    run: Run,
) -> None:
    # The invalid dates give no numbers, and the unknown source no publication date.
    problems = [p for p in run({"facts.yaml": ODD}) if p.code.startswith("consistency-")]
    fix = "correct the statement, or record the figure as the value, a claim's value or a date"
    assert [p.hint for p in problems] == [
        f"{fix} (the fact's numbers: 2.5)",
        f"{fix} (the fact's numbers: 2.5)",
        f"{fix} (the fact's numbers: none)",
        f"{fix} (the fact's numbers: none)",
    ]


SOURCES_OF_NUMBERS = """
    topic: summit
    facts:
      - id: many
        label: {ar: مدة, en: Length}
        statement:
          ar: قيل في 15 و20 و9 و23 و25 و15 مرة
          en: "At 13:00 it lasted 4 days."
        value: {type: quantity, unit: day, best: 3}
        as_of: 2022-10-23
        period: {start: 2022-10-20, end: 2022-10-22}
        claims:
          - source: web
            stated_on: 2022-10-25
            stated: {ar: قيل 9 مرات, en: Said 9 times}
            quote: {text: the words, lang: en}
"""


def test_numbers_come_from_the_period_as_of_stated_on_and_every_text_of_a_claim(
    run: Run,
) -> None:
    # 20 and 22 (the period), 23 (as_of), 25 (stated_on) and 9 (the claim's stated words,
    # beside its quote) are the fact's numbers; 15 is not, and is reported once. A time is
    # no number, and the column after it is still exact.
    problems = run({"facts.yaml": SOURCES_OF_NUMBERS})
    assert found(problems, "consistency-") == [
        ("consistency-number", "facts/facts.yaml", 6, 18),
        ("consistency-number", "facts/facts.yaml", 7, 31),
    ]
    assert [p.message for p in problems if p.code.startswith("consistency-")] == [
        "the Arabic statement says 15, which is none of the fact's numbers",
        "the English statement says 4, which is none of the fact's numbers",
    ]


def _fact(fact_id: str, value: str, ar: str, en: str) -> str:
    return f"""
      - id: {fact_id}
        label: {{ar: تسمية, en: Label}}
        statement: {{ar: "{ar}", en: "{en}"}}
        value: {value}
        as_of: 2022-10-31
        claims:
          - source: web
"""


ORDER = "    topic: summit\n    facts:" + "".join(
    [
        _fact("words", "{type: text}", "٧ كلمات", "7 words"),
        _fact("plain", "{type: quantity, unit: day, best: 3}", "أيام", "Days"),
        _fact("own", "{type: quantity, unit: day, best: 3}", "٣ أيام", "3 days"),
        _fact("ar-only", "{type: quantity, unit: day, best: 3}", "٤ أيام", "Days"),
        _fact("en-only", "{type: quantity, unit: day, best: 3}", "أيام", "5 days"),
        _fact("fraction", "{type: quantity, unit: day, best: 2.55}", "٢٫٥٥ و٣٫٥", "2.55"),
    ]
)


def test_every_quantity_or_date_fact_is_read_whatever_comes_before_it(run: Run) -> None:
    # A text fact, a fact without digits and a fact with only its own numbers come first;
    # a number in one language only is still compared, and Arabic-Indic decimals are read
    # with all their digits and shown as written.
    problems = [p for p in run({"facts.yaml": ORDER}) if p.code.startswith("consistency-")]
    assert [p.message for p in problems] == [
        "the Arabic statement says ٤, which is none of the fact's numbers",
        "the English statement says 5, which is none of the fact's numbers",
        "the Arabic statement says ٣٫٥, which is none of the fact's numbers",
    ]
