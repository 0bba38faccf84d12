"""The downloadable exports: versioned JSON, spreadsheet-safe CSV, and the JSON Schema."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factsheet.exports import (
    CSV_COLUMNS,
    EXPORT_VERSION,
    build_exports,
    guard_cell,
    guarded,
    write_exports,
)
from factsheet.model.json_schema import render as render_schema
from factsheet.project import Project

from .conftest import TODAY


def test_json_is_versioned_and_complete(fixture_project: Project) -> None:
    data = json.loads(build_exports(fixture_project, TODAY)["facts.json"])
    assert data["version"] == EXPORT_VERSION and data["generated"] == "2026-11-28"
    assert [f["id"] for f in data["facts"]] == list(fixture_project.facts)
    assert {s["id"] for s in data["sources"]} == set(fixture_project.sources)
    assert {e["id"] for e in data["entities"]} == set(fixture_project.entities)
    deaths = next(f for f in data["facts"] if f["id"] == "deaths-total")
    assert [c["quote_checked"] for c in deaths["claims"]] == [True, False]
    assert deaths["claims"][1]["value"] == {
        "type": "quantity",
        "unit": "person",
        "best": 5000,
        "approximate": False,
        "bound": "nearly",
    }


def test_csv_has_bom_and_one_row_per_claim(fixture_project: Project) -> None:
    raw = build_exports(fixture_project, TODAY)["facts.csv"]
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert list(rows[0]) == CSV_COLUMNS
    assert len(rows) == sum(len(f.claims) for f in fixture_project.facts.values())
    putin = next(r for r in rows if r["source_id"] == "s56")
    assert (putin["fact_id"], putin["best"], putin["claim_best"]) == (
        "deaths-total",
        "6500",
        "5000",
    )
    seed = next(r for r in rows if r["fact_id"] == "summit-date")
    assert seed["label_ar"] == "تاريخ القمة" and seed["quote_checked"] == "true"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("6500", "6500"),
        ("قره باغ", "قره باغ"),
        ("", ""),
    ],
)
def test_guard_cell(cell: str, expected: str) -> None:
    assert guard_cell(cell) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(CSV_COLUMNS),
        st.text(st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\x00", "a", "1", " ", "ق"])),
    )
)
@example({CSV_COLUMNS[0]: "=1"})  # the first cell has no separator before it
@example({CSV_COLUMNS[-1]: "-1", CSV_COLUMNS[1]: "a\x00=b"})
def test_guarded_row_is_every_cell_guarded_in_column_order(row: dict[str, str]) -> None:
    # One regex search decides whether a row needs guarding; the result must be the same as
    # guarding each cell, whatever the cells hold (NULs included).
    assert guarded(row) == [guard_cell(row.get(column, "")) for column in CSV_COLUMNS]


def test_schema_export_is_the_published_schema(fixture_project: Project) -> None:
    schema = build_exports(fixture_project, TODAY)["factsheet.schema.json"]
    assert schema.decode("utf-8") == render_schema()
    jsonschema.Draft7Validator.check_schema(json.loads(schema))


def test_exports_are_deterministic(fixture_project: Project) -> None:
    assert build_exports(fixture_project, TODAY) == build_exports(fixture_project, TODAY)


def test_write_exports(fixture_project: Project, tmp_path: Path) -> None:
    written = write_exports(fixture_project, tmp_path / "out", TODAY)
    assert sorted(p.name for p in written) == [
        "facts.csv",
        "facts.json",
        "factsheet.schema.json",
    ]
    assert all(p.parent == tmp_path / "out" for p in written)
