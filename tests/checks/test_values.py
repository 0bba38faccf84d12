"""The values check: ranges, units, signs, claim types, and the number syntax end to end."""

from __future__ import annotations

from pathlib import Path

from factsheet.checks import values
from factsheet.problems import Severity

from .helpers import FACT, Run, found, only

FACTS = """
    topic: summit
    facts:
      - id: killed
        label: {ar: القتلى, en: Killed}
        statement: {ar: نص, en: Text}
        value:
          type: quantity
          unit: soldiers
          best: 2783
          low: 2900
          high: 3000
          approximate: true
          bound: at-least
        as_of: 2022-10-31
        claims:
          - source: web
            value: {type: quantity, unit: person, best: 5.5, low: -1}
          - source: seed
            value: {type: date, date: 2022-10-31}
          - source: seed
            value: {type: quantity, unit: percent, best: 120, high: 90}
"""


def test_quantity_problems_at_the_offending_value(run: Run) -> None:
    problems = run({"facts.yaml": FACTS})
    assert found(problems, "value-") == [
        ("value-unknown-unit", "facts/facts.yaml", 8, 13),
        ("value-range-order", "facts/facts.yaml", 9, 13),
        ("value-approximate-bound", "facts/facts.yaml", 12, 20),
        ("value-not-whole", "facts/facts.yaml", 17, 53),
        ("value-negative", "facts/facts.yaml", 17, 63),
        ("value-type-mismatch", "facts/facts.yaml", 19, 23),
        ("value-percent-range", "facts/facts.yaml", 21, 54),
        ("value-range-order", "facts/facts.yaml", 21, 54),
    ]
    assert only(problems, "value-unknown-unit").hint is not None
    assert only(problems, "value-unknown-unit").hint.startswith("did you mean 'soldier'?")
    assert only(problems, "value-approximate-bound").severity is Severity.WARNING
    assert "below low 2900" in next(p for p in problems if p.code == "value-range-order").message


def test_claim_in_another_unit_is_a_warning(run: Run) -> None:
    fact = FACT + "        value: {type: quantity, unit: minute, best: 120}\n"
    problems = run({"facts.yaml": fact})
    assert found(problems, "value-") == [("value-unit-mismatch", "facts/facts.yaml", 12, 39)]
    assert only(problems, "value-unit-mismatch").severity is Severity.WARNING


def test_low_above_high(run: Run) -> None:
    fact = FACT.replace("best: 2,", "low: 3, high: 2,")
    assert found(run({"facts.yaml": fact}), "value-") == [
        ("value-range-order", "facts/facts.yaml", 8, 46)
    ]


NUMBERS = """
    topic: summit
    facts:
      - id: numbers
        label: {ar: أرقام, en: Numbers}
        statement: {ar: نص, en: Text}
        value:
          type: quantity
          unit: person
          best: ٦٥٠٠
          low: 6٥00
          high: 6,500
        as_of: 2022-10-31
        claims:
          - source: web
            value: {type: quantity, unit: person, best: .nan, low: 010, high: 12:30}
          - source: web
            value: {type: quantity, unit: person, best: "6 500", low: inf}
"""


def test_number_syntax_is_explained(run: Run) -> None:
    problems = run({"facts.yaml": NUMBERS})
    assert found(problems, "value-") == [
        ("value-non-ascii-digits", "facts/facts.yaml", 9, 13),
        ("value-mixed-digits", "facts/facts.yaml", 10, 12),
        ("value-separator", "facts/facts.yaml", 11, 13),
        ("value-not-finite", "facts/facts.yaml", 15, 53),
        ("value-leading-zero", "facts/facts.yaml", 15, 64),
        ("value-not-number", "facts/facts.yaml", 15, 75),
        ("value-separator", "facts/facts.yaml", 17, 53),
        ("value-not-finite", "facts/facts.yaml", 17, 67),
    ]
    messages = {p.code: p.message for p in problems}
    assert "(write 6500)" in messages["value-non-ascii-digits"]
    assert "arabic-indic, ascii" in messages["value-mixed-digits"]
    assert "write 10" in messages["value-leading-zero"]


def test_every_number_code_is_documented() -> None:
    from factsheet.model import numbers

    source = Path(numbers.__file__).read_text(encoding="utf-8")
    raised = {code for code in values.CODES if f'"{code}"' in source}
    assert raised == {
        "value-mixed-digits",
        "value-non-ascii-digits",
        "value-not-finite",
        "value-separator",
        "value-leading-zero",
        "value-not-number",
        "value-too-many-digits",
    }
    assert all(code.startswith("value-") for code in values.CODES)


def test_each_value_problem_says_what_is_wrong_and_how_to_fix_it(run: Run) -> None:
    between = "best must lie between low and high; check the figures against the source"
    problems = [p for p in run({"facts.yaml": FACTS}) if p.code.startswith("value-")]
    assert [(p.code, p.severity.value, p.message, p.hint) for p in problems] == [
        (
            "value-unknown-unit",
            "error",
            "unknown unit 'soldiers'",
            "did you mean 'soldier'? (units are listed in src/factsheet/model/units.py; add a "
            "new one there with its Arabic and English labels)",
        ),
        ("value-range-order", "error", "best 2783 is below low 2900", between),
        (
            "value-approximate-bound",
            "warning",
            "the value is both approximate and bounded ('at-least')",
            "keep the bound ('at least', 'nearly', ...) and drop 'approximate', or the reverse",
        ),
        (
            "value-not-whole",
            "error",
            "best 5.5 is not a whole number of people",
            "counts are whole numbers; for an average or a rate choose another unit",
        ),
        (
            "value-negative",
            "error",
            "low is negative (-1)",
            "write the figure as a positive number; say in the statement what it counts",
        ),
        (
            "value-type-mismatch",
            "error",
            "the claim's value is a date but the fact's value is a quantity",
            "give the claim a quantity value, or move it to a fact about a date",
        ),
        (
            "value-percent-range",
            "error",
            "best 120 is more than 100 per cent",
            "write a share as a number from 0 to 100",
        ),
        ("value-range-order", "error", "best 120 is above high 90", between),
    ]
    low_high = only(
        run({"facts.yaml": FACT.replace("best: 2,", "low: 3, high: 2,")}), "value-range-order"
    )
    assert (low_high.message, low_high.hint) == (
        "low 3 is greater than high 2",
        "swap low and high",
    )
    unit = only(
        run({"facts.yaml": FACT + "        value: {type: quantity, unit: minute, best: 120}\n"}),
        "value-unit-mismatch",
    )
    assert (unit.message, unit.hint) == (
        "the claim counts 'minute' but the fact counts 'hour'",
        "use the fact's unit if the source counts the same thing; otherwise make it a separate "
        "fact",
    )


EDGES = """
    topic: summit
    facts:
      - id: edges
        label: {ar: حدود, en: Edges}
        statement: {ar: نص, en: Text}
        value: {type: quantity, unit: person, best: 0, low: 0, high: 0}
        as_of: 2022-10-31
        claims:
          - source: web
          - source: web
            value: {type: quantity, unit: percent, best: 100, low: 100, high: 100}
          - source: web
            value: {type: quantity, unit: percent, best: 100.5}
          - source: web
            value: {type: quantity, unit: person, best: 0.5, low: 1}
"""


def test_the_limits_themselves_are_allowed(run: Run) -> None:
    # Zero is not negative, 100 per cent is not more than 100, best may equal low and high,
    # and low may equal high; 100.5 per cent and half a person are wrong. A claim without a
    # value of its own does not stop the claims after it from being checked.
    problems = run({"facts.yaml": EDGES})
    assert [(p.code, p.line, p.col) for p in problems if p.code.startswith("value-")] == [
        ("value-unit-mismatch", 11, 39),
        ("value-unit-mismatch", 13, 39),
        ("value-percent-range", 13, 54),
        ("value-not-whole", 15, 53),
        ("value-range-order", 15, 53),
    ]
