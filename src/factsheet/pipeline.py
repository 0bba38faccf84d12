"""The whole validation pipeline as one function: load, type, check.

The CLI, the MkDocs plugin and the tests all call :func:`validate`, so they can never disagree.
"""

from __future__ import annotations

import io
import os
import subprocess
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from factsheet.checks import context, run_checks
from factsheet.problems import Problem, errors_only
from factsheet.project import FACTS_DIR, SEEDS_DIR, Project, load_project
from factsheet.reporters import Report, Summary, report_text


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


def example_yaml(project: Project) -> tuple[str, str] | None:
    """(file, YAML) of a one-file project with one mistake, made from ``project``'s first fact:
    its as_of written ``DD/MM/YYYY``. None when the project has no fact to take."""
    for fact in project.facts.values():
        topic = project.topics.get(fact.topic or "")
        source = project.sources.get(fact.claims[0].source)
        if topic is None or source is None:
            continue
        data = {
            "topics": [_plain(topic, "id", "title", "summary") | {"order": 1}],
            "sources": [_plain(source, "id", "kind", "publisher", "title", "language")],
            "topic": topic.id,
            "facts": [
                _plain(fact, "id", "label", "statement", "value")
                | {"as_of": "/".join(reversed(fact.as_of.split("-")))}
                | {"claims": [{"source": source.id}]}
            ],
        }
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
        return f"{FACTS_DIR}/{topic.id}.yaml", text
    return None


def _plain(record: BaseModel, *fields: str) -> dict[str, Any]:
    """The named fields of ``record`` as a fact file writes them (unset ones left out)."""
    return record.model_dump(include=set(fields), exclude_none=True, mode="json")


def example_report(file: str, text: str, today: date) -> str:
    """The validator's text report, errors only, on a project of the one file ``file``."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / FACTS_DIR).mkdir()
        (root / file).write_text(text, encoding="utf-8")
        _, problems = validate(root, today=today)
    out = io.StringIO()
    # The example is one file; the summary line counts it like the CLI would.
    report_text(Report(errors_only(problems), Summary(files=1)), out)
    return out.getvalue().rstrip("\n")
