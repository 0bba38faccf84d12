"""The whole validation pipeline as one function: load, type, check.

The CLI, the MkDocs plugin and the tests all call :func:`validate`, so they can never disagree.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

from factsheet.checks import context, run_checks
from factsheet.problems import Problem
from factsheet.project import Project, load_project


def build_date() -> date:
    """Today, or the date of ``SOURCE_DATE_EPOCH`` for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return datetime.fromtimestamp(int(epoch), UTC).date()
    return datetime.now(UTC).date()


def validate(root: Path, today: date | None = None) -> tuple[Project, list[Problem]]:
    """Every problem of the project at ``root``, sorted by file, line and column."""
    project, problems = load_project(root)
    problems.extend(run_checks(context(project, today or build_date())))
    return project, sorted(problems, key=Problem.sort_key)
