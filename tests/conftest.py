"""Shared test fixtures: write a small project into ``tmp_path`` and return its root.

Use the plain function (``from conftest import write_project``) or the ``make_project``
fixture, which binds ``tmp_path``::

    def test_something(make_project):
        root = make_project({"facts/a.yaml": '''
            topic: summit
            facts: []
        '''})

Text values are dedented and one leading newline is dropped, so a triple-quoted block starts
on line 1 of the file; write ``bytes`` to get the exact bytes (encodings, BOMs, NUL bytes).
"""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SEED_NAME = "000_c700498ac00d7f2d.txt"

ProjectFactory = Callable[..., Path]


def write_project(
    tmp_path: Path,
    files: Mapping[str, str | bytes],
    *,
    seed: bool = False,
) -> Path:
    """Write ``files`` (relative path -> content) under ``tmp_path/project`` and return that root.

    ``facts/`` always exists, even when no file is given in it. With ``seed=True`` the stored
    source article is copied to ``seeds/`` so quote checks can read it.
    """
    root = tmp_path / "project"
    (root / "facts").mkdir(parents=True, exist_ok=True)
    for rel, content in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            text = textwrap.dedent(content)
            text = text[1:] if text.startswith("\n") else text
            # newline="" keeps "\r\n" written by a test instead of translating "\n".
            with target.open("w", encoding="utf-8", newline="") as handle:
                handle.write(text)
    if seed:
        (root / "seeds").mkdir(exist_ok=True)
        shutil.copyfile(REPO_ROOT / "seeds" / SEED_NAME, root / "seeds" / SEED_NAME)
    return root


@pytest.fixture
def make_project(tmp_path: Path) -> ProjectFactory:
    """``write_project`` bound to this test's ``tmp_path``."""

    def factory(files: Mapping[str, str | bytes], *, seed: bool = False) -> Path:
        return write_project(tmp_path, files, seed=seed)

    return factory
