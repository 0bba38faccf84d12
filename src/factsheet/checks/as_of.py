"""Check ``as_of``: a fact is not dated later than the sources it cites.

A source cannot report a figure or an event as of a day after it spoke. So a fact's ``as_of``
may not start after the latest date of the sources it cites: each source's ``published`` date
and each claim's ``stated_on`` (the day the words were said, which dates a claim of a source
that has no publication date). A role's ``as_of`` is compared with its sources' ``published``
dates. Partial dates compare as ranges: ``as_of: 2024-06`` is not after a source published
``2024-06-12``.

An event that the sources announce for a later day (a term that ends, a vote that is
expected) is marked ``scheduled: true``: its ``as_of`` may then be later, and the site words it
as "scheduled for", never as something that happened.

Reported:

- ``as_of`` after the latest date of every cited source, on a fact not marked ``scheduled``
  (``as-of-after-sources``);
- a cited source without a ``published`` date, once per source, naming it and a fact that
  cites it (warning, ``as-of-source-undated``): the facts citing it cannot be checked against
  it unless their claims give ``stated_on``.

Passes (the source was published on 2022-11-01)::

    as_of: 2022-10-31
    claims:
      - source: seed

Fails (``as-of-after-sources``)::

    as_of: 2025-11
    claims:
      - source: seed
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from factsheet.checks.context import CheckContext
from factsheet.checks.dates import span
from factsheet.load.loader import PathKey
from factsheet.model.records import Source
from factsheet.problems import Problem, Severity

CODES: dict[str, str] = {
    "as-of-after-sources": "as_of after the latest date of every cited source",
    "as-of-source-undated": "a cited source without a published date (warning)",
}


def check(ctx: CheckContext) -> Iterator[Problem]:
    undated: dict[str, str] = {}  # source id -> the first record id that cites it
    for kind, record in ctx.records("entity", "fact"):
        if kind == "fact":
            claims = record.claims
            dates = [_claim_date(ctx, c.source, c.stated_on, undated, record.id) for c in claims]
            if not record.scheduled:
                yield from _after(ctx, record, ("as_of",), record.as_of, dates)
            continue
        for i, role in enumerate(record.roles):
            dates = [_claim_date(ctx, s, None, undated, record.id) for s in role.sources]
            yield from _after(ctx, record, ("roles", i, "as_of"), role.as_of, dates)
    for source_id, cited_by in undated.items():
        source = ctx.project.sources[source_id]
        yield _undated(ctx, source, cited_by)


def _claim_date(
    ctx: CheckContext, source_id: str, stated_on: str | None, undated: dict[str, str], by: str
) -> str | None:
    """The latest date of a claim: its source's publication or its stated_on (a claim of an
    undated source is dated by stated_on alone), or None if it has neither."""
    source = ctx.project.sources.get(source_id)
    if source is not None and source.published is None:
        undated.setdefault(source_id, by)
    dates = [d for d in (stated_on, source.published if source else None) if d]
    return max(dates, key=_last_day) if dates else None


def _last_day(written: str) -> date:
    covered = span(written)
    return covered[1] if covered else date.min


def _after(
    ctx: CheckContext, record: Any, sub: PathKey, as_of: str, dates: list[str | None]
) -> Iterator[Problem]:
    if any(d is None for d in dates):
        return  # an undated or unknown source may be the latest: nothing to compare
    spans = [span(d) for d in dates if d]
    start = span(as_of)
    if not spans or start is None or any(s is None for s in spans):
        return  # invalid dates are reported by the dates check
    latest = max(s[1] for s in spans if s)
    if start[0] > latest:
        yield ctx.problem(
            record,
            sub,
            "as-of-after-sources",
            f"as_of {as_of} is after the latest date of the sources it cites "
            f"({latest.isoformat()})",
            "as_of is the date the figure or event refers to, as the sources give it; if "
            "the sources announce it for a later day, add 'scheduled: true' to the fact",
        )


def _undated(ctx: CheckContext, source: Source, cited_by: str) -> Problem:
    return ctx.problem(
        source,
        ("id",),
        "as-of-source-undated",
        f"source '{source.id}' has no published date (cited by '{cited_by}'), so the as_of "
        "of the facts citing it cannot be checked against it",
        "add 'published: YYYY-MM-DD' (or YYYY-MM, YYYY) as the page gives it, or give the "
        "claims' stated_on",
        Severity.WARNING,
    )
