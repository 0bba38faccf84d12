"""The one problem type every stage reports, and the exception that carries a list of them.

Every stage (loader, schema, checks) yields :class:`Problem` values instead of raising, so that
one run reports every problem at once. Only the edges (CLI, MkDocs plugin) turn a non-empty list
of errors into :class:`FactsheetError` or an exit code.

Lines and columns are 1-based, as editors and GitHub annotations count them.
"""

from __future__ import annotations

from collections.abc import Iterable
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

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def location(self) -> str:
        """``file:line:col``, on one line whatever the file's name holds."""
        return f"{one_line(self.file)}:{self.mark.line}:{self.mark.col}"

    def text(self) -> str:
        """``file:line:col: severity [code] message`` and, indented below, the hint: the line
        the CLI prints and the build logs."""
        line = f"{self.location}: {self.severity} [{self.code}] {one_line(self.message)}"
        return f"{line}\n    hint: {one_line(self.hint)}" if self.hint else line

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


def one_line(text: str) -> str:
    """Text data shown on one line: a CR or LF inside a message cannot fake another problem
    (git allows a line break in a file name, and under GitHub Actions a line starting with
    '::' is a workflow command)."""
    return text.replace("\r", "\\r").replace("\n", "\\n")


def data_path(parts: Iterable[str | int]) -> str:
    """A place inside the data as a reader writes it: ``facts[2].claims[0].quote``."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.is_error for p in problems)


def errors_only(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


class FactsheetError(Exception):
    """Raised at the edges when loading or validation found errors."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=Problem.sort_key)
        first = self.problems[0] if self.problems else None
        summary = f"{first.location}: {first.message}" if first else "no problems"
        super().__init__(f"{len(self.problems)} problem(s); first: {summary}")
