"""Check ``dates``: every date is a real calendar date, not in the future, and in order.

Dates are written ``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` when only the month or the year is
known (the schema enforces the pattern and reports ``schema-pattern``). This check reads every
date field of every record (``as_of``, ``published``, ``retrieved``, ``date``, ``stated_on``,
period ``start`` and ``end``) and reports:

- a date that does not exist: month 13, 30 February, day 00 (``date-invalid``);
- a date after the build date (today, or the day of ``SOURCE_DATE_EPOCH`` for reproducible
  builds): a partial date is in the future only when its first day is (``date-future``);
- a period whose ``start`` is after its ``end`` (``date-period-order``);
- a source ``retrieved`` before it was ``published`` (``date-retrieved-before-published``);
- a claim ``stated_on`` a date after its source was published: a source cannot report what was
  said later, so one of the two dates is probably wrong (warning, ``date-stated-after-published``);
- a date value whose ``precision`` is finer than what is written, e.g. ``precision: day`` on
  ``2022-10`` (``date-precision``). A coarser precision is allowed: it asks the site to show
  less than is known.

Partial dates are compared as ranges: ``2022-10`` is before ``2022-11-01`` but not before
``2022-10-31``.

Passes::

    as_of: 2022-10-31
    period: {start: 2020-09-27, end: 2020-11-10}

Fails (``date-invalid`` on ``2020-02-30``, ``date-period-order`` on the end)::

    as_of: 2020-02-30
    period: {start: 2020-11-10, end: 2020-09-27}
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from factsheet.checks.context import CheckContext, FileRule, is_field
from factsheet.load.loader import PathKey
from factsheet.model.records import PRECISION_ORDER, DateValue, Fact, Source, written_precision
from factsheet.problems import Problem, Severity

CODES: dict[str, str] = {
    "date-invalid": "a date that does not exist in the calendar (month 13, 30 February)",
    "date-future": "a date after the build date",
    "date-period-order": "a period that ends before it starts",
    "date-retrieved-before-published": "a source retrieved before it was published",
    "date-stated-after-published": "a claim stated after its source was published (warning)",
    "date-precision": "a date value's precision is finer than the date as written",
}

# Every field typed DateText in factsheet.model.records (a test keeps this list complete).
DATE_FIELDS = frozenset({"as_of", "published", "retrieved", "date", "stated_on", "start", "end"})

Span = tuple[date, date]


# The same dates recur across facts; the cache holds as many distinct dates as a large fact
# sheet writes. Only YYYY[-MM[-DD]] texts get here.
@functools.lru_cache(maxsize=65536)
def span(text: str) -> Span | None:
    """The first and last day a date written YYYY[-MM[-DD]] covers, or None if none exists."""
    parts = [int(p) for p in text.split("-")]
    year, month, day = [*parts, 0, 0][:3]
    if year < 1 or (len(parts) > 1 and not 1 <= month <= 12):
        return None
    if len(parts) == 1:
        return date(year, 1, 1), date(year, 12, 31)
    last = calendar.monthrange(year, month)[1]
    if len(parts) == 2:
        return date(year, month, 1), date(year, month, last)
    if not 1 <= day <= last:
        return None
    return date(year, month, day), date(year, month, day)


def _why_invalid(text: str) -> str:
    parts = [int(p) for p in text.split("-")]
    if parts[0] < 1:
        return "there is no year 0"
    if not 1 <= parts[1] <= 12:
        return f"there is no month {parts[1]}"
    last = calendar.monthrange(parts[0], parts[1])[1]
    month = calendar.month_name[parts[1]]
    return f"{month} {parts[0]} has {last} days"


FILE_KEYS = DATE_FIELDS
# What span() can read without raising (the schema's date pattern): anything else is left
# to _each_date, which meets it in the same order as before.
_DATE_SHAPE = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")


def file_rule(today: date) -> FileRule:
    """What :func:`_each_date` never reports: a calendar date that starts by ``today``."""

    def fine(value: str) -> bool:
        covered = span(value) if _DATE_SHAPE.fullmatch(value) else None
        return covered is not None and covered[0] <= today

    return FileRule({key: (fine,) for key in DATE_FIELDS})


def check(ctx: CheckContext) -> Iterator[Problem]:
    rule = file_rule(ctx.today)
    for kind, record in ctx.records():
        if not ctx.cleared(record, rule):
            yield from _each_date(ctx, record, rule)
        if kind == "source":
            yield from _source(ctx, record)
        elif kind == "fact":
            yield from _fact(ctx, record)
            yield from _precisions(ctx, record)


def _each_date(ctx: CheckContext, record: Any, rule: FileRule) -> Iterator[Problem]:
    for sub, value in ctx.values(record):
        if not isinstance(value, str) or not is_field(sub, DATE_FIELDS):
            continue
        if rule.fine(value, str(sub[-1])):
            continue  # the common case: a calendar date, not in the future
        covered = span(value)
        if covered is None:
            yield ctx.problem(
                record,
                sub,
                "date-invalid",
                f"{value} is not a calendar date: {_why_invalid(value)}",
                "check the date against the source; write YYYY-MM or YYYY if the day is unknown",
            )
        elif covered[0] > ctx.today:
            yield ctx.problem(
                record,
                sub,
                "date-future",
                f"{value} is after the build date {ctx.today.isoformat()}",
                "facts record what has happened; check the year and the month",
            )


def _precisions(ctx: CheckContext, fact: Fact) -> Iterator[Problem]:
    """The date values of a fact and of its claims, which may not claim a finer precision
    than their dates are written to."""
    yield from _precision(ctx, fact, ("value",), fact.value)
    for i, claim in enumerate(fact.claims):
        yield from _precision(ctx, fact, ("claims", i, "value"), claim.value)


def _precision(ctx: CheckContext, record: Any, sub: PathKey, node: Any) -> Iterator[Problem]:
    if not isinstance(node, DateValue) or node.precision is None:
        return
    written = written_precision(node.date)
    if PRECISION_ORDER[node.precision] > PRECISION_ORDER[written]:
        yield ctx.problem(
            record,
            (*sub, "precision"),
            "date-precision",
            f"precision '{node.precision}' but the date {node.date} is written to the {written}",
            f"write the full date, or set precision: {written}",
        )


def _before(a: str, b: str) -> bool:
    """Whether date ``a`` surely ends before date ``b`` starts (False if either is invalid)."""
    sa, sb = span(a), span(b)
    return sa is not None and sb is not None and sa[1] < sb[0]


def _source(ctx: CheckContext, source: Source) -> Iterator[Problem]:
    if source.published and source.retrieved and _before(source.retrieved, source.published):
        yield ctx.problem(
            source,
            ("retrieved",),
            "date-retrieved-before-published",
            f"retrieved {source.retrieved} is before published {source.published}",
            "a page is retrieved on or after its publication; check both dates",
        )


def _fact(ctx: CheckContext, fact: Fact) -> Iterator[Problem]:
    if fact.period and fact.period.end and _before(fact.period.end, fact.period.start):
        yield ctx.problem(
            fact,
            ("period", "end"),
            "date-period-order",
            f"the period ends ({fact.period.end}) before it starts ({fact.period.start})",
            "swap start and end, or correct the one that is wrong",
        )
    for i, claim in enumerate(fact.claims):
        source = ctx.project.sources.get(claim.source)
        published = source.published if source else None
        if claim.stated_on and published and _before(published, claim.stated_on):
            yield ctx.problem(
                fact,
                ("claims", i, "stated_on"),
                "date-stated-after-published",
                f"stated_on {claim.stated_on} is after the source was published ({published})",
                "stated_on is the day the words were said, on or before publication",
                Severity.WARNING,
            )
