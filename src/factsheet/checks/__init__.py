"""The checks that run on a typed project, one module per concern.

Each check module has a module docstring (its user documentation, with a passing and a failing
example), a ``CODES`` dict of the problem codes it reports with a one-line meaning each, and a
``check(ctx)`` generator yielding :class:`~factsheet.problems.Problem`. The registry below is
explicit so the order of output is stable and a newcomer can find every check from here.

Most records have nothing to report, so a check may declare a
:class:`~factsheet.checks.context.FileRule`: the tests one string must pass for the check to
have nothing to say about it. The runner clears a whole file whose strings all pass, from one
scan of its plain data (:mod:`factsheet.checks.scan`), and the check reads only the records of
the other files, skipping each string its rule passes: the test is written once.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from types import ModuleType

from factsheet.checks import (
    as_of,
    bilingual,
    consistency,
    dates,
    figures,
    locations,
    quotes,
    references,
    site,
    text_safety,
    urls,
    values,
)
from factsheet.checks.context import CheckContext
from factsheet.problems import Problem
from factsheet.project import Project

REGISTRY: dict[str, ModuleType] = {
    "references": references,
    "bilingual": bilingual,
    "values": values,
    "dates": dates,
    "as_of": as_of,
    "figures": figures,
    "text_safety": text_safety,
    "urls": urls,
    "quotes": quotes,
    "consistency": consistency,
    "locations": locations,
    "site": site,
}
"""Every check module by name, in the order they run."""


def registry() -> dict[str, ModuleType]:
    """Every check module by name, in the order they run."""
    return dict(REGISTRY)


def context(project: Project, today: date) -> CheckContext:
    """A context for running every registered check on ``project``."""
    keys = frozenset().union(*(getattr(m, "FILE_KEYS", ()) for m in REGISTRY.values()))
    return CheckContext(project=project, today=today, scan_keys=keys)


def run_checks(ctx: CheckContext) -> Iterator[Problem]:
    for module in REGISTRY.values():
        yield from module.check(ctx)
