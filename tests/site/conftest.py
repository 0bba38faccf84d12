"""Session fixtures for the site tests: the real project built once (see ``sitebuild``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sitebuild import REPO_ROOT, run_build


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real project built once per session; a failed build fails the tests that use it."""
    site = tmp_path_factory.mktemp("built") / "site"
    result = run_build(REPO_ROOT, site)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{result.output}", pytrace=False)
    return site
