"""The repository's own promises: the two commands, CI's entry point, and a README that only
documents what exists.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
README = REPO_ROOT / "README.md"
BIN = Path(sys.executable).parent


def make(*args: str) -> subprocess.CompletedProcess[str]:
    """Run make in the repository, without inheriting a parent make's flags."""
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def makefile_targets() -> set[str]:
    text = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][a-z-]*):", text, flags=re.MULTILINE))


def test_make_test_refuses_to_run_without_chromium() -> None:
    result = make("check-chromium", "CHROMIUM=/nonexistent/chromium")
    assert result.returncode != 0
    assert "sudo apt-get install chromium" in result.stderr


def test_make_pytest_fails_when_no_test_is_collected() -> None:
    selection = "PYTEST_ARGS=tests/test_repo_hygiene.py -k no_test_has_this_name"
    result = make("pytest", selection)
    assert result.returncode != 0
    assert "pytest collected no tests" in result.stderr


def test_ci_runs_make_test_strictly() -> None:
    script = REPO_ROOT / ".ci" / "run"
    assert os.access(script, os.X_OK)
    lines = [line.strip() for line in script.read_text(encoding="utf-8").splitlines()]
    assert "set -euo pipefail" in lines
    assert [line for line in lines if line and not line.startswith("#")][-1] == "exec make test"
    result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_makefile_sets_up_and_checks_everything() -> None:
    text = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    assert "export NO_MKDOCS_2_WARNING := 1" in text
    assert {"serve", "site", "test", "install"} <= makefile_targets()
    for command in ("ruff check", "ruff format --check", "mypy", "factsheet validate", "pytest"):
        assert command in text


def test_pre_commit_ruff_matches_the_installed_ruff() -> None:
    config = yaml.safe_load((REPO_ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = [hook for repo in config["repos"] for hook in repo["hooks"]]
    pins = {dep for hook in hooks for dep in hook.get("additional_dependencies", [])}
    installed = subprocess.run(
        [str(BIN / "ruff"), "--version"], capture_output=True, text=True, check=True
    ).stdout.split()[-1]
    assert pins == {f"ruff=={installed}"}
    assert {hook["id"] for hook in hooks} == {"ruff", "ruff-format", "factsheet-validate"}


def test_generated_output_is_ignored() -> None:
    paths = [".venv/bin/python", "site/index.html", "test-artifacts/home-ar-390.png"]
    result = subprocess.run(
        ["git", "check-ignore", "--no-index", *paths],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.split() == paths


def test_readme_make_targets_exist() -> None:
    # `make x` in the prose, and `make x` starting a line in the code blocks.
    pattern = r"`make ([a-z][a-z-]*)`|^make ([a-z][a-z-]*)"
    found = re.findall(pattern, README.read_text(encoding="utf-8"), flags=re.MULTILINE)
    mentioned = {name for pair in found for name in pair if name}
    assert mentioned, "the README names no make target"
    assert mentioned - makefile_targets() == set()


def test_readme_cli_commands_exist() -> None:
    """Every ``factsheet <command>`` in the README is a command ``factsheet --help`` lists."""
    text = README.read_text(encoding="utf-8")
    mentioned = set(re.findall(r"\bfactsheet ([a-z]+)\b", text)) - {"is", "and", "the"}
    result = subprocess.run(
        [str(BIN / "factsheet"), "--help"], capture_output=True, text=True, check=True
    )
    listed = set(re.findall(r"^    ([a-z]+)\s", result.stdout, flags=re.MULTILINE))
    assert mentioned and mentioned <= listed


def test_readme_pictures_and_files_exist() -> None:
    text = README.read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)#:]+)\)", text)
    assert any(link.endswith(".png") for link in links)
    missing = [link for link in links if not (REPO_ROOT / link).exists()]
    assert missing == []
