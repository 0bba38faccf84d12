"""Run by ``test_incremental.py`` in a subprocess: the builds of ``mkdocs serve --dirty``.

``python incremental_driver.py PROJECT SITE EDITS.json`` builds PROJECT into SITE as a dirty
build does (``on_startup(dirty=True)``, ``build(dirty=True)``), applies each edit
(``[file, old, new]``: the first ``old`` in ``file`` becomes ``new``), builds again with a
fresh configuration as ``mkdocs serve`` does on every change, and prints JSON: the HTML files
the second build wrote, relative to SITE. A subprocess, because MkDocs keeps plugin objects
(and their state) for the whole process.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config


def dirty_build(project: Path, site: Path, *, first: bool) -> None:
    config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site))
    if first:
        config.plugins.on_startup(command="build", dirty=True)
    build(config, dirty=True)


def main(project: Path, site: Path, edits: Path) -> None:
    dirty_build(project, site, first=True)
    for name, old, new in json.loads(edits.read_text(encoding="utf-8")):
        path = project / name
        text = path.read_text(encoding="utf-8")
        if old not in text:
            raise SystemExit(f"{name}: {old!r} not found")
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    time.sleep(0.05)  # file times of the first build and the second must differ
    started = time.time()
    dirty_build(project, site, first=False)
    rebuilt = sorted(
        p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.stat().st_mtime >= started
    )
    print(json.dumps(rebuilt))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
