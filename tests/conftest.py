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
import sys
import textwrap
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
REPO_ROOT = TESTS_DIR.parent
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


# Every conftest.py outside a package is imported as the module "conftest", so a nested one
# (tests/site/conftest.py) replaces this file in sys.modules, and a later
# ``from conftest import write_project`` would find the wrong file. Just before a test module
# is imported, point the name back at the nearest conftest.py when that is this file.
_THIS_MODULE = sys.modules[__name__]


def _nearest_conftest_is_this(module_dir: Path) -> bool:
    for folder in (module_dir, *module_dir.parents):
        if folder == TESTS_DIR:
            return True
        if (folder / "conftest.py").exists():
            return False
    return False


def pytest_collectstart(collector: pytest.Collector) -> None:
    if isinstance(collector, pytest.Module) and _nearest_conftest_is_this(
        collector.path.resolve().parent
    ):
        sys.modules["conftest"] = _THIS_MODULE


def pytest_addoption(parser: pytest.Parser) -> None:
    # Registered here, not in tests/render/conftest.py, so that a bare `pytest --update-golden`
    # (run from the repository root) knows the option too.
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/render/golden/ from the current output instead of comparing",
    )


# No silent skip: an unlisted skip fails the run (see skip_policy.py, allowed_skips.txt).
from skip_policy import pytest_configure  # noqa: E402, F401
