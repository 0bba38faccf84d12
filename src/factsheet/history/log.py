"""The history of the facts from git: each commit that changed them, and what it changed.

The commits are those of the first-parent line of ``HEAD`` that touch ``facts/`` (a merge
counts as one change: what it brought in). Each commit's diff is computed from the files it
changed only, as they were in its parent and in it, and cached per commit id under
``.cache/factsheet/`` (a commit never changes, so neither does its entry; see
:mod:`factsheet.cache` for when the cache is not used); a build reads the cache and computes
only the commits it has not seen.

Without git, outside a repository, or before the first commit there is no history. In a
shallow clone the commits at the cut have no parent to compare with: they are left out, the
facts last changed before them get no date, and :attr:`History.since` says from when the
history is known. Edits in the working tree that are not committed yet form one more entry,
with no commit (:attr:`Entry.commit` is None), newest of all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from factsheet.cache import cache_folder
from factsheet.history.diff import Diff, compare
from factsheet.history.git import GitError, Repo, find_repo, git, read_blobs
from factsheet.history.snapshot import from_blobs
from factsheet.load.loader import YAML_SUFFIXES
from factsheet.project import FACTS_DIR

CACHE_NAME = "history-v2"  # under .cache/factsheet/ (factsheet.cache); v: the entries' format
_NO_BLOB = "0" * 40
Status = Literal["full", "shallow", "none"]


@dataclass(frozen=True)
class Commit:
    id: str
    timestamp: int  # committer time, seconds since the epoch
    subject: str

    @property
    def short(self) -> str:
        return self.id[:10]

    @property
    def day(self) -> str:
        """The commit's date in UTC, ``YYYY-MM-DD``."""
        return datetime.fromtimestamp(self.timestamp, UTC).date().isoformat()

    @property
    def iso(self) -> str:
        return datetime.fromtimestamp(self.timestamp, UTC).isoformat().replace("+00:00", "Z")


@dataclass
class Entry:
    """One commit's changes (``commit`` None: the working tree's uncommitted edits)."""

    commit: Commit | None
    diff: Diff

    @property
    def anchor(self) -> str:
        return f"change-{self.commit.short}" if self.commit else "not-committed"


@dataclass
class History:
    status: Status
    entries: list[Entry] = field(default_factory=list)  # newest first
    last_changed: dict[str, Entry] = field(default_factory=dict)  # fact id -> its last change
    since: str | None = None  # shallow: the date of the oldest change known

    def note(self, facts: int) -> str | None:
        """The one line a build logs when it cannot date every fact, else None."""
        undated = facts - len(self.last_changed)
        if self.status == "none":
            return "no git history: facts show no last-changed date and no change is listed"
        if self.status == "shallow":
            return (
                f"shallow git clone (history from {self.since}): {undated} of {facts} facts "
                "show no last-changed date; fetch the whole history (fetch-depth: 0) for them"
            )
        return None


@dataclass
class _Raw:
    commit: Commit
    files: dict[str, tuple[str, str]]  # project path -> (blob before, blob after)


def _log(repo: Repo) -> list[_Raw]:
    """The commits that touch facts/, oldest first, with the blobs of the files they changed."""
    out = git(
        repo.top, "log", "--first-parent", "--diff-merges=first-parent", "--raw", "--no-renames",
        "--no-abbrev", "--format=%x01%H%x00%ct%x00%s", "HEAD", "--", repo.path(FACTS_DIR),
    ).decode("utf-8", "replace")  # fmt: skip
    commits: list[_Raw] = []
    for chunk in out.split("\x01")[1:]:
        head, _, body = chunk.partition("\n")
        sha, stamp, subject = ([*head.split("\x00"), "", ""])[:3]
        files = {}
        for line in body.splitlines():
            meta, _, path = line.partition("\t")
            parts = meta.split()
            if len(parts) >= 5 and path.endswith(YAML_SUFFIXES) and path.startswith(repo.prefix):
                files[path[len(repo.prefix) :]] = (parts[2], parts[3])
        commits.append(_Raw(Commit(sha, int(stamp or 0), subject), files))
    commits.reverse()
    return commits


def _shallow_cut(repo: Repo) -> set[str]:
    if not repo.shallow:
        return set()
    path = git(repo.top, "rev-parse", "--git-path", "shallow").decode().strip()
    try:
        return set((repo.top / path).read_text().split())
    except OSError:
        return set()


def _cached(cache: Path | None, sha: str) -> Diff | None:
    if cache is None:
        return None
    try:
        return Diff.from_json(json.loads((cache / f"{sha}.json").read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _store(cache: Path | None, sha: str, diff: Diff) -> None:
    if cache is None:
        return
    try:
        cache.mkdir(parents=True, exist_ok=True)
        tmp = cache / f"{sha}.json.tmp"
        tmp.write_text(json.dumps(diff.to_json(), ensure_ascii=False), encoding="utf-8")
        tmp.replace(cache / f"{sha}.json")
    except OSError:
        pass  # a read-only checkout: the history is still right, only not kept


def _diffs(repo: Repo, raws: list[_Raw], cache: Path | None) -> list[Diff]:
    """Each commit's diff, from the cache or computed (all missing blobs read at once)."""
    found = {raw.commit.id: _cached(cache, raw.commit.id) for raw in raws}
    missing = [raw for raw in raws if found[raw.commit.id] is None]
    wanted = {b for raw in missing for pair in raw.files.values() for b in pair if b != _NO_BLOB}
    blobs = read_blobs(repo, sorted(wanted))
    for raw in missing:
        before = {p: blobs[old] for p, (old, _) in raw.files.items() if old in blobs}
        after = {p: blobs[new] for p, (_, new) in raw.files.items() if new in blobs}
        diff = compare(from_blobs(before), from_blobs(after))
        _store(cache, raw.commit.id, diff)
        found[raw.commit.id] = diff
    return [d for raw in raws if (d := found[raw.commit.id]) is not None]


def _uncommitted(repo: Repo, root: Path) -> Diff | None:
    """The working tree's edits to facts/ that are not committed, or None if there are none."""
    status = git(
        repo.top, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames",
        "--", repo.path(FACTS_DIR),
    ).decode("utf-8", "surrogateescape")  # fmt: skip
    paths = [e[3:] for e in status.split("\x00") if len(e) > 3]
    paths = [p[len(repo.prefix) :] for p in paths if p.endswith(YAML_SUFFIXES)]
    if not paths:
        return None
    listed = git(repo.top, "ls-tree", "-r", "HEAD", "--", *(repo.path(p) for p in paths))
    heads = {}
    for line in listed.decode("utf-8", "surrogateescape").splitlines():
        meta, _, path = line.partition("\t")
        heads[path[len(repo.prefix) :]] = meta.split()[2]
    blobs = read_blobs(repo, sorted(set(heads.values())))
    before = {p: blobs[b] for p, b in heads.items() if b in blobs}
    after = {}
    for p in paths:
        try:
            after[p] = (root / p).read_bytes()
        except OSError:
            continue  # deleted: the file's facts are removed
    diff = compare(from_blobs(before), from_blobs(after))
    return None if diff.empty else diff


def _dated(entries: list[Entry]) -> dict[str, Entry]:
    """Fact id -> the entry that last changed it, following renames (oldest entry first)."""
    last: dict[str, Entry] = {}
    for entry in entries:
        for change in entry.diff.facts:
            if change.kind == "renamed" and change.old_id in last:
                last[change.id] = last.pop(change.old_id)
            elif change.kind == "removed":
                last.pop(change.id, None)
            elif change.kind != "renamed":
                last[change.id] = entry
    return last


def load_history(root: Path, *, cache: bool = True, uncommitted: bool = True) -> History:
    """The history of the project at ``root`` (see the module docstring)."""
    repo = find_repo(root)
    if repo is None:
        return History("none")
    try:
        raws = _log(repo)
        cut = _shallow_cut(repo)
        kept = [raw for raw in raws if raw.commit.id not in cut]
        diffs = _diffs(repo, kept, cache_folder(root, CACHE_NAME) if cache else None)
        entries = [Entry(raw.commit, diff) for raw, diff in zip(kept, diffs, strict=True)]
        edits = _uncommitted(repo, root) if uncommitted else None
    except GitError:
        return History("none")
    if edits is not None:
        entries.append(Entry(None, edits))
    entries = [e for e in entries if not e.diff.empty]
    history = History("shallow" if repo.shallow else "full", entries[::-1], _dated(entries))
    if repo.shallow and cut:
        history.since = _since(repo, cut)
    return history


def _since(repo: Repo, cut: set[str]) -> str | None:
    """The date of the newest commit at the cut of a shallow clone: the history is known
    from there."""
    try:
        out = git(repo.top, "show", "-s", "--format=%ct", *sorted(cut)).decode().split()
    except GitError:
        return None
    return Commit("", max(int(s) for s in out), "").day if out else None
