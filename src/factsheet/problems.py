"""The one problem type every stage reports, and the exception that carries a list of them.

Every stage (loader, schema, checks) yields :class:`Problem` values instead of raising, so that
one run reports every problem at once. Only the edges (CLI, MkDocs plugin) turn a non-empty list
of errors into :class:`FactsheetError` or an exit code.

Lines and columns are 1-based, as editors and GitHub annotations count them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    """How bad a problem is. Only errors fail validation; warnings are shown and pass."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, order=True)
class Mark:
    """A span in a file: 1-based start line/column and end line/column."""

    line: int
    col: int
    end_line: int = 0
    end_col: int = 0

    def __post_init__(self) -> None:
        # An unknown end is the start itself, so consumers never see 0.
        if self.end_line == 0:
            object.__setattr__(self, "end_line", self.line)
        if self.end_col == 0:
            object.__setattr__(self, "end_col", self.col)


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth saying) about one place in one file.

    ``file`` is the path as the editor should see it: relative to the project root, with
    forward slashes. ``path`` is the location inside the data, e.g. ``facts[2].claims[0].quote``.
    """

    file: str
    mark: Mark
    code: str
    message: str
    hint: str | None = None
    severity: Severity = Severity.ERROR
    path: str = ""
    related: tuple[tuple[str, Mark], ...] = field(default=())

    @property
    def line(self) -> int:
        return self.mark.line

    @property
    def col(self) -> int:
        return self.mark.col

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.mark.line, self.mark.col, self.code)

    def to_dict(self) -> dict[str, Any]:
        """The problem as the versioned JSON report writes it (see ``reporters``)."""
        return {
            "file": self.file,
            "line": self.mark.line,
            "col": self.mark.col,
            "end_line": self.mark.end_line,
            "end_col": self.mark.end_col,
            "severity": str(self.severity),
            "code": self.code,
            "path": self.path,
            "message": self.message,
            "hint": self.hint,
        }


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity is Severity.ERROR for p in problems)


class FactsheetError(Exception):
    """Raised at the edges when loading or validation found errors."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=Problem.sort_key)
        first = self.problems[0] if self.problems else None
        summary = (
            f"{first.file}:{first.line}:{first.col}: {first.message}" if first else "no problems"
        )
        super().__init__(f"{len(self.problems)} problem(s); first: {summary}")
