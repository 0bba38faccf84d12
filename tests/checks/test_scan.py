"""A file's scan holds every string its records hold, grouped as the checks' tests read them.

The checks trust a file's scan to clear all of its records, so a string the scan missed would
be a problem silently lost.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from factsheet.checks import context
from factsheet.checks.context import EVERY, FileRule, walk_values
from factsheet.checks.dates import DATE_FIELDS
from factsheet.checks.scan import FileScan, scan
from factsheet.checks.urls import URL_FIELDS
from factsheet.model.records import DateValue, Quote, Variant
from factsheet.project import Project, load_project

from .helpers import FACT, REGISTRY, TODAY, text

ROOT = Path(__file__).resolve().parents[2]

# Translations are keyed by language codes, which can spell a field name ("end", "url").
ODD_KEYS = """
topic: summit
facts:
  - id: odd-keys
    label: {ar: مدة, en: Length}
    statement: {ar: استمرت القمة, en: The summit lasted.}
    value: {type: date, date: 2022-10, precision: month}
    period: {start: 2022-10-01, end: 2022-10-31}
    as_of: 2022-10-31
    related: [summit-length]
    claims:
      - source: web
        stated_on: 2022-10-30
        quote: {text: "the words", lang: en, translations: {ar: كلمات, url: x, end: y}}
        locator: {section: {ar: قسم, en: Section}}
"""

KEYS = frozenset({"ar", "en"}) | DATE_FIELDS | URL_FIELDS


def _small(tmp_path: Path) -> Project:
    (tmp_path / "facts").mkdir()
    for name, content in {"registry.yaml": REGISTRY, "a.yaml": FACT, "b.yaml": ODD_KEYS}.items():
        (tmp_path / "facts" / name).write_text(text(content), encoding="utf-8")
    project, problems = load_project(tmp_path)
    assert not problems
    return project


@pytest.mark.parametrize("which", ["small", "repository"])
def test_scan_holds_every_string_of_the_records(tmp_path: Path, which: str) -> None:
    project = _small(tmp_path) if which == "small" else load_project(ROOT)[0]
    scans = {id(doc): scan(doc.data, KEYS) for doc in project.documents}
    # The file's topic (copied into its facts) and the default rank are not in the data.
    extra = {"normal"} | {doc.data["topic"] for doc in project.documents if "topic" in doc.data}
    for _kind, record, origin in project.records:
        found = scans[id(origin.doc)]
        strings = set(found.strings)
        for sub, value in walk_values(record):
            if isinstance(value, str):
                assert value in strings or value in extra, (record.id, sub)
                if sub[-1] in KEYS:
                    assert value in found.by_key[str(sub[-1])], (record.id, sub)
            if isinstance(value, Quote | Variant):
                assert (value.lang, value.text) in found.tagged, (record.id, sub)
            if isinstance(value, DateValue) and value.precision is not None:
                assert (value.precision, value.date) in found.precisions, (record.id, sub)


def test_scan_groups_strings_by_key(tmp_path: Path) -> None:
    project = _small(tmp_path)
    doc = next(d for d in project.documents if d.file.endswith("b.yaml"))
    found = scan(doc.data, frozenset({"url", "end", "ar"}))
    assert found.by_key["url"] == ["x"]
    assert found.by_key["end"] == ["2022-10-31", "y"]
    assert Counter(found.by_key["ar"]) == Counter(["مدة", "استمرت القمة", "كلمات", "قسم"])
    assert found.tagged == [("en", "the words")]
    assert found.precisions == [("month", "2022-10")]


def test_a_file_is_scanned_once_for_every_check(tmp_path: Path) -> None:
    project = _small(tmp_path)
    ctx = context(project, TODAY)
    record = next(iter(project.facts.values()))
    calls: list[str] = []

    def test(value: str) -> bool:
        calls.append(value)
        return True

    rule = FileRule({EVERY: (test,)})
    assert ctx.cleared(record, rule) and ctx.cleared(record, rule)
    doc = project.origin(record).doc
    assert calls == ctx.scan(doc).strings  # one pass over the file's strings, not two
    doc = project.origin(record).doc
    assert set(ctx.scan(doc).by_key) >= KEYS


def test_scan_reads_plain_data_of_any_shape() -> None:
    data = {
        "a": "x",
        "n": None,
        "list": ["y", ["z", {"a": "w"}], 3, None],
        "q": {"lang": "ar", "text": "t"},
        "odd": {"lang": "ar", "text": ["not", "text"]},
        "d": {"precision": "month", "date": "2022-10"},
        "p": {"precision": "day"},
    }
    found = scan(data, frozenset({"a", "lang", "missing"}))
    assert sorted(found.strings) == sorted(
        ["x", "y", "z", "w", "ar", "t", "ar", "not", "text", "month", "2022-10", "day"]
    )
    assert found.by_key == {"a": ["x", "w"], "lang": ["ar", "ar"], "missing": []}
    assert found.tagged == [("ar", "t")]
    assert found.precisions == [("month", "2022-10"), ("day", None)]
    assert scan(["x", {"a": "y"}], frozenset({"a"})).strings == ["x", "y"]
    # A file whose data is no mapping or list holds no strings to scan.
    assert scan("text", frozenset({"a"})) == FileScan(by_key={"a": []})
    assert scan(None, frozenset()) == FileScan()
