"""The whole validation pipeline as one function: load, type, check.

The CLI, the MkDocs plugin and the tests all call :func:`validate`, so they can never disagree.
"""

from __future__ import annotations

import os
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

from factsheet.checks import context, run_checks
from factsheet.problems import Problem
from factsheet.project import FACTS_DIR, SEEDS_DIR, Project, load_project


def epoch_date(epoch: float) -> date:
    """The UTC day of a Unix time (the same in every time zone)."""
    return datetime.fromtimestamp(epoch, UTC).date()


def source_date_epoch() -> int | None:
    """``SOURCE_DATE_EPOCH`` when it is set to a whole number of seconds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(epoch) if epoch.isdigit() else None


def build_date() -> date:
    """Today, or the date of ``SOURCE_DATE_EPOCH``: what "in the future" means to the checks."""
    epoch = source_date_epoch()
    return epoch_date(epoch) if epoch is not None else datetime.now(UTC).date()


def content_date(root: Path) -> date:
    """The date the site and the exports show: never the clock, so that every build of one
    commit is the same, byte for byte.

    ``SOURCE_DATE_EPOCH`` when set; else the time of the commit checked out at ``root``
    (``git log -1 --format=%ct``); else, outside git (a tarball), the newest modification time
    of the files in ``facts/`` and ``seeds/`` (``git archive`` sets it to the commit's).
    """
    epoch: float | None = source_date_epoch()
    if epoch is None:
        epoch = commit_epoch(root)
    if epoch is None:
        epoch = newest_input_mtime(root)
    return epoch_date(epoch) if epoch is not None else build_date()


def commit_epoch(root: Path) -> int | None:
    """The committer time of ``HEAD`` at ``root``, or None without git or a commit."""
    try:
        done = subprocess.run(
            ["git", "log", "-1", "--format=%ct"],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    out = done.stdout.strip()
    return int(out) if done.returncode == 0 and out.isdigit() else None


def newest_input_mtime(root: Path) -> float | None:
    """The newest modification time of a regular file in ``facts/`` or ``seeds/`` (links are
    not followed), or None when there is none."""
    times = []
    for folder in (FACTS_DIR, SEEDS_DIR):
        try:
            entries = list(os.scandir(root / folder))
        except OSError:
            continue
        times += [
            e.stat(follow_symlinks=False).st_mtime
            for e in entries
            if e.is_file(follow_symlinks=False)
        ]
    return max(times, default=None)


def validate(root: Path, today: date | None = None) -> tuple[Project, list[Problem]]:
    """Every problem of the project at ``root``, sorted by file, line and column."""
    project, problems = load_project(root)
    problems.extend(run_checks(context(project, today or build_date())))
    return project, sorted(problems, key=Problem.sort_key)
