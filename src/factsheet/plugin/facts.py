"""The facts of a build: found next to ``mkdocs.yml``, validated, and their problems written to
MkDocs' log as ``file:line:col`` lines, so ``mkdocs build`` and ``mkdocs serve`` tell an editor
exactly what ``factsheet validate`` tells them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from factsheet.pipeline import validate
from factsheet.problems import Problem, Severity
from factsheet.project import Project
from factsheet.reporters import one_line

log = get_plugin_logger(__name__)


def project_root(config: MkDocsConfig) -> Path:
    """The folder of ``mkdocs.yml``, which holds ``facts/`` and ``seeds/``."""
    return Path(config.config_file_path).resolve().parent


def problem_line(problem: Problem) -> str:
    """``file:line:col: severity [code] message`` and, indented below, the hint."""
    # one_line: a line break in a file name or a message (both can come from the facts) must
    # not start a line of its own, which GitHub Actions would read as a workflow command.
    line = (
        f"{one_line(problem.file)}:{problem.line}:{problem.col}: {problem.severity} "
        f"[{problem.code}] {one_line(problem.message)}"
    )
    return f"{line}\n    hint: {one_line(problem.hint)}" if problem.hint else line


def load_valid_project(root: Path, today: date) -> Project:
    """The validated project at ``root``; PluginError with every error if it is invalid.

    Warnings and infos are logged at INFO level: they do not fail validation in the CLI, so
    they must not fail ``mkdocs build --strict`` either.
    """
    project, problems = validate(root, today)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    for problem in problems:
        if problem.severity is not Severity.ERROR:
            log.info(problem_line(problem))
    if errors:
        lines = "\n".join(problem_line(p) for p in errors)
        raise PluginError(f"{len(errors)} error(s) in the facts; the site was not built:\n{lines}")
    return project
