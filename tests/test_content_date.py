"""The date the site shows (``pipeline.content_date``): SOURCE_DATE_EPOCH, else the commit's
time, else the newest input file's; never the clock while any of them exists."""

from __future__ import annotations

import os
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from factsheet.pipeline import build_date, content_date

COMMIT = "2024-03-05T23:30:00+05:00"  # 18:30 UTC, so the 5th in UTC


def project(root: Path) -> Path:
    (root / "facts").mkdir(parents=True)
    (root / "seeds").mkdir()
    for name, when in (("facts/a.yaml", 1_600_000_000), ("seeds/s.txt", 1_650_000_000)):
        (root / name).write_text("x", encoding="utf-8")
        os.utime(root / name, (when, when))
    return root


def commit(root: Path) -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": COMMIT, "GIT_COMMITTER_DATE": COMMIT}
    env |= {"GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    ident = ["-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "--no-gpg-sign", "-m", "x"]):
        subprocess.run(["git", *ident, *args], cwd=root, env=env, check=True)


@pytest.fixture(autouse=True)
def no_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def test_the_commit_time_in_utc(tmp_path: Path) -> None:
    root = project(tmp_path / "p")
    commit(root)
    (root / "facts" / "a.yaml").write_text("edited after the commit", encoding="utf-8")
    assert content_date(root) == date(2024, 3, 5)


def test_source_date_epoch_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path / "p")
    commit(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1667260800")
    assert content_date(root) == date(2022, 11, 1)


def test_outside_git_the_newest_input_file(tmp_path: Path) -> None:
    root = project(tmp_path / "p")
    assert content_date(root) == datetime.fromtimestamp(1_650_000_000, UTC).date()


def test_a_link_is_not_followed(tmp_path: Path) -> None:
    root = project(tmp_path / "p")
    outside = tmp_path / "outside.yaml"
    outside.write_text("x", encoding="utf-8")  # modified now
    (root / "facts" / "link.yaml").symlink_to(outside)
    assert content_date(root) == datetime.fromtimestamp(1_650_000_000, UTC).date()


def test_no_input_at_all_falls_back_to_the_build_date(tmp_path: Path) -> None:
    assert content_date(tmp_path) == build_date()
