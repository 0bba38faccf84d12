"""Session fixture: the synthetic hostile project, built once with ``mkdocs build --strict``.

Every markup payload (see ``markup``) is in one project, so the whole site is built once per
session (in a subprocess, as CI runs it) and every test reads the same ``site/``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from .markup import hostile_fact_file
from .project import TODAY_EPOCH

REPO_ROOT = Path(__file__).resolve().parents[2]
MKDOCS = Path(sys.executable).with_name("mkdocs")
SITE_PARTS = ("mkdocs.yml", "docs")
SECRET = "SECRET-FILE-CONTENTS"


@dataclass(frozen=True)
class HostileSite:
    """The hostile project, its built site and the build's output."""

    project: Path
    site: Path
    output: str
    # Every file of the project (path -> size, mtime) before and after the build.
    before: dict[str, tuple[int, int]]
    after: dict[str, tuple[int, int]]


def write_hostile_project(root: Path) -> Path:
    """The site configuration of the real project with the hostile facts instead of ours."""
    root.mkdir(parents=True)
    for part in SITE_PARTS:
        source = REPO_ROOT / part
        if source.is_dir():
            shutil.copytree(source, root / part)
        else:
            shutil.copyfile(source, root / part)
    (root / "facts").mkdir()
    (root / "seeds").mkdir()
    text = json.dumps(hostile_fact_file(), ensure_ascii=False, indent=1)  # JSON is YAML
    (root / "facts" / "hostile.yaml").write_text(text, encoding="utf-8")
    # What a snippet or an include would read if any text reached those extensions.
    (root / "secret.txt").write_text(SECRET, encoding="utf-8")
    (root / "docs" / "secret.txt").write_text(SECRET, encoding="utf-8")
    return root


def listing(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file and link under ``folder`` with its size and modification time."""
    return {
        path.relative_to(folder).as_posix(): (path.lstat().st_size, path.lstat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
    }


def mkdocs_build(project: Path, site: Path) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of ``project`` into ``site``, in a subprocess."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": TODAY_EPOCH}
    command = [str(MKDOCS), "build", "--strict", "-f", str(project / "mkdocs.yml")]
    return subprocess.run(
        [*command, "-d", str(site)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> HostileSite:
    base = tmp_path_factory.mktemp("hostile-site")
    project = write_hostile_project(base / "project")
    site = base / "site"
    before = listing(base)
    done = mkdocs_build(project, site)
    output = done.stdout + done.stderr
    if done.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{output}", pytrace=False)
    return HostileSite(project, site, output, before, listing(base))
