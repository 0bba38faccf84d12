"""Temporary git repositories holding a copy of the renderer's fixture project."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

FIXTURE = Path(__file__).resolve().parents[1] / "render" / "fixture"
# Fixed names and dates, and no user or system configuration: the same commits everywhere.
ENV = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")} | {
    "GIT_AUTHOR_NAME": "Editor",
    "GIT_AUTHOR_EMAIL": "editor@example.org",
    "GIT_COMMITTER_NAME": "Editor",
    "GIT_COMMITTER_EMAIL": "editor@example.org",
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_CONFIG_GLOBAL": os.devnull,
}


def git(root: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(root), *args], env=ENV, capture_output=True, text=True, check=True
    )
    return done.stdout


def commit(root: Path, message: str, day: str) -> str:
    """Commit everything in ``root`` on ``day`` (YYYY-MM-DD, noon UTC); the commit id."""
    stamp = f"{day}T12:00:00+00:00"
    git(root, "add", "-A")
    subprocess.run(
        ["git", "-C", str(root), "commit", "-q", "--allow-empty", "-m", message],
        env=ENV | {"GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp},
        check=True,
    )
    return git(root, "rev-parse", "HEAD").strip()


def make_repo(root: Path) -> Path:
    """A repository whose first commit (2026-01-10) is the fixture project."""
    shutil.copytree(FIXTURE, root)
    git(root, "init", "-q", "-b", "main")
    commit(root, "the fixture", "2026-01-10")
    return root


def edit(root: Path, file: str, old: str, new: str) -> None:
    """Replace ``old`` (which must occur once) by ``new`` in ``root/file``."""
    path = root / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {file}"
    path.write_text(text.replace(old, new), encoding="utf-8")
