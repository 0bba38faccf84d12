"""The safety check is wired into the build: a build whose output holds markup that did not
come from the theme fails, names the file, and the site it wrote is not taken as good.

These builds run in this process (``mkdocs build`` as its command does it), unlike the
subprocess builds of test_build.py, so that mutation testing (``make mutants``) sees the
plugin's code under test.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, PluginError
from sitebuild import copy_project

from factsheet.plugin import LANGUAGES, check_safety, nested_dirs

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


def test_each_language_checks_its_own_pages_and_a_dirty_build_those_it_wrote(
    tmp_path: Path,
) -> None:
    root, nested = LANGUAGES[0], LANGUAGES[1]  # the root's site holds the other in a folder
    bad = '<html><body><p>x</p><embed src="a"></body></html>'
    (tmp_path / nested.prefix).mkdir(parents=True)
    (tmp_path / "old.html").write_text(bad, encoding="utf-8")
    (tmp_path / "new.html").write_text(bad, encoding="utf-8")
    (tmp_path / nested.prefix / "index.html").write_text(bad, encoding="utf-8")
    os.utime(tmp_path / "old.html", (1_000.0, 1_000.0))
    with pytest.raises(PluginError) as raised:
        check_safety(tmp_path, root, since=2_000.0)
    assert str(raised.value).splitlines()[1:] == ["new.html:1:21: <embed> is not allowed"]
    with pytest.raises(PluginError) as raised:
        check_safety(tmp_path, root, since=None)
    assert [line.split(":")[0] for line in str(raised.value).splitlines()[1:]] == [
        "new.html",
        "old.html",
    ]
    (tmp_path / "new.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    check_safety(tmp_path, root, since=2_000.0)  # nothing new is unsafe: no error
    assert nested_dirs(root) == (nested.prefix,) and nested_dirs(nested) == ()
