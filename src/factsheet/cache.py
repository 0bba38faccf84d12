"""The build's caches, under ``.cache/factsheet/`` in the project: what a later build may
reuse (the history's diff of each commit, the one-page PDFs by digest). Names in them are
commit ids and digests, never anything a fact says.

A cache holds only what a build on this machine wrote there, so a cache the repository could
have supplied is not used: :func:`cache_folder` gives None, and the build computes everything,
when git tracks a file under ``.cache/`` (a pull request could commit a forged PDF or history
entry, or a link that leads out of the project), or when a part of the cache's path is a
symbolic link or not a folder.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

CACHE_ROOT = Path(".cache") / "factsheet"


def cache_folder(root: Path, name: str) -> Path | None:
    """``root/.cache/factsheet/name``, or None when it must not be used (see above)."""
    path = root
    for part in (CACHE_ROOT / name).parts:
        path = path / part
        if path.is_symlink() or (path.exists() and not path.is_dir()):
            return None
    return None if tracked(root, CACHE_ROOT.parts[0]) else path


def tracked(root: Path, folder: str) -> bool:
    """Whether git tracks a file under ``root/folder`` (False outside a repository, or
    without git)."""
    try:
        listed = subprocess.run(
            ["git", "-C", str(root), "ls-files", "-z", "--", folder],
            capture_output=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return listed.returncode == 0 and bool(listed.stdout)
