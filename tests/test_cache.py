"""The build's caches are used only where the repository cannot have supplied them."""

from __future__ import annotations

import subprocess
from pathlib import Path

from factsheet.cache import CACHE_ROOT, cache_folder


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True)


def test_a_project_gets_its_cache_folder(tmp_path: Path) -> None:
    assert cache_folder(tmp_path, "pdf-v1") == tmp_path / CACHE_ROOT / "pdf-v1"
    git(tmp_path, "init", "-q")
    (tmp_path / CACHE_ROOT / "pdf-v1").mkdir(parents=True)
    (tmp_path / CACHE_ROOT / "pdf-v1" / "en-x.pdf").write_bytes(b"made here")  # not tracked
    assert cache_folder(tmp_path, "pdf-v1") == tmp_path / CACHE_ROOT / "pdf-v1"


def test_no_cache_where_git_tracks_a_file_under_dot_cache(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    forged = tmp_path / ".cache" / "anything"
    forged.parent.mkdir()
    forged.write_text("committed by a pull request", "utf-8")
    git(tmp_path, "add", "-f", ".cache/anything")
    assert cache_folder(tmp_path, "pdf-v1") is None


def test_no_cache_through_a_link_or_over_a_file(tmp_path: Path) -> None:
    project, outside = tmp_path / "project", tmp_path / "outside"
    project.mkdir()
    outside.mkdir()
    (project / ".cache").symlink_to(outside, target_is_directory=True)
    assert cache_folder(project, "pdf-v1") is None
    (project / ".cache").unlink()
    (project / ".cache").mkdir()
    (project / ".cache" / "factsheet").symlink_to(outside, target_is_directory=True)
    assert cache_folder(project, "pdf-v1") is None
    (project / ".cache" / "factsheet").unlink()
    (project / ".cache" / "factsheet").write_text("a file", "utf-8")
    assert cache_folder(project, "pdf-v1") is None
