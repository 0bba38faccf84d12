"""Two builds of one commit give the same site, byte for byte, whatever the clock says.

The same commit is made in two folders (the project's build inputs, copied in opposite orders,
committed with the same fixed date, so the commit ids match). Each is built by
``mkdocs build --strict`` under ``faketime`` (Debian's libfaketime: every clock call of the
process and its children, git included, sees another day), in another time zone, with another
hash seed, into another absolute path. Every file of the two sites must be identical, and the
dates the site shows must be the commit's.
"""

from __future__ import annotations

import gzip
import html
import json
import os
import shutil
import struct
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from sitebuild import MKDOCS, PROJECT_PARTS, REPO_ROOT

# 23:30 in Yekaterinburg is 18:30 UTC: the site's date is the commit's UTC day, 5 March 2024.
COMMIT_DATE = "2024-03-05T23:30:00+05:00"
COMMIT_DAY_EPOCH = 1709596800  # 2024-03-05T00:00:00Z
SHOWN = {"en": "Site last updated on 5 March 2024", "ar": "آخر تحديث للموقع: 5 مارس 2024"}


@dataclass(frozen=True)
class Setup:
    """Everything about a build that must not matter."""

    folder: str
    clock: str  # faketime's start time
    tz: str
    hash_seed: str
    reverse: bool  # copy the files in reverse order (the order a directory lists them)


SETUPS = (
    Setup("one", "2030-01-01 10:00:00", "UTC", "1", reverse=False),
    Setup("two/a/deeper/folder", "2031-06-15 23:30:00", "Pacific/Kiritimati", "2", reverse=True),
)


def faketime() -> str:
    found = shutil.which("faketime")
    if found is None:
        pytest.fail("faketime is missing: apt-get install faketime (.ci/run installs it)")
    return found


def copy_tree(source: Path, target: Path, *, reverse: bool) -> None:
    """Copy ``source`` file by file, in name order or its reverse."""
    if source.is_file():
        shutil.copyfile(source, target)
        return
    target.mkdir()
    for child in sorted(source.iterdir(), reverse=reverse):
        copy_tree(child, target / child.name, reverse=reverse)


def git(project: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": COMMIT_DATE,
        "GIT_COMMITTER_DATE": COMMIT_DATE,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    ident = ["-c", "user.name=factsheet test", "-c", "user.email=test@example.invalid"]
    done = subprocess.run(
        ["git", *ident, *args], cwd=project, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def committed_project(base: Path, setup: Setup) -> tuple[Path, str]:
    """The build inputs committed in ``base/setup.folder``; returns the folder and commit id."""
    project = base / setup.folder / "project"
    project.mkdir(parents=True)
    for part in sorted(PROJECT_PARTS, reverse=setup.reverse):
        copy_tree(REPO_ROOT / part, project / part, reverse=setup.reverse)
    git(project, "init", "--quiet")
    git(project, "add", "--all")
    git(project, "commit", "--quiet", "--no-gpg-sign", "--message", "the same commit")
    return project, git(project, "rev-parse", "HEAD")


def build(project: Path, site: Path, setup: Setup) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env |= {"NO_MKDOCS_2_WARNING": "1", "TZ": setup.tz, "PYTHONHASHSEED": setup.hash_seed}
    command = [faketime(), setup.clock, str(MKDOCS), "build", "--strict", "-d", str(site)]
    done = subprocess.run(
        command, cwd=project, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def files(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def differences(one: dict[str, bytes], two: dict[str, bytes]) -> list[str]:
    """Paths present in one build only, or with other bytes."""
    return sorted(path for path in one.keys() | two.keys() if one.get(path) != two.get(path))


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, bytes], ...]:
    base = tmp_path_factory.mktemp("reproducible")
    sites, commits = [], set()
    for setup in SETUPS:
        project, commit = committed_project(base, setup)
        commits.add(commit)
        site = project.parent / "built" / "site"
        build(project, site, setup)
        sites.append(files(site))
    assert len(commits) == 1, "the two folders should hold the same commit"
    return tuple(sites)


@pytest.mark.slow
def test_two_builds_of_one_commit_are_identical(two_builds: tuple[dict[str, bytes], ...]) -> None:
    one, two = two_builds
    assert len(one) > 100
    assert differences(one, two) == []


@pytest.mark.slow
def test_the_site_shows_the_commit_date(two_builds: tuple[dict[str, bytes], ...]) -> None:
    site = two_builds[0]
    assert SHOWN["ar"] in html.unescape(site["index.html"].decode())
    assert SHOWN["en"] in html.unescape(site["en/index.html"].decode())
    for prefix in ("", "en/"):
        exported = json.loads(site[f"{prefix}downloads/facts.json"])
        assert exported["generated"] == "2024-03-05"
        # MkDocs stamps the gzip header with the newest page date, which the plugin sets.
        sitemap = site[f"{prefix}sitemap.xml.gz"]
        assert struct.unpack("<I", sitemap[4:8])[0] == COMMIT_DAY_EPOCH
        assert gzip.decompress(sitemap) == site[f"{prefix}sitemap.xml"]


def test_differences_names_every_changed_or_missing_file() -> None:
    one = {"a": b"1", "b": b"2", "c": b"3"}
    two = {"a": b"1", "b": b"two", "d": b"4"}
    assert differences(one, two) == ["b", "c", "d"]


def test_ci_installs_faketime() -> None:
    ci = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "apt_install faketime" in ci
    pr = (REPO_ROOT / ".github" / "workflows" / "pr.yml").read_text(encoding="utf-8")
    installs = [line.split() for line in pr.splitlines() if "apt-get install" in line]
    assert any("faketime" in words for words in installs)
