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
from factsheet.problems import errors_only
from factsheet.project import Project

log = get_plugin_logger(__name__)


def project_root(config: MkDocsConfig) -> Path:
    """The folder of ``mkdocs.yml``, which holds ``facts/`` and ``seeds/``."""
    return Path(config.config_file_path).resolve().parent


def load_valid_project(root: Path, today: date) -> Project:
    """The validated project at ``root``; PluginError with every error if it is invalid.

    Warnings and infos are logged at INFO level: they do not fail validation in the CLI, so
    they must not fail ``mkdocs build --strict`` either.
    """
    project, problems = validate(root, today)
    errors = errors_only(problems)
    for problem in problems:
        if not problem.is_error:
            log.info(problem.text())
    if errors:
        lines = "\n".join(p.text() for p in errors)
        raise PluginError(f"{len(errors)} error(s) in the facts; the site was not built:\n{lines}")
    return project
