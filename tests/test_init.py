"""``factsheet init``: a new fact sheet on another subject validates, builds with
``mkdocs build --strict`` in both languages, and carries nothing of this fact sheet."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from factsheet.cli.commands import run

BIN = Path(sys.executable).parent
# Words of this fact sheet that no page of another one may show.
THIS_FACT_SHEET = [
    "Sochi", "سوتشي", "Karabakh", "قره باغ", "Armenia", "أرمينيا", "Azerbaijan", "أذربيجان",
    "Putin", "بوتين", "Pashinyan", "Aliyev", "peacekeep", "حفظ السلام", "6,500", "summit", "قمة",
]  # fmt: skip


@pytest.mark.slow
def test_a_new_fact_sheet_builds_and_holds_nothing_of_this_one(tmp_path: Path) -> None:
    folder = tmp_path / "bees"
    assert run(["init", str(folder), "--name-ar", "نحل عُمان", "--name-en", "Bees of Oman"]) == 0
    assert run(["validate", "--root", str(folder)]) == 0
    before = {p.name for p in folder.iterdir()}
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    build = subprocess.run(
        [str(BIN / "mkdocs"), "build", "--strict"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stderr
    # What the build wrote (the site, the PDF cache) is what the new .gitignore leaves out.
    ignored = {line.rstrip("/") for line in (folder / ".gitignore").read_text("utf-8").split()}
    assert {p.name for p in folder.iterdir()} - before == ignored == {"site", ".cache"}
    pages = sorted((folder / "site").rglob("*.html"))
    assert (
        folder / "site" / "index.html" in pages and folder / "site" / "en" / "index.html" in pages
    )
    texts = {page: page.read_text(encoding="utf-8") for page in pages}
    assert "نحل عُمان" in texts[folder / "site" / "index.html"]
    assert "Bees of Oman" in texts[folder / "site" / "en" / "index.html"]
    found = {
        (p.relative_to(folder).as_posix(), w)
        for p, t in texts.items()
        for w in THIS_FACT_SHEET
        if w in t
    }
    assert found == set()


def test_init_writes_over_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    assert run(["init", str(tmp_path), "--name-ar", "س", "--name-en", "S"]) == 2
    assert "is not an empty folder" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
