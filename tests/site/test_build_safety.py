"""The safety check is wired into the build: a build whose output holds markup that did not
come from the theme fails, names the file, and the site it wrote is not taken as good.

These builds run in this process (``mkdocs build`` as its command does it), unlike the
subprocess builds of test_build.py, so that mutation testing (``make mutants``) sees the
plugin's code under test.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort
from sitebuild import copy_project

INJECTED = "<script>alert(1)</script>"


def build_in_process(project: Path, site: Path) -> None:
    """What ``mkdocs build --strict`` does, in this process."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site), strict=True)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


def test_a_build_fails_when_the_safety_check_finds_something(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    project = copy_project(tmp_path / "project")
    main = project / "overrides" / "main.html"
    text = main.read_text(encoding="utf-8")
    main.write_text(text.replace("{% block site_meta %}", "{% block site_meta %}" + INJECTED, 1))
    with caplog.at_level(logging.ERROR, logger="mkdocs"), pytest.raises(Abort):
        build_in_process(project, tmp_path / "site")
    log = caplog.text
    assert "the built site contains markup that did not come from the theme" in log
    assert "index.html:" in log and "inline <script> that is not the theme's: 'alert(1)'" in log
