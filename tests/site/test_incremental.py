"""``mkdocs serve --dirty``: a rebuild writes only what changed, and gives the same site as a
clean build of the edited facts (navigation, search index, downloads and all)."""

from __future__ import annotations

import filecmp
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sitebuild import copy_project, run_build

from factsheet.plugin.incremental import GeneratedFile, LanguageState

DRIVER = Path(__file__).with_name("incremental_driver.py")

# A new word in both statements of one fact of the "afterwards" topic.
STATEMENT = (
    "facts/afterwards.yaml",
    "breaching the agreements reached in Sochi",
    "breaching the agreements reached in Sochi Zqincremental",
)
STATEMENT_AR = ("facts/afterwards.yaml", "إليها في سوتشي،", "إليها في سوتشي تجربةتزايدية،")
TITLE = ("facts/topics.yaml", "en: Afterwards}", "en: After the summit}")


def differing(left: Path, right: Path) -> list[str]:
    """Files that differ between two trees, or exist in only one (relative paths)."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + name for name in cmp.left_only + cmp.right_only)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right), "")
    return sorted(found)


def rebuild(tmp_path: Path, edits: list[tuple[str, str, str]]) -> tuple[list[str], Path, Path]:
    """A dirty build, the edits, a dirty rebuild; and a clean build of the edited project."""
    project = copy_project(tmp_path / "project")
    (tmp_path / "edits.json").write_text(json.dumps(edits), encoding="utf-8")
    dirty = tmp_path / "dirty"
    done = subprocess.run(
        [sys.executable, str(DRIVER), str(project), str(dirty), str(tmp_path / "edits.json")],
        cwd=project, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    clean = tmp_path / "clean"
    result = run_build(project, clean, strict=False)
    assert result.returncode == 0, result.output
    return json.loads(done.stdout.splitlines()[-1]), dirty, clean


@pytest.mark.slow
def test_an_edited_statement_rebuilds_its_pages_only(tmp_path: Path) -> None:
    rebuilt, dirty, clean = rebuild(tmp_path, [STATEMENT, STATEMENT_AR])
    assert differing(dirty, clean) == []
    assert "afterwards/index.html" in rebuilt
    assert "en/afterwards/index.html" in rebuilt
    pages = {p for p in rebuilt if not p.endswith("404.html")}
    assert len(pages) <= 6, rebuilt  # the topic page, maybe the sources page, per language
    assert "war/index.html" not in rebuilt
    index = json.loads((dirty / "en" / "search" / "search_index.json").read_text("utf-8"))
    texts = " ".join(doc["text"] for doc in index["docs"])
    assert "Zqincremental" in texts


@pytest.mark.slow
def test_a_changed_title_rebuilds_every_page(tmp_path: Path) -> None:
    rebuilt, dirty, clean = rebuild(tmp_path, [TITLE])
    assert differing(dirty, clean) == []
    assert "en/war/index.html" in rebuilt  # its navigation shows the new title
    assert "war/index.html" not in rebuilt  # the Arabic pages show the Arabic title


# The bookkeeping alone, without a build.


def planned(site: Path, contents: dict[str, str]) -> list[GeneratedFile]:
    files = []
    for src_uri, content in contents.items():
        file = GeneratedFile(src_uri, src_dir=None, dest_dir=str(site), use_directory_urls=True)
        file.content_string = content
        files.append(file)
    return files


def test_only_changed_files_are_marked_and_gone_pages_are_deleted(tmp_path: Path) -> None:
    state = LanguageState()
    first = planned(tmp_path, {"war.md": "a", "summit.md": "b", "gone.md": "c"})
    state.plan("layout 1", [(f, f.content_string) for f in first])
    assert state.full and all(f.changed for f in first)
    for file in first:  # as the build writes them
        Path(file.abs_dest_path).parent.mkdir(parents=True, exist_ok=True)
        Path(file.abs_dest_path).write_text(file.content_string, "utf-8")
    state.finish()

    second = planned(tmp_path, {"war.md": "a2", "summit.md": "b"})
    state.plan("layout 1", [(f, f.content_string) for f in second])
    assert not state.full
    assert [f.changed for f in second] == [True, False]
    assert [f.is_modified() for f in second] == [True, False]
    assert state.changed == ["war.md"]
    assert not (tmp_path / "gone").exists()  # no stale page of a removed topic

    state.plan("layout 2", [(f, f.content_string) for f in second])
    assert state.full and all(f.changed for f in second)


def test_the_search_index_keeps_the_pages_that_were_not_rebuilt() -> None:
    state = LanguageState()
    state.full = True
    entries = [{"location": loc, "text": loc} for loc in ("", "#a", "war/", "war/#b", "x/")]
    state.merge_search({"docs": list(entries)})
    state.full = False
    merged = state.merge_search({"docs": [{"location": "war/", "text": "new"}]})
    assert [d["location"] for d in merged["docs"]] == ["", "#a", "war/", "x/"]
    assert merged["docs"][2]["text"] == "new"
