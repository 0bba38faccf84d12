"""The skip policy (tests/skip_policy.py): an unlisted skip fails the run, a listed one does not."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parent

SKIPPING = """
import pytest

def test_runs():
    assert True

def test_platform():
    pytest.skip("no such platform here")

@pytest.mark.parametrize("n", [])
def test_empty(n):
    assert n
"""


def pytest_in(root: Path, allowed: str | None) -> subprocess.CompletedProcess[str]:
    """Run pytest with the policy on ``root``'s one test file, with ``allowed`` as its list."""
    (root / "tests").mkdir()
    (root / "tests" / "test_x.py").write_text(textwrap.dedent(SKIPPING), encoding="utf-8")
    if allowed is not None:
        (root / "tests" / "allowed_skips.txt").write_text(allowed, encoding="utf-8")
    (root / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(TESTS_DIR)}
    args = [sys.executable, "-m", "pytest", "-p", "skip_policy", "-p", "no:cacheprovider"]
    return subprocess.run(
        [*args, "tests"], cwd=root, env=env, capture_output=True, text=True, timeout=120
    )


def test_an_unlisted_skip_fails_the_run(tmp_path: Path) -> None:
    done = pytest_in(tmp_path, None)
    assert done.returncode == 1, done.stdout
    assert "skipped tests that are not allowed to skip" in done.stdout
    assert "tests/test_x.py::test_platform: no such platform here" in done.stdout
    assert "tests/test_x.py::test_empty[NOTSET]: got empty parameter set" in done.stdout


def test_listed_skips_pass_with_their_reason(tmp_path: Path) -> None:
    allowed = (
        "# comment\n"
        "tests/test_x.py::test_platform  # only runs on that platform\n"
        "tests/test_x.py::test_empty  # every case of a parametrized test\n"
    )
    done = pytest_in(tmp_path, allowed)
    assert done.returncode == 0, done.stdout
    assert "not allowed to skip" not in done.stdout


def test_one_unlisted_skip_among_listed_ones_fails(tmp_path: Path) -> None:
    done = pytest_in(tmp_path, "tests/test_x.py::test_platform  # only there\n")
    assert done.returncode == 1, done.stdout
    assert "test_empty" in done.stdout.split("not allowed to skip")[1]
    assert "test_platform" not in done.stdout.split("not allowed to skip")[1]


def test_an_entry_without_a_reason_is_an_error(tmp_path: Path) -> None:
    done = pytest_in(tmp_path, "tests/test_x.py::test_platform\n")
    assert done.returncode == 4, done.stdout + done.stderr  # usage error
    assert "allowed_skips.txt:1: write '<test id>  # <why it may skip>'" in done.stderr


def test_the_written_list_names_real_tests() -> None:
    from skip_policy import allowed_skips

    for test_id in allowed_skips(TESTS_DIR / "allowed_skips.txt"):
        path, _, name = test_id.partition("::")
        source = (TESTS_DIR.parent / path).read_text(encoding="utf-8")
        assert f"def {name.partition('[')[0]}(" in source, test_id
