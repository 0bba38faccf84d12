"""Whether figures agree, read for what they mean rather than compared as written.

Each typed value means a set of possible truths, kept here as one interval of a line:

- an exact number ``n`` is the point ``[n, n]``; ``about n`` (``approximate``) is
  ``[n - 10 %, n + 10 %]``;
- a bound: ``at-least n`` is ``[n, inf)``, ``more-than n`` is ``(n, inf)``, ``up-to n`` (at
  most) is ``(-inf, n]``, ``fewer-than n`` is ``(-inf, n)``, ``nearly n`` is ``[n - 10 %, n)``;
- a range ``low``-``high`` is ``[low, high]`` (widened by 10 % when approximate); ``low``
  alone is at least low, ``high`` alone at most high;
- a date is the days it covers: ``2022-10`` is every day of October 2022;
- an entity is itself; two different entities never agree.

Figures of different kinds (a quantity and a date) or units (hours and days) are different
lines: they conflict. Then for figures ``a`` and ``b`` (:func:`relation`):

- ``same``: they mean the same (``about 2,000`` and ``about 2,000``);
- ``precision``: both can be true at once, with different precision (``1,960`` and
  ``about 2,000``; ``2022-10-31`` and ``2022-10``; ``more than 2 hours`` and ``at least 2
  hours``);
- ``conflict``: they cannot both be true (``93`` and ``100``; ``nearly 5,000`` and ``at
  least 5,000``).

Several figures (:func:`agreement`) are ``same`` when all are, ``conflict`` when no single
truth fits them all (on a line, when some pair conflicts), ``precision`` otherwise. Only a
conflict is shown as disputed.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from factsheet.model.records import Claim, DateValue, EntityValue, Fact, QuantityValue, Value

Relation = Literal["same", "precision", "conflict"]

ABOUT = 0.1
"""How far ``about n`` and ``nearly n`` reach from ``n``, as a share of ``n``."""

INF = math.inf


@dataclass(frozen=True)
class Meaning:
    """The interval of truths a figure allows, on the line named ``line``."""

    line: str
    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False


def meaning(value: Value) -> Meaning | None:
    """What a value means, or None for a text value (its words are not compared)."""
    if isinstance(value, QuantityValue):
        return _quantity(value)
    if isinstance(value, DateValue):
        return _date(value)
    if isinstance(value, EntityValue):
        return Meaning(f"entity:{value.entity}", 0.0, 0.0)
    return None


def _quantity(value: QuantityValue) -> Meaning:
    line = f"quantity:{value.unit}"
    if value.low is not None or value.high is not None:
        lo = float(value.low) if value.low is not None else -INF
        hi = float(value.high) if value.high is not None else INF
        if value.approximate:
            lo, hi = lo - abs(lo) * ABOUT, hi + abs(hi) * ABOUT
        return Meaning(line, lo, hi)
    assert value.best is not None  # the model requires best, low or high
    n = float(value.best)
    reach = abs(n) * ABOUT
    bounds: dict[str | None, Meaning] = {
        "at-least": Meaning(line, n, INF),
        "more-than": Meaning(line, n, INF, lo_open=True),
        "up-to": Meaning(line, -INF, n),
        "fewer-than": Meaning(line, -INF, n, hi_open=True),
        "nearly": Meaning(line, n - reach, n, hi_open=True),
    }
    if value.bound in bounds:
        return bounds[value.bound]
    if value.approximate:
        return Meaning(line, n - reach, n + reach)
    return Meaning(line, n, n)


def _date(value: DateValue) -> Meaning:
    written = value.date
    keep = {"year": 4, "month": 7}.get(value.precision or "", len(written))
    parts = [int(p) for p in written[:keep].split("-")]
    try:
        first = date(*[*parts, 1, 1][:3])
        if len(parts) == 3:
            last = first
        elif len(parts) == 2:
            last = first.replace(day=calendar.monthrange(parts[0], parts[1])[1])
        else:
            last = date(parts[0], 12, 31)
    except ValueError:  # reported by the dates check; an invalid date matches only itself
        return Meaning(f"date:{written}", 0.0, 0.0)
    return Meaning("date", float(first.toordinal()), float(last.toordinal()))


def _overlap(meanings: Sequence[Meaning]) -> bool:
    """Whether one truth fits every meaning (all on one line, intervals intersect)."""
    if len({m.line for m in meanings}) > 1:
        return False
    lo = max(meanings, key=lambda m: (m.lo, m.lo_open))
    hi = min(meanings, key=lambda m: (m.hi, not m.hi_open))
    if lo.lo < hi.hi:
        return True
    return lo.lo == hi.hi and not lo.lo_open and not hi.hi_open


def relate(meanings: Sequence[Meaning]) -> Relation:
    """``same``, ``precision`` or ``conflict`` for meanings (see the module documentation)."""
    if len(set(meanings)) <= 1:
        return "same"
    return "precision" if _overlap(meanings) else "conflict"


def relation(a: Value, b: Value) -> Relation:
    """How two figures relate. Text values are never compared: they are ``same``."""
    return agreement([a, b])


def agreement(values: Sequence[Value]) -> Relation:
    """How several figures relate; text values among them are left out."""
    meanings = [m for m in (meaning(v) for v in values) if m is not None]
    return relate(meanings)


def claim_figure(fact: Fact, claim: Claim) -> Value | None:
    """The figure a claim gives: its own ``value``, none (``figure: none``: words only), or
    else the fact's figure."""
    if claim.value is not None:
        return claim.value
    return None if claim.figure == "none" else fact.value


def figures_differ(fact: Fact) -> bool:
    """Whether some claim of the fact does not simply give the fact's figure (then every
    claim must say what it gives)."""
    return any(c.value is not None or c.figure == "none" for c in fact.claims)


def gives_fact_figure(fact: Fact, claim: Claim) -> bool:
    """Whether the claim gives the fact's own figure (bare, ``figure: fact``, or a ``value``
    that means the same)."""
    given = claim_figure(fact, claim)
    return given is not None and relation(given, fact.value) == "same"


def fact_agreement(fact: Fact) -> Relation:
    """How the fact's figure and the figures its claims give relate."""
    given = [claim_figure(fact, c) for c in fact.claims]
    return agreement([fact.value, *(v for v in given if v is not None)])
