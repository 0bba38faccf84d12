""".github/dependabot.yml: valid against Dependabot's schema (the copy bundled with
check-jsonschema, offline), clean under yamllint, and updating what the project pins: the pip
lock (within pyproject.toml's ranges) and the SHA-pinned actions of the workflows.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
CONFIG = REPO_ROOT / ".github" / "dependabot.yml"
BIN = Path(sys.executable).parent
YAML_FILES = [CONFIG, REPO_ROOT / ".yamllint.yml", *sorted(REPO_ROOT.glob(".github/workflows/*"))]

BAD_CONFIG = textwrap.dedent(
    """
    version: 2
    updates:
      - package-ecosystem: pypi
        directory: /
        directory: /src
    """
)


def run(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    path = BIN / name
    if not path.exists():
        pytest.fail(f"{name} is not installed: run `make install` (it is in the dev extras)")
    return subprocess.run(
        [str(path), *args], cwd=REPO_ROOT, capture_output=True, text=True, check=False
    )


def check_schema(path: Path) -> subprocess.CompletedProcess[str]:
    return run("check-jsonschema", "--builtin-schema", "vendor.dependabot", str(path))


def yamllint(*paths: Path) -> subprocess.CompletedProcess[str]:
    config = REPO_ROOT / ".yamllint.yml"
    return run("yamllint", "--strict", "-c", str(config), *map(str, paths))


def updates() -> dict[str, dict[str, Any]]:
    """The update entries by ecosystem (every scalar a string, as in the workflow tests)."""
    data = yaml.load(CONFIG.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert data["version"] == "2"
    entries = data["updates"]
    by_ecosystem = {entry["package-ecosystem"]: entry for entry in entries}
    assert len(by_ecosystem) == len(entries), "one entry per ecosystem"
    return by_ecosystem


def test_dependabot_config_follows_the_schema() -> None:
    result = check_schema(CONFIG)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_rejects_a_bad_config(tmp_path: Path) -> None:
    bad = tmp_path / "dependabot.yml"
    bad.write_text(BAD_CONFIG, encoding="utf-8")
    result = check_schema(bad)
    assert result.returncode != 0
    assert "pypi" in result.stdout + result.stderr


def test_yaml_files_pass_yamllint() -> None:
    result = yamllint(*YAML_FILES)
    assert result.returncode == 0, result.stdout + result.stderr


def test_yamllint_reports_a_duplicate_key(tmp_path: Path) -> None:
    bad = tmp_path / "dependabot.yml"
    bad.write_text(BAD_CONFIG, encoding="utf-8")
    result = yamllint(bad)
    assert result.returncode != 0
    assert "key-duplicates" in result.stdout


def test_pip_updates_regenerate_the_lock_within_the_ranges() -> None:
    pip = updates()["pip"]
    assert pip["directory"] == "/"
    assert pip["schedule"]["interval"] in {"daily", "weekly"}
    # Ranges in pyproject.toml change only by hand; Dependabot reruns pip-compile (hashes too).
    assert pip["versioning-strategy"] == "lockfile-only"
    assert (REPO_ROOT / "requirements.txt").is_file()


def test_actions_updates_cover_the_workflows() -> None:
    actions = updates()["github-actions"]
    assert actions["directory"] == "/"
    assert actions["schedule"]["interval"] in {"daily", "weekly"}
    assert set(updates()) == {"pip", "github-actions"}
