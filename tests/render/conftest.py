"""Fixtures for the renderer tests: the fixture project, and the golden-file switch.

Golden files under ``tests/render/golden/`` are rewritten only on request, then reviewed as a
diff: ``pytest --update-golden`` (the option is registered in ``tests/conftest.py``) or
``FACTSHEET_UPDATE_GOLDEN=1 pytest``.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from factsheet.pipeline import validate
from factsheet.project import Project

FIXTURE = Path(__file__).parent / "fixture"
GOLDEN = Path(__file__).parent / "golden"
TODAY = date(2026, 11, 28)


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    option = request.config.getoption("--update-golden", default=False)
    return bool(option) or os.environ.get("FACTSHEET_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="session")
def fixture_project() -> Project:
    """The fixture project, which must validate without errors."""
    project, problems = validate(FIXTURE, today=TODAY)
    errors = [p for p in problems if p.severity == "error"]
    assert not errors, errors
    return project
