"""Check ``values``: quantities are well formed, in known units, and claims match their fact.

A quantity is ``{type: quantity, unit, best, low, high, approximate, bound}``. This check
looks at the fact's value and at every claim's value:

- ``low <= best <= high`` (each where given);
- the ``unit`` is one of ``factsheet.model.units`` (person, soldier, serviceman, civilian, refugee,
  vehicle, armoured-vehicle, point, article, day, hour, minute, month, year, km, ...);
- no figure is negative (every unit counts or measures something that cannot be), counts of
  people and things are whole numbers, and a percentage is at most 100;
- ``approximate: true`` together with a ``bound`` says two things at once ("about at least
  5,000"): a warning;
- a claim's value has the fact's value type (a date fact cannot cite a quantity), and a warning
  when its unit differs from the fact's (the figures are shown side by side).

How a number may be written is decided earlier, while the file is typed
(``factsheet.model.numbers``), and reported with these codes too: numbers are written in ASCII
digits with an optional decimal point. ``٦٥٠٠`` is rejected with its ASCII form
(``value-non-ascii-digits``), ``6,500`` and ``6 500`` with the plain form (``value-separator``),
``010`` because YAML 1.1 would read it as 8 (``value-leading-zero``), ``.nan``/``inf``
(``value-not-finite``), and a number mixing digit systems such as ``6٥00``
(``value-mixed-digits``). The site formats numbers for each language itself.

Passes::

    value: {type: quantity, unit: serviceman, best: 1960}

Fails (``value-range-order``, ``value-unknown-unit`` with hint "did you mean 'soldier'?")::

    value: {type: quantity, unit: soldiers, best: 2783, low: 2900}
"""

from __future__ import annotations

from collections.abc import Iterator

from factsheet.checks.context import CheckContext, suggest
from factsheet.load.loader import PathKey
from factsheet.model.records import Fact, QuantityValue
from factsheet.model.units import UNITS, Unit
from factsheet.problems import Problem, Severity

CODES: dict[str, str] = {
    "value-range-order": "low, best and high are not in order (low <= best <= high)",
    "value-unknown-unit": "a quantity's unit is not in factsheet.model.units",
    "value-negative": "a figure is negative",
    "value-not-whole": "a count of people or things has a fractional part",
    "value-percent-range": "a percentage is above 100",
    "value-approximate-bound": "approximate: true together with a bound (warning)",
    "value-type-mismatch": "a claim's value has another type than the fact's value",
    "value-unit-mismatch": "a claim's quantity has another unit than the fact's (warning)",
    # Reported while typing the file (factsheet.model.numbers, factsheet.model.records):
    "value-non-ascii-digits": "a number in Arabic-Indic (or other) digits; write ASCII digits",
    "value-mixed-digits": "a number mixing digit systems",
    "value-separator": "a number with thousands separators",
    "value-leading-zero": "a number with a leading zero (YAML 1.1 octal)",
    "value-not-finite": "NaN or infinity",
    "value-not-number": "text where a number is expected",
    "value-not-integer": "a decimal where a whole number is expected",
    "value-too-many-digits": "a number with more than 15 significant digits (would be rounded)",
    "value-missing-number": "a quantity without best, low or high",
}

# The codes above that the schema raises while typing the file, not this check.
RAISED_WHILE_TYPING = frozenset(
    {
        "value-non-ascii-digits",
        "value-mixed-digits",
        "value-separator",
        "value-leading-zero",
        "value-not-finite",
        "value-not-number",
        "value-not-integer",
        "value-too-many-digits",
        "value-missing-number",
    }
)


def check(ctx: CheckContext) -> Iterator[Problem]:
    for _kind, fact in ctx.records("fact"):
        if isinstance(fact.value, QuantityValue):
            yield from _quantity(ctx, fact, ("value",), fact.value)
        for i, claim in enumerate(fact.claims):
            if claim.value is None:
                continue
            sub: PathKey = ("claims", i, "value")
            if isinstance(claim.value, QuantityValue):
                yield from _quantity(ctx, fact, sub, claim.value)
            yield from _matches_fact(ctx, fact, sub, claim.value)


def _quantity(ctx: CheckContext, fact: Fact, sub: PathKey, q: QuantityValue) -> Iterator[Problem]:
    yield from _order(ctx, fact, sub, q)
    unit = UNITS.get(q.unit)
    if unit is None:
        yield ctx.problem(
            fact,
            (*sub, "unit"),
            "value-unknown-unit",
            f"unknown unit '{q.unit}'",
            f"{suggest(q.unit, UNITS)} (units are listed in src/factsheet/model/units.py; add a "
            "new one there with its Arabic and English labels)",
        )
    for name in ("low", "best", "high"):
        number = getattr(q, name)
        if number is not None:
            yield from _number(ctx, fact, (*sub, name), number, unit)
    if q.approximate and q.bound is not None:
        yield ctx.problem(
            fact,
            (*sub, "approximate"),
            "value-approximate-bound",
            f"the value is both approximate and bounded ('{q.bound}')",
            "keep the bound ('at least', 'nearly', ...) and drop 'approximate', or the reverse",
            Severity.WARNING,
        )


def _number(
    ctx: CheckContext, fact: Fact, sub: PathKey, number: float, unit: Unit | None
) -> Iterator[Problem]:
    """Sign, wholeness and range of one of best/low/high."""
    name = sub[-1]
    if number < 0:
        yield ctx.problem(
            fact,
            sub,
            "value-negative",
            f"{name} is negative ({number})",
            "write the figure as a positive number; say in the statement what it counts",
        )
    elif unit is not None and unit.whole and number != int(number):
        yield ctx.problem(
            fact,
            sub,
            "value-not-whole",
            f"{name} {number} is not a whole number of {unit.en_plural}",
            "counts are whole numbers; for an average or a rate choose another unit",
        )
    elif unit is not None and unit.kind == "share" and number > 100:
        yield ctx.problem(
            fact,
            sub,
            "value-percent-range",
            f"{name} {number} is more than 100 per cent",
            "write a share as a number from 0 to 100",
        )


def _order(ctx: CheckContext, fact: Fact, sub: PathKey, q: QuantityValue) -> Iterator[Problem]:
    if q.low is not None and q.high is not None and q.low > q.high:
        yield ctx.problem(
            fact,
            (*sub, "low"),
            "value-range-order",
            f"low {q.low} is greater than high {q.high}",
            "swap low and high",
        )
        return
    if q.best is None:
        return
    if q.low is not None and q.best < q.low:
        yield ctx.problem(
            fact,
            (*sub, "best"),
            "value-range-order",
            f"best {q.best} is below low {q.low}",
            "best must lie between low and high; check the figures against the source",
        )
    if q.high is not None and q.best > q.high:
        yield ctx.problem(
            fact,
            (*sub, "best"),
            "value-range-order",
            f"best {q.best} is above high {q.high}",
            "best must lie between low and high; check the figures against the source",
        )


def _matches_fact(ctx: CheckContext, fact: Fact, sub: PathKey, value: object) -> Iterator[Problem]:
    expected = fact.value.type
    actual = getattr(value, "type", None)
    if actual != expected:
        yield ctx.problem(
            fact,
            (*sub, "type"),
            "value-type-mismatch",
            f"the claim's value is a {actual} but the fact's value is a {expected}",
            f"give the claim a {expected} value, or move it to a fact about a {actual}",
        )
        return
    fact_unit = fact.value.unit if isinstance(fact.value, QuantityValue) else None
    # An unknown fact unit is reported once on the fact, not again on every claim.
    if isinstance(value, QuantityValue) and fact_unit in UNITS and value.unit != fact_unit:
        yield ctx.problem(
            fact,
            (*sub, "unit"),
            "value-unit-mismatch",
            f"the claim counts '{value.unit}' but the fact counts '{fact_unit}'",
            "use the fact's unit if the source counts the same thing; otherwise make it "
            "a separate fact",
            Severity.WARNING,
        )
