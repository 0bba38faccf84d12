"""End to end: a project that passes validation but carries hostile text in every field is
built by the real site configuration (``mkdocs build --strict`` with our plugin, whose
post-build safety check fails the build on any live markup) and shows the text as text."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from factsheet.plugin.safety.check import check_site

from .test_hostile import hostile_project

REPO_ROOT = Path(__file__).resolve().parents[2]
MKDOCS = Path(sys.executable).with_name("mkdocs")


def valid_hostile_project(root: Path) -> Path:
    """The hostile project, made valid: an https URL and an Arabic letter in the quote."""
    data = hostile_project()
    data["sources"][0]["url"] = "https://example.org/a"
    quote = data["facts"][0]["claims"][0]["quote"]
    quote["text"] = "قره باغ " + quote["text"]
    root.mkdir(parents=True)
    for part in ("mkdocs.yml", "docs"):
        source = REPO_ROOT / part
        if source.is_dir():
            shutil.copytree(source, root / part)
        else:
            shutil.copyfile(source, root / part)
    (root / "facts").mkdir()
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    (root / "facts" / "all.yaml").write_text(text, encoding="utf-8")
    return root


@pytest.mark.slow
def test_hostile_project_builds_with_nothing_live(tmp_path: Path) -> None:
    root = valid_hostile_project(tmp_path / "project")
    site = tmp_path / "site"
    done = subprocess.run(
        [str(MKDOCS), "build", "--strict", "-f", str(root / "mkdocs.yml"), "-d", str(site)],
        cwd=root,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert check_site(site) == []
    for html_file in (site / "war" / "index.html", site / "en" / "war" / "index.html"):
        html = html_file.read_text(encoding="utf-8")
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "<script>alert" not in html and "<img" not in html
