"""Golden files: the rendered Markdown of every page and every export of the fixture project.

A difference fails the test with a unified diff. When the change is intended, rewrite the
files with ``pytest tests/render --update-golden`` and review them with ``git diff``.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from factsheet.exports import build_exports
from factsheet.project import Project
from factsheet.render import LANGS, front_matter, render_pages

from .conftest import GOLDEN, TODAY

EDIT_BASE = "https://example.org/factsheet/edit/main/"


def check_golden(name: str, content: bytes, update: bool) -> None:
    path = GOLDEN / name
    if update:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        return
    assert path.exists(), f"no golden file {path}; run pytest tests/render --update-golden"
    expected = path.read_bytes()
    if expected != content:
        diff = difflib.unified_diff(
            expected.decode("utf-8", "replace").splitlines(),
            content.decode("utf-8", "replace").splitlines(),
            f"golden/{name}",
            "rendered",
            lineterm="",
        )
        pytest.fail("\n".join(diff))


@pytest.mark.parametrize("lang", LANGS)
def test_pages_match_golden(fixture_project: Project, update_golden: bool, lang: str) -> None:
    pages = render_pages(fixture_project, lang, TODAY, edit_url_base=EDIT_BASE)
    for page in pages:
        text = front_matter(page) + page.markdown
        check_golden(f"{lang}/{page.path}", text.encode("utf-8"), update_golden)


def test_exports_match_golden(fixture_project: Project, update_golden: bool) -> None:
    for name, content in build_exports(fixture_project, TODAY).items():
        if name.endswith(".schema.json"):
            continue  # generated from the model; its drift test lives with the schema
        check_golden(f"downloads/{name}", content, update_golden)


def test_golden_folder_has_no_stale_files(fixture_project: Project) -> None:
    expected = {
        f"{lang}/{p.path}" for lang in LANGS for p in render_pages(fixture_project, lang, TODAY)
    }
    expected |= {
        f"downloads/{n}"
        for n in build_exports(fixture_project, TODAY)
        if n.endswith((".json", ".csv")) and not n.endswith(".schema.json")
    }
    found = {str(p.relative_to(GOLDEN)) for p in Path(GOLDEN).rglob("*") if p.is_file()}
    assert found == expected
