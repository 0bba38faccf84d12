"""Print the problems of a validation run as text, as JSON, or as GitHub workflow annotations.

Reporters are chosen by name from :data:`REPORTERS` (``factsheet validate --format NAME``);
``auto`` means ``github`` under GitHub Actions (``GITHUB_ACTIONS=true``) and ``text`` elsewhere.
Each reporter writes to the stream it is given and never exits; the CLI decides the exit code.

``text`` (for people)::

    facts/summit.yaml:12:7: error [schema-pattern] facts[0].as_of: String should match ...
        hint: dates are written YYYY-MM-DD (or YYYY-MM, YYYY)
    1 error in 9 files

Info-level problems (e.g. ``quote-not-checked``) are summarised in one line with a count per
code unless ``verbose`` is set. The last line is the summary: ``N errors, M warnings in F
files`` when there are errors, else ``ok: X facts, Y sources, Z entities checked``.

``json`` (for tools), version 1: one object::

    {
      "version": 1,
      "tool": "factsheet",
      "tool_version": "0.1.0",
      "summary": {"ok": false, "errors": 1, "warnings": 0, "infos": 2, "files": 9,
                  "topics": 8, "facts": 120, "sources": 95, "entities": 40},
      "problems": [
        {"file": "facts/summit.yaml", "line": 12, "col": 7, "end_line": 12, "end_col": 17,
         "severity": "error", "code": "schema-pattern", "path": "facts[0].as_of",
         "message": "...", "hint": "..." (or null),
         "related": [{"file": "facts/other.yaml", "line": 3, "col": 9}]}
      ]
    }

- ``version`` changes only when a key is removed or changes meaning; keys may be added.
- ``summary.ok`` is true when there is no error (warnings and infos never fail a run);
  ``files`` counts the files checked.
- ``problems`` holds every problem, infos included, sorted by file, line and column. Lines and
  columns are 1-based; ``path`` is the place in the data; ``related`` lists other places the
  problem is about (e.g. where a duplicated id was first defined). See ``problems.Problem``.

``github`` (for pull requests): one workflow command per problem, ``::error``, ``::warning``
or ``::notice`` (infos only with ``verbose``), with ``file``, ``line``, ``col``, ``endLine``,
``endColumn`` and ``title=[code]``; the message and hint are the command's data. Text from the
data files is escaped so that it can never start a new workflow command. When
``$GITHUB_STEP_SUMMARY`` names a file, a Markdown table of the problems is appended to it.
"""

from __future__ import annotations

import html
import json
import os
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import IO, Any, Protocol

from factsheet.problems import Problem, Severity

JSON_REPORT_VERSION = 1
# GitHub shows only the first few annotations of each kind per step and the step summary is
# capped at 1 MiB, so the table stops here and says how many rows it left out.
STEP_SUMMARY_MAX_ROWS = 200


@dataclass(frozen=True)
class Summary:
    """What was checked: counts of files and records, for the summary line and the JSON."""

    files: int = 0
    topics: int = 0
    facts: int = 0
    sources: int = 0
    entities: int = 0
    tool_version: str = "unknown"


@dataclass(frozen=True)
class Report:
    """One validation run: its problems (sorted) and what was checked."""

    problems: list[Problem]
    summary: Summary = field(default_factory=Summary)

    def count(self, severity: Severity) -> int:
        return sum(1 for p in self.problems if p.severity is severity)

    @property
    def ok(self) -> bool:
        return self.count(Severity.ERROR) == 0


def plural(n: int, word: str, words: str = "") -> str:
    """``1 error``, ``2 errors``; ``words`` is the plural when it is not ``word + 's'``."""
    return f"{n} {word}" if n == 1 else f"{n} {words or word + 's'}"


def summary_line(report: Report) -> str:
    """``3 errors, 1 warning in 12 files`` or ``ok: 120 facts, 95 sources, 40 entities checked``."""
    s = report.summary
    errors, warnings = report.count(Severity.ERROR), report.count(Severity.WARNING)
    if errors:
        counts = plural(errors, "error") + (f", {plural(warnings, 'warning')}" if warnings else "")
        return f"{counts} in {plural(s.files, 'file')}"
    line = (
        f"ok: {plural(s.facts, 'fact')}, {plural(s.sources, 'source')}, "
        f"{plural(s.entities, 'entity', 'entities')} checked"
    )
    return line + (f" ({plural(warnings, 'warning')})" if warnings else "")


def infos_line(problems: list[Problem]) -> str | None:
    """One line for the hidden info-level problems, with a count per code."""
    codes = Counter(p.code for p in problems if p.severity is Severity.INFO)
    if not codes:
        return None
    detail = ", ".join(f"{code}: {n}" for code, n in sorted(codes.items()))
    return f"{plural(codes.total(), 'info')} not shown ({detail}); use --verbose to list them"


def report_text(report: Report, out: IO[str], *, verbose: bool = False) -> None:
    """``path:line:col: severity [code] message`` and an indented hint, then the summary."""
    for p in report.problems:
        if p.severity is Severity.INFO and not verbose:
            continue
        out.write(p.text() + "\n")
    hidden = None if verbose else infos_line(report.problems)
    if hidden:
        out.write(hidden + "\n")
    out.write(summary_line(report) + "\n")


def json_document(report: Report) -> dict[str, Any]:
    """The versioned JSON report as a dict (see the module docstring)."""
    s = report.summary
    return {
        "version": JSON_REPORT_VERSION,
        "tool": "factsheet",
        "tool_version": s.tool_version,
        "summary": {
            "ok": report.ok,
            "errors": report.count(Severity.ERROR),
            "warnings": report.count(Severity.WARNING),
            "infos": report.count(Severity.INFO),
            "files": s.files,
            "topics": s.topics,
            "facts": s.facts,
            "sources": s.sources,
            "entities": s.entities,
        },
        "problems": [_problem_dict(p) for p in report.problems],
    }


def _problem_dict(p: Problem) -> dict[str, Any]:
    """``Problem.to_dict()`` plus ``related``: the other places the problem is about."""
    related = [{"file": f, "line": m.line, "col": m.col} for f, m in p.related]
    return {**p.to_dict(), "related": related}


def report_json(report: Report, out: IO[str], *, verbose: bool = False) -> None:
    """The JSON report; ``verbose`` changes nothing, every problem is always included."""
    json.dump(json_document(report), out, ensure_ascii=False, indent=2)
    out.write("\n")


# --- GitHub Actions -----------------------------------------------------------------------

_GITHUB_COMMAND = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "notice",
}


def escape_data(text: str) -> str:
    """Escape a workflow command's data (after ``::``) as the runner's toolkit does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command property value: data escapes plus ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotation(p: Problem) -> str:
    """One ``::error file=...,line=...::message`` line for ``p``."""
    props = {
        "file": p.file,
        "line": str(p.mark.line),
        "col": str(p.mark.col),
        "endLine": str(p.mark.end_line),
        "endColumn": str(p.mark.end_col),
        "title": f"[{p.code}]",
    }
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in props.items())
    data = p.message + (f"\nhint: {p.hint}" if p.hint else "")
    return f"::{_GITHUB_COMMAND[p.severity]} {joined}::{escape_data(data)}"


def markdown_cell(text: str) -> str:
    """A table cell: HTML escaped (so data cannot inject markup), ``|`` escaped, one line."""
    escaped = html.escape(text, quote=False).replace("|", "\\|")
    return escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")


def step_summary(report: Report, *, verbose: bool = False) -> str:
    """The Markdown appended to ``$GITHUB_STEP_SUMMARY``: a heading, the summary, a table."""
    lines = ["### factsheet validate", "", markdown_cell(summary_line(report)), ""]
    shown = [p for p in report.problems if verbose or p.severity is not Severity.INFO]
    if shown:
        lines += ["| Severity | Location | Code | Message |", "| --- | --- | --- | --- |"]
        for p in shown[:STEP_SUMMARY_MAX_ROWS]:
            message = p.message + (f"\nhint: {p.hint}" if p.hint else "")
            cells = [str(p.severity), p.location, p.code, message]
            lines.append("| " + " | ".join(markdown_cell(c) for c in cells) + " |")
        if len(shown) > STEP_SUMMARY_MAX_ROWS:
            lines += ["", f"{len(shown) - STEP_SUMMARY_MAX_ROWS} more not shown."]
    hidden = None if verbose else infos_line(report.problems)
    if hidden:
        lines += ["", markdown_cell(hidden)]
    return "\n".join(lines) + "\n\n"


def report_github(
    report: Report,
    out: IO[str],
    *,
    verbose: bool = False,
    environ: Mapping[str, str] | None = None,
) -> None:
    """Workflow annotations on ``out``, the summary line, and the step summary if asked for."""
    env = os.environ if environ is None else environ
    for p in report.problems:
        if p.severity is not Severity.INFO or verbose:
            out.write(github_annotation(p) + "\n")
    hidden = None if verbose else infos_line(report.problems)
    if hidden:
        out.write(escape_data(hidden) + "\n")
    # The summary line is plain text: escaped too, so it cannot be read as a command.
    out.write(escape_data(summary_line(report)) + "\n")
    target = env.get("GITHUB_STEP_SUMMARY")
    if target:
        try:
            with open(target, "a", encoding="utf-8") as handle:
                handle.write(step_summary(report, verbose=verbose))
        except OSError as exc:
            # The annotations are out; a summary that cannot be written must not fail the run.
            out.write(escape_data(f"factsheet: cannot write the step summary: {exc}") + "\n")


class Reporter(Protocol):
    """What every reporter is: write ``report`` to ``out``; never exit, never raise."""

    def __call__(self, report: Report, out: IO[str], *, verbose: bool = False) -> None: ...


REPORTERS: dict[str, Reporter] = {
    "text": report_text,
    "json": report_json,
    "github": report_github,
}


def resolve_format(name: str, environ: Mapping[str, str] | None = None) -> str:
    """``auto`` becomes ``github`` under GitHub Actions, else ``text``; other names stay."""
    env = os.environ if environ is None else environ
    if name == "auto":
        return "github" if env.get("GITHUB_ACTIONS") == "true" else "text"
    return name
