"""Guarantees 1 and 2 on the catalogue: every hostile input gets its code at its exact place.

Each case runs ``factsheet validate --format json`` on the base project plus the case's files
and asserts: exit code 1 (0 for an input accepted with a warning), never an internal error, the
expected problem code at ``file:line:col``, and a position, message and hint on every problem.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .catalogue import DATE_NUMBER_CASES, FILE_CASES, UNICODE_CASES, URL_CASES, YAML_CASES
from .project import Case, assert_well_formed, validate_json, write_base, write_files

GROUPS = {
    "yaml": YAML_CASES,
    "unicode": UNICODE_CASES,
    "url": URL_CASES,
    "date-number": DATE_NUMBER_CASES,
    "file": FILE_CASES,
}
ALL_CASES = [case for cases in GROUPS.values() for case in cases]


def test_case_ids_are_unique() -> None:
    ids = [case.id for case in ALL_CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    "case", [pytest.param(c, id=f"{g}/{c.id}") for g, cs in GROUPS.items() for c in cs]
)
def test_catalogue_case(tmp_path: Path, case: Case) -> None:
    root = write_base(tmp_path / "project")
    write_files(root, case.files)
    outcome = validate_json(root)
    assert_well_formed(outcome)
    assert outcome.exit_code == case.exit_code, outcome.where()
    assert (case.code, case.where, case.line, case.col) in outcome.where(), outcome.where()
