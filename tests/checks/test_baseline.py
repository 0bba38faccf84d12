"""The shared test project is clean, so every other test sees only the problems it makes."""

from __future__ import annotations

from .helpers import FACT, Run


def test_shared_project_is_clean(run: Run) -> None:
    problems = run({"facts.yaml": FACT})
    assert [(p.code, p.line, p.message) for p in problems] == []
