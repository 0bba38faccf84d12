"""The ``run`` fixture: write a small project into tmp_path and validate it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factsheet.checks import registry, values
from factsheet.pipeline import validate
from factsheet.problems import Problem

from .helpers import REGISTRY, SEED, TODAY, Run, text

CHECK_CODES = {
    code for module in registry().values() for code in module.CODES
} - values.RAISED_WHILE_TYPING


@pytest.fixture
def run(tmp_path: Path) -> Run:
    """Write ``files`` under facts/ (and ``seeds`` under seeds/) and validate the project.

    ``registry.yaml`` is written from ``REGISTRY`` unless the test gives its own.
    """

    def _run(files: dict[str, str], seeds: dict[str, str] | None = None) -> list[Problem]:
        all_files = {"registry.yaml": REGISTRY, **files}
        (tmp_path / "facts").mkdir(exist_ok=True)
        (tmp_path / "seeds").mkdir(exist_ok=True)
        for name, content in all_files.items():
            (tmp_path / "facts" / name).write_text(text(content), encoding="utf-8")
        for name, content in ({"article.txt": SEED} | (seeds or {})).items():
            (tmp_path / "seeds" / name).write_text(content, encoding="utf-8")
        problems = validate(tmp_path, today=TODAY)[1]
        # Every problem a check raises tells the editor how to fix it.
        for problem in problems:
            if problem.code in CHECK_CODES:
                assert problem.hint, f"{problem.code} has no hint: {problem.message}"
        return problems

    return _run
