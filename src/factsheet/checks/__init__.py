"""The checks that run on a typed project, one module per concern.

Each check module has a module docstring (its user documentation, with a passing and a failing
example), a ``CODES`` dict of the problem codes it reports with a one-line meaning each, and a
``check(ctx)`` generator yielding :class:`~factsheet.problems.Problem`. The registry below is
explicit so the order of output is stable and a newcomer can find every check from here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from types import ModuleType
from typing import Any

from factsheet.loader import PathKey
from factsheet.problems import Problem, Severity
from factsheet.project import Project


@dataclass
class CheckContext:
    """What a check sees: the project, the build date, and helpers to make problems."""

    project: Project
    today: date

    def problem(
        self,
        record: Any,
        sub: PathKey,
        code: str,
        message: str,
        hint: str | None = None,
        severity: Severity = Severity.ERROR,
        *,
        on_key: bool = False,
    ) -> Problem:
        """A problem about ``record`` at its sub-path ``sub`` (e.g. ('claims', 0, 'quote'))."""
        origin = self.project.origin(record)
        mark = origin.key_mark(sub) if on_key else origin.mark(sub)
        full = (*origin.path, *sub)
        where = ""
        for part in full:
            where += f"[{part}]" if isinstance(part, int) else (f".{part}" if where else str(part))
        return Problem(origin.doc.file, mark, code, message, hint, severity, path=where)


Check = Callable[[CheckContext], Iterable[Problem]]


def registry() -> dict[str, ModuleType]:
    """Every check module by name, in the order they run."""
    from factsheet.checks import (  # noqa: I001 - the order here is the run order
        references,
        bilingual,
        values,
        dates,
        text_safety,
        urls,
        quotes,
        consistency,
    )

    return {
        "references": references,
        "bilingual": bilingual,
        "values": values,
        "dates": dates,
        "text_safety": text_safety,
        "urls": urls,
        "quotes": quotes,
        "consistency": consistency,
    }


def run_checks(ctx: CheckContext) -> Iterator[Problem]:
    for module in registry().values():
        yield from module.check(ctx)
