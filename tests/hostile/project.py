"""What the hostile-input campaign shares: a valid base project, templates to break, a runner.

A catalogue case writes one or more files into a copy of the base project (a valid registry
and a stored seed), runs ``factsheet validate --format json`` in-process, and asserts the exit
code and the exact ``code`` at ``file:line:col``. The templates below put each field on a
known line, so a case replaces one line (or appends some) and knows where the problem is.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factsheet.cli import commands as cli

# SOURCE_DATE_EPOCH fixes the build date, so "future" means after 2026-11-28 in every run.
TODAY_EPOCH = "1795824000"  # 2026-11-28T00:00:00Z

REGISTRY = """\
topics:
  - id: summit
    order: 1
    title: {ar: القمة, en: The summit}
    summary: {ar: موعد القمة ومكانها., en: When and where the summit met.}
entities:
  - id: russia
    kind: state
    label: {ar: روسيا, en: Russia}
sources:
  - id: web
    kind: news-article
    publisher: {ar: ناشر, en: Publisher}
    title: {ar: صفحة, en: Page}
    language: en
    url: https://example.org/news/a
    published: 2022-10-31
  - id: seed
    kind: news-article
    publisher: {ar: ناشر تجريبي, en: Test publisher}
    title: {ar: مقال تجريبي, en: Test article}
    language: ar
    published: 2022-11-01
    stored: seeds/article.txt
site:
  name: {ar: قمة تجريبية, en: A test summit}
  description: {ar: وقائع للاختبار., en: Facts for the tests.}
"""
SEED = "قمة سوتشي\n\nعقد الرؤساء اجتماعا في سوتشي.\n"

# One fact, one field per line: line 3 id, 4 label, 5 statement, 6 value, 7 as_of, 8 claims,
# 9 the claim's source. Extra lines start at line 10, indented as fields of the fact.
FACT_LINES = {
    "topic": "topic: summit",
    "facts": "facts:",
    "id": "  - id: summit-place",
    "label": "    label: {ar: مكان القمة, en: Place of the summit}",
    "statement": "    statement: {ar: عقدت القمة في سوتشي., en: The summit was held in Sochi.}",
    "value": "    value: {type: entity, entity: russia}",
    "as_of": "    as_of: 2022-10-31",
    "claims": "    claims:",
    "source": "      - source: web",
}
# One source: line 3 kind, 4 publisher, 5 title, 6 language, 7 url, 8 published.
SOURCE_LINES = {
    "sources": "sources:",
    "id": "  - id: extra",
    "kind": "    kind: news-article",
    "publisher": "    publisher: {ar: ناشر آخر, en: Other publisher}",
    "title": "    title: {ar: صفحة أخرى, en: Other page}",
    "language": "    language: en",
    "url": "    url: https://example.org/news/b",
    "published": "    published: 2022-10-31",
}


def _fill(template: Mapping[str, str], extra: tuple[str, ...], replace: Mapping[str, str]) -> str:
    unknown = set(replace) - set(template)
    if unknown:
        raise KeyError(f"no line named {sorted(unknown)}")
    lines = [replace.get(name, line) for name, line in template.items()]
    return "\n".join([*lines, *extra]) + "\n"


def fact(*extra: str, **replace: str) -> str:
    """The fact template with whole lines replaced by name and ``extra`` lines appended."""
    return _fill(FACT_LINES, extra, replace)


def source(*extra: str, **replace: str) -> str:
    """The source template with whole lines replaced by name and ``extra`` lines appended."""
    return _fill(SOURCE_LINES, extra, replace)


def write_base(root: Path) -> Path:
    """The valid base project under ``root``: the registry, one fact and the stored seed."""
    (root / "facts").mkdir(parents=True, exist_ok=True)
    (root / "seeds").mkdir(exist_ok=True)
    (root / "facts" / "registry.yaml").write_text(REGISTRY, encoding="utf-8")
    (root / "seeds" / "article.txt").write_text(SEED, encoding="utf-8")
    return root


def write_files(root: Path, files: Mapping[str, str | bytes]) -> None:
    """Write ``files`` (path relative to ``root`` -> text or exact bytes) under ``root``."""
    for rel, content in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            with target.open("w", encoding="utf-8", newline="") as handle:
                handle.write(content)


@dataclass(frozen=True)
class Outcome:
    """One ``factsheet validate --format json`` run."""

    exit_code: int
    report: dict[str, Any]
    stderr: str

    @property
    def problems(self) -> list[dict[str, Any]]:
        return list(self.report.get("problems", []))

    def where(self) -> list[tuple[str, str, int, int]]:
        return [(p["code"], p["file"], p["line"], p["col"]) for p in self.problems]


def validate_json(root: Path) -> Outcome:
    """Run ``factsheet validate --format json`` in this process; never raises."""
    out, err = io.StringIO(), io.StringIO()
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = TODAY_EPOCH
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.run(["validate", "--root", str(root), "--format", "json"])
    finally:
        if old is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old
    text = out.getvalue()
    return Outcome(code, json.loads(text) if text.strip() else {}, err.getvalue())


@dataclass(frozen=True)
class Case:
    """One hostile input and what the validator must say about it.

    ``files`` are written over the base project; ``code`` must be reported at ``file``,
    ``line``:``col``; ``exit_code`` 0 means the input is accepted with that warning.
    """

    id: str
    files: dict[str, str | bytes]
    code: str
    line: int
    col: int
    file: str = ""
    exit_code: int = 1
    tags: tuple[str, ...] = field(default=())

    @property
    def where(self) -> str:
        return self.file or next(iter(self.files))


def assert_well_formed(outcome: Outcome) -> None:
    """Guarantee 1: no internal error, and every problem is positioned and explained."""
    assert outcome.exit_code in (0, 1), outcome.stderr
    assert "Traceback" not in outcome.stderr and "internal error" not in outcome.stderr
    for problem in outcome.problems:
        assert problem["line"] >= 1 and problem["col"] >= 1, problem
        assert problem["code"] and problem["message"], problem
        if problem["severity"] == "error":
            assert problem["hint"], problem
