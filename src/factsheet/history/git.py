"""The few git commands the history stage needs, run in a subprocess with a plain environment.

Nothing here raises on a missing git, a folder that is not a repository or an unknown
revision: those give None (or an empty answer), and the callers say what they cannot know.
"""

from __future__ import annotations

import io
import os
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

# Git's own variables (GIT_DIR from a hook, say) must not point it at another repository.
_ENV = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")} | {
    "GIT_CONFIG_NOSYSTEM": "1",
    "LC_ALL": "C",
}
_TIMEOUT = 120


class GitError(Exception):
    """A git command failed; the message is git's own first line."""


def git(root: Path, *args: str, data: bytes | None = None) -> bytes:
    """``git -C root ARGS``'s standard output; GitError if it fails or git is missing."""
    try:
        done = subprocess.run(
            ["git", "-C", str(root), "-c", "core.quotepath=off", *args],
            input=data,
            capture_output=True,
            env=_ENV,
            timeout=_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise GitError(f"git could not run: {exc}") from exc
    if done.returncode != 0:
        first = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(first[0] if first else f"git {args[0]} failed")
    return done.stdout


@dataclass(frozen=True)
class Repo:
    """A project inside a git work tree: its top folder and the project's path inside it."""

    top: Path
    prefix: str  # the project folder relative to top, "" or ending with "/"
    shallow: bool

    def path(self, rel: str) -> str:
        """A project-relative path as git names it from the top of the repository."""
        return f"{self.prefix}{rel}"


def find_repo(root: Path) -> Repo | None:
    """The repository ``root`` is in, or None (no git, not a work tree, no commit yet)."""
    try:
        out = git(root, "rev-parse", "--show-toplevel", "--show-prefix", "--is-shallow-repository")
        git(root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}")
    except GitError:
        return None
    top, prefix, shallow = ([*out.decode("utf-8", "surrogateescape").splitlines(), "", ""])[:3]
    return Repo(Path(top), prefix, shallow.strip() == "true")


def resolve(repo: Repo, revision: str) -> str | None:
    """The full commit id of ``revision``, or None if it names no commit."""
    try:
        out = git(repo.top, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    except GitError:
        return None
    return out.decode().strip() or None


def read_blobs(repo: Repo, blobs: list[str]) -> dict[str, bytes]:
    """The contents of the given blob ids, in one ``git cat-file --batch``."""
    if not blobs:
        return {}
    out = git(repo.top, "cat-file", "--batch", data="".join(f"{b}\n" for b in blobs).encode())
    found: dict[str, bytes] = {}
    at = 0
    for blob in blobs:
        end = out.index(b"\n", at)
        header = out[at:end].split()
        at = end + 1
        if len(header) < 3 or header[1] != b"blob":
            continue  # "<id> missing": not in a shallow clone, or not a file
        size = int(header[2])
        found[blob] = out[at : at + size]
        at += size + 1
    return found


def extract(repo: Repo, commit: str, folders: tuple[str, ...], dest: Path) -> None:
    """Write ``folders`` of the project as they are at ``commit`` under ``dest``."""
    paths = [repo.path(f) for f in folders]
    listed = git(repo.top, "ls-tree", "--name-only", commit, "--", *paths).decode().split()
    if not listed:
        return
    archive = git(repo.top, "archive", "--format=tar", commit, "--", *listed)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        for member in tar.getmembers():
            if not (member.isfile() or member.isdir()) or not member.name.startswith(repo.prefix):
                continue  # no links or devices from a revision into the temporary project
            member.name = member.name[len(repo.prefix) :]
            if member.name:
                tar.extract(member, dest, filter="data")
