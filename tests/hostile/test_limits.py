"""Guarantee 1 for ``mkdocs build`` and under resource limits.

- One ``mkdocs build --strict`` of a project holding every single-file catalogue case fails
  with exit 1, no traceback, and prints each case's ``file:line:col: severity [code]``.
- The worst inputs for time and memory (an alias bomb, 5,000 levels of brackets, a flow list
  of 300,000 items, a megabyte-long line, 20,000 unknown keys) are validated by the real
  command in a subprocess limited to 1 GiB of address space and 60 seconds (generous: CI
  machines are shared): each is refused with a positioned problem (exit 1), never killed,
  never an internal error.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from .catalogue import BOMB
from .conftest import mkdocs_build, write_hostile_project
from .project import TODAY_EPOCH, fact, write_base, write_files
from .test_catalogue import ALL_CASES

FACTSHEET = Path(sys.executable).with_name("factsheet")
MEMORY_LIMIT = 1024**3


def test_mkdocs_build_reports_every_catalogue_case(tmp_path: Path) -> None:
    project = write_hostile_project(tmp_path / "project")
    (project / "facts" / "hostile.yaml").unlink()
    write_base(project)
    for case in ALL_CASES:
        write_files(project, case.files)
    done = mkdocs_build(project, tmp_path / "site")
    output = done.stdout + done.stderr
    assert done.returncode == 1 and "Traceback" not in output
    assert not (tmp_path / "site").exists()  # nothing was published
    missing = [
        case.id
        for case in ALL_CASES
        if f"{case.where}:{case.line}:{case.col}: "
        f"{'error' if case.exit_code else 'warning'} [{case.code}]" not in output
    ]
    assert missing == []


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


HEAVY = {
    "alias-bomb": (BOMB + "\n", "yaml-anchor", 1, 4),
    "bracket-depth-5000": ("x: " + "[" * 5000 + "]" * 5000 + "\n", "yaml-too-deep", 1, 35),
    "flow-list-of-300000-items": ("x: [" + "a," * 300_000 + "]\n", "schema-unknown-field", 1, 1),
    "megabyte-line": ("topic: " + "a" * 1_000_000 + "\n", "schema-string-too-long", 1, 8),
    "twenty-thousand-keys": (
        fact() + "".join(f"    k{i}: v\n" for i in range(20_000)),
        "schema-unknown-field",
        20_009,
        5,
    ),
}


@pytest.mark.parametrize("name", list(HEAVY))
def test_heavy_input_is_refused_within_limits(tmp_path: Path, name: str) -> None:
    text, code, line, col = HEAVY[name]
    root = write_base(tmp_path / "project")
    write_files(root, {"facts/heavy.yaml": text})
    env = {**os.environ, "SOURCE_DATE_EPOCH": TODAY_EPOCH}
    done = subprocess.run(
        [str(FACTSHEET), "validate", "--root", str(root), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,  # generous: CI machines are slow and shared; a hang is still caught
        env=env,
        preexec_fn=_limit_memory,
        check=False,
    )
    assert done.returncode == 1, done.stderr[-500:]
    problems = json.loads(done.stdout)["problems"]
    where = [(p["code"], p["file"], p["line"], p["col"]) for p in problems]
    assert (code, "facts/heavy.yaml", line, col) in where, where[:5]


@pytest.mark.parametrize("mark", ["«", "“", "‘", '"'])
def test_many_opening_quotes_are_checked_in_linear_time(tmp_path: Path, mark: str) -> None:
    """A statement of 300,000 opening quotation marks and no closing one (quadratic in the
    bilingual check once: about a minute)."""
    quotes = mark * 300_000
    statement = json.dumps({"ar": "نص", "en": f"Text {quotes}"}, ensure_ascii=False)
    root = write_base(tmp_path / "project")
    write_files(root, {"facts/heavy.yaml": fact(statement=f"    statement: {statement}")})
    env = {**os.environ, "SOURCE_DATE_EPOCH": TODAY_EPOCH}
    done = subprocess.run(
        [str(FACTSHEET), "validate", "--root", str(root), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=8,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-500:] + done.stderr[-500:]


def test_mistyped_quotes_in_a_long_stored_text_are_reported_quickly(tmp_path: Path) -> None:
    """A stored source of 600 long paragraphs and two quotes it does not hold: the
    closest-passage hint compared every window of the text (about 30 s; now bounded)."""
    root = write_base(tmp_path / "project")
    paragraph = "عقد الرؤساء اجتماعا في سوتشي. " * 20
    (root / "seeds" / "article.txt").write_text((paragraph + "\n") * 600, encoding="utf-8")
    claims = "".join(
        f"      - source: seed\n        quote: {{text: كلمة غير موجودة {n}, lang: ar}}\n"
        for n in ("أولى", "ثانية")
    )
    write_files(root, {"facts/quotes.yaml": fact().replace("      - source: web\n", claims)})
    env = {**os.environ, "SOURCE_DATE_EPOCH": TODAY_EPOCH}
    done = subprocess.run(
        [str(FACTSHEET), "validate", "--root", str(root), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=15,
        env=env,
        check=False,
    )
    codes = [p["code"] for p in json.loads(done.stdout)["problems"]]
    assert done.returncode == 1 and codes.count("quote-not-found") == 2, codes
