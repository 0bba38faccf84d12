"""Guarantee 4, and the catalogue's file-system cases that plain files cannot express.

- The loader and the checks open nothing outside ``facts/`` and ``seeds/``, whatever the facts
  say (symbolic links, ``stored:`` paths that climb out): proved with an audit hook that sees
  every ``open`` and directory listing the process makes.
- ``factsheet render``/``export`` write only under ``--out``, refuse an ``--out`` among the
  inputs, and ``factsheet new`` never overwrites a file, nor writes through a link.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from factsheet.pipeline import validate

from .project import Case, assert_well_formed, fact, source, validate_json, write_base, write_files

SECRET = "TOP-SECRET"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A secret file outside the project, and a folder of them."""
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secret.yaml").write_text(f"topic: {SECRET}\n", encoding="utf-8")
    (folder / "secret.txt").write_text(SECRET, encoding="utf-8")
    return folder


def _symlink_file(root: Path, outside: Path) -> None:
    (root / "facts" / "case.yaml").symlink_to(outside / "secret.yaml")


def _symlink_folder(root: Path, outside: Path) -> None:
    (root / "facts" / "more").symlink_to(outside, target_is_directory=True)


def _fifo(root: Path, outside: Path) -> None:
    os.mkfifo(root / "facts" / "case.yaml")


def _folder_named_yaml(root: Path, outside: Path) -> None:
    (root / "facts" / "case.yaml").mkdir()
    (root / "facts" / "case.yaml" / "inner.txt").write_text("x", encoding="utf-8")


def _seed_symlink_out(root: Path, outside: Path) -> None:
    (root / "seeds" / "leak.txt").symlink_to(outside / "secret.txt")
    write_files(root, {"facts/case.yaml": source("    stored: seeds/leak.txt")})


def _seed_missing(root: Path, outside: Path) -> None:
    write_files(root, {"facts/case.yaml": source("    stored: seeds/missing.txt")})


def _name_not_utf8(root: Path, outside: Path) -> None:
    # A Latin-1 name, as an old tool or an archive from Windows makes it.
    with open(os.path.join(os.fsencode(root / "facts"), b"caf\xe9.yaml"), "wb") as handle:
        handle.write(fact().encode())


Make = Callable[[Path, Path], None]
SPECIAL: dict[str, tuple[Make, Case]] = {
    "symlinked-fact-file": (_symlink_file, Case("", {}, "file-symlink", 1, 1, "facts/case.yaml")),
    "symlinked-folder": (_symlink_folder, Case("", {}, "file-symlink", 1, 1, "facts/more")),
    "fifo": (_fifo, Case("", {}, "file-not-regular", 1, 1, "facts/case.yaml")),
    "folder-named-yaml": (
        _folder_named_yaml,
        Case("", {}, "file-not-yaml", 1, 1, "facts/case.yaml/inner.txt", exit_code=0),
    ),
    "seed-symlink-outside": (
        _seed_symlink_out,
        Case("", {}, "ref-stored-path", 9, 13, "facts/case.yaml"),
    ),
    "name-not-utf8": (
        _name_not_utf8,
        Case("", {}, "file-name-not-utf8", 1, 1, "facts/caf\\xe9.yaml"),
    ),
    "seed-missing": (_seed_missing, Case("", {}, "ref-stored-missing", 9, 13, "facts/case.yaml")),
}


@pytest.mark.parametrize("name", list(SPECIAL))
def test_file_system_case(tmp_path: Path, outside: Path, name: str) -> None:
    make, case = SPECIAL[name]
    root = write_base(tmp_path / "project")
    make(root, outside)
    outcome = validate_json(root)
    assert_well_formed(outcome)
    assert outcome.exit_code == case.exit_code, outcome.where()
    assert (case.code, case.file, case.line, case.col) in outcome.where(), outcome.where()
    assert SECRET not in str(outcome.report)


class OpenRecorder:
    """Every path the process opens or lists while recording (a ``sys.addaudithook``)."""

    def __init__(self) -> None:
        self.recording = False
        self.paths: list[str] = []
        sys.addaudithook(self._hook)  # cannot be removed; it does nothing when not recording

    def _hook(self, event: str, args: tuple[Any, ...]) -> None:
        watched = event in ("open", "os.scandir", "os.listdir")
        if self.recording and watched and args and isinstance(args[0], str | bytes | os.PathLike):
            self.paths.append(os.fsdecode(args[0]))

    @contextmanager
    def during(self) -> Iterator[list[str]]:
        self.paths = []
        self.recording = True
        try:
            yield self.paths
        finally:
            self.recording = False


_RECORDERS: list[OpenRecorder] = []


def recorder() -> OpenRecorder:
    if not _RECORDERS:
        _RECORDERS.append(OpenRecorder())
    return _RECORDERS[0]


def test_validation_reads_only_facts_and_seeds(tmp_path: Path, outside: Path) -> None:
    root = write_base(tmp_path / "project")
    (root / "secret.txt").write_text(SECRET, encoding="utf-8")
    _symlink_file(root, outside)
    _symlink_folder(root, outside)
    (root / "seeds" / "leak.txt").symlink_to(outside / "secret.txt")
    stored = ["../secret.txt", "/etc/passwd", "seeds/leak.txt", "seeds/../secret.txt", "~/x"]
    sources = "sources:\n" + "".join(
        source(f'    stored: "{path}"').replace("id: extra", f"id: extra-{i}").split("\n", 1)[1]
        for i, path in enumerate(stored)
    )
    write_files(root, {"facts/sources.yaml": sources, "facts/fact.yaml": fact()})
    allowed = [(root / "facts").resolve(), (root / "seeds").resolve()]
    with recorder().during() as paths:
        _project, problems = validate(root)
    codes = {p.code for p in problems}
    assert {"file-symlink", "ref-stored-path"} <= codes, codes
    touched = {Path(p).resolve() for p in paths if not p.startswith(sys.prefix)}
    in_tmp = {p for p in touched if p.is_relative_to(tmp_path.resolve())}
    assert in_tmp, "the recorder saw the loader's reads"
    assert {p for p in in_tmp if not any(p.is_relative_to(a) for a in allowed)} == set()
    assert Path("/etc/passwd") not in touched


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (links as their target text) with its content."""
    out: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            out[rel] = os.readlink(path).encode()
        elif path.is_file():
            out[rel] = path.read_bytes()
    return out


def cli(*args: str) -> int:
    from factsheet.cli.commands import run

    return run(list(args))


@pytest.mark.parametrize("command", ["render", "export"])
def test_cli_writes_only_under_out(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write_base(tmp_path / "project")
    write_files(root, {"facts/fact.yaml": fact()})
    before = snapshot(tmp_path)
    assert cli(command, "--root", str(root), "--out", str(tmp_path / "out")) == 0
    after = snapshot(tmp_path)
    new = {k for k in after if k not in before or after[k] != before[k]}
    assert new and all(k.startswith("out/") for k in new), sorted(new)
    for inside in ("facts", "seeds", "facts/new", "."):
        assert cli(command, "--root", str(root), "--out", str(root / inside)) == 2
    assert snapshot(tmp_path) == after
    capsys.readouterr()


def test_new_never_overwrites_nor_follows_links(
    tmp_path: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write_base(tmp_path / "project")
    existing = root / "facts" / "sources" / "web2.yaml"
    write_files(root, {"facts/sources/web2.yaml": "# mine\n"})
    (root / "facts" / "sources" / "dangling.yaml").symlink_to(outside / "created.yaml")
    (root / "facts" / "entities").symlink_to(outside, target_is_directory=True)
    before = snapshot(tmp_path)
    assert cli("new", "source", "web2", "--root", str(root)) == 1
    assert cli("new", "source", "dangling", "--root", str(root)) == 1
    assert cli("new", "entity", "someone", "--root", str(root)) == 2
    assert cli("new", "source", "../../escape", "--root", str(root)) == 2
    assert existing.read_text(encoding="utf-8") == "# mine\n"
    assert snapshot(tmp_path) == before
    err = capsys.readouterr().err
    assert "new-file-exists" in err and "internal error" not in err
