"""Build helpers for the site tests: run ``mkdocs build`` on the real project or a tmp copy.

The build runs ``mkdocs build --strict`` in a subprocess, as a maintainer or CI runs it, so
MkDocs' plugin-instance cache and logging state never leak between tests.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
MKDOCS = Path(sys.executable).with_name("mkdocs")
# What a site build reads besides the package (which holds the theme): the config, static
# files, facts and sources.
PROJECT_PARTS = ("mkdocs.yml", "docs", "facts", "seeds")


@dataclass(frozen=True)
class BuildResult:
    """A finished ``mkdocs build``: its exit code and output."""

    returncode: int
    output: str


def run_build(project: Path, site_dir: Path, *, strict: bool = True) -> BuildResult:
    """``mkdocs build [--strict] -f project/mkdocs.yml -d site_dir`` in a subprocess."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [str(MKDOCS), "build", "-f", str(project / "mkdocs.yml"), "-d", str(site_dir)]
    if strict:
        command.append("--strict")
    done = subprocess.run(
        command, cwd=project, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    return BuildResult(done.returncode, done.stdout + done.stderr)


def copy_project(target: Path) -> Path:
    """A copy of the real project's build inputs under ``target``, to break on purpose."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = REPO_ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        else:
            shutil.copyfile(source, target / part)
    return target
