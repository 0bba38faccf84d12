"""Load YAML fact files into plain data that remembers where every key and value came from.

The pipeline for one file, each stage turning failure into positioned problems (never raising):

1. **Read** (:func:`_read`): only a regular file, opened without following a symbolic link,
   at most :data:`MAX_FILE_BYTES`.
2. **Decode** (:mod:`factsheet.load.decode`): UTF-8 only; BOMs, UTF-16/32, bad bytes and
   control characters are reported at their line:col.
3. **Compose** (:mod:`factsheet.load.compose`): libyaml's C composer, no YAML 1.1 typing
   (``no``, ``010``, ``2020-02-30`` stay text; plain empty, ``~`` and ``null`` load as None),
   no tags, anchors, aliases, merge keys, duplicate, empty or non-text keys, one document whose
   top level is a mapping, at most :data:`~factsheet.load.compose.MAX_DEPTH` levels
   (:mod:`factsheet.load.data` turns the nodes into dicts, lists, strings and None).

:func:`load_tree` reads every ``*.yaml``/``*.yml`` under ``facts/`` (sub-folders included) in a
stable order. It follows no symbolic link, rejects anything that is not a regular file, and warns
about other files so that nothing is silently ignored, except hidden names (starting with '.':
``.gitkeep``, ``.DS_Store``, editor lock files), which are skipped as git skips them; a hidden
``.yaml`` file gets a warning.

Problem codes (each with a 1-based line:col, a message and a hint; errors unless marked):

- files: ``file-symlink``, ``file-not-regular``, ``file-too-large``, ``file-unreadable``,
  ``file-missing-folder``, ``file-name-not-utf8`` (a name that is not UTF-8: not read, since
  it cannot be shown, linked or reported faithfully), ``file-not-yaml`` and ``file-hidden``
  (warnings);
- encodings: ``encoding-not-utf8`` (UTF-16/32), ``encoding-invalid-utf8``, ``encoding-bom``
  (warning; the file still loads), ``yaml-control-character``;
- YAML: ``yaml-syntax``, ``yaml-empty``, ``yaml-multiple-documents``, ``yaml-top-level``,
  ``yaml-too-deep``, ``yaml-duplicate-key``, ``yaml-key-not-string``, ``yaml-empty-key``,
  ``yaml-merge-key``, ``yaml-tag``, ``yaml-anchor``, ``yaml-alias``.

A file with any error yields no document; every problem of the file is still reported.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factsheet.load.compose import PathKey, compose
from factsheet.load.data import LazyMarks, Source, to_data
from factsheet.load.decode import UTF8_BOM, decode
from factsheet.problems import Mark, Problem, Severity, has_errors

__all__ = [
    "MAX_FILE_BYTES",
    "YAML_SUFFIXES",
    "Document",
    "PathKey",
    "load_bytes",
    "load_file",
    "load_tree",
]

MAX_FILE_BYTES = 1024 * 1024
"""Largest fact file read (1 MiB). Real files are a few KiB; a bigger one is a mistake (or an
attack on the build), and should be split into several files."""

YAML_SUFFIXES = (".yaml", ".yml")
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)  # a symbolic link fails with ELOOP instead of being read
    | getattr(os, "O_NONBLOCK", 0)  # opening a FIFO must not wait for a writer
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


@dataclass
class Document:
    """One loaded file: its data and the span of every value and mapping key, by data path.

    ``marks`` and ``key_marks`` map data paths such as ``("facts", 0, "id")`` to spans. For a
    loaded file they read the spans from the YAML nodes on demand (see
    :class:`~factsheet.load.data.LazyMarks`); any mapping works, e.g. a dict in tests.
    """

    file: str
    data: Any
    marks: Mapping[PathKey, Mark] = field(default_factory=dict)
    key_marks: Mapping[PathKey, Mark] = field(default_factory=dict)

    def mark(self, path: PathKey) -> Mark:
        """The closest known span for ``path``: the value, else its nearest ancestor."""
        while path and path not in self.marks:
            path = path[:-1]
        return self.marks.get(path, Mark(1, 1))

    def key_mark(self, path: PathKey) -> Mark:
        """The span of the key that names ``path``; the value's (or an ancestor's) if none."""
        return self.key_marks.get(path) or self.mark(path)


def _relative(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _file_problem(file: str, code: str, message: str, hint: str) -> Problem:
    return Problem(file, Mark(1, 1), code, message, hint)


def _read(path: str | Path, file: str) -> tuple[bytes | None, list[Problem]]:
    """The bytes of a regular, not-too-large file, or the problem that stopped reading it."""
    try:
        if not hasattr(os, "O_NOFOLLOW") and os.path.islink(path):
            raise OSError(errno.ELOOP, "symbolic link")
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, [_symlink(file)]
        return None, [_unreadable(file, exc)]
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None, [_not_regular(file)]
        if info.st_size > MAX_FILE_BYTES:
            return None, [_too_large(file, info.st_size)]
        data = _read_all(fd, info.st_size)
    except OSError as exc:
        return None, [_unreadable(file, exc)]
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:  # the file grew after fstat
        return None, [_too_large(file, len(data))]
    return data, []


def _read_all(fd: int, size: int) -> bytes:
    """Up to MAX_FILE_BYTES + 1 bytes: one read() for a regular file, more if it was short."""
    chunks = [os.read(fd, size + 1)]
    total = len(chunks[0])
    while chunks[-1] and total <= MAX_FILE_BYTES:
        chunks.append(os.read(fd, MAX_FILE_BYTES + 1 - total))
        total += len(chunks[-1])
    return b"".join(chunks)


def _symlink(file: str) -> Problem:
    return _file_problem(
        file,
        "file-symlink",
        "this is a symbolic link; links under facts/ are not followed",
        "replace the link with the file (or folder) itself: a link can point outside facts/",
    )


def _not_regular(file: str) -> Problem:
    return _file_problem(
        file,
        "file-not-regular",
        "this is not a regular file (a device, pipe or socket)",
        "keep only ordinary files and folders under facts/",
    )


def _unreadable(file: str, exc: OSError) -> Problem:
    return _file_problem(
        file,
        "file-unreadable",
        f"the file cannot be read: {exc.strerror or exc}",
        "check that it exists and that its permissions allow reading",
    )


def _too_large(file: str, size: int) -> Problem:
    return _file_problem(
        file,
        "file-too-large",
        f"the file has {size:,} bytes; the limit is {MAX_FILE_BYTES:,} bytes (1 MiB)",
        "split it into several files under facts/",
    )


def load_file(root: Path, path: Path) -> tuple[Document | None, list[Problem]]:
    """Load one file. Returns the document (None if it has errors) and every problem found.

    Problems name the file relative to ``root``. Warnings (a UTF-8 BOM) keep the document.
    """
    return _load(path, _relative(root, path))


def _load(path: str | Path, file: str) -> tuple[Document | None, list[Problem]]:
    data, problems = _read(path, file)
    if data is None:
        return None, problems
    return load_bytes(data, file)


def load_bytes(data: bytes, file: str) -> tuple[Document | None, list[Problem]]:
    """Load one file's bytes (read from disk, or from git by the history stage) named
    ``file``: decode and compose as :func:`load_file` does."""
    if len(data) > MAX_FILE_BYTES:
        return None, [_too_large(file, len(data))]
    text, problems = decode(file, data)
    if text is None:
        return None, problems
    # The bytes libyaml reads: the file's own, without the BOM that decode skipped.
    encoded = data[len(UTF8_BOM) :] if data.startswith(UTF8_BOM) else data
    node, found, scanned = compose(text, file, encoded)
    problems.extend(found)
    if node is None:
        return None, problems
    value, found = to_data(node, file, scanned)
    problems.extend(found)
    problems.sort(key=Problem.sort_key)
    if has_errors(problems):
        return None, problems
    source = Source(text, value)
    return Document(file, value, LazyMarks(source), LazyMarks(source, keys=True)), problems


def _walk(base: str, folder: str, problems: list[Problem]) -> list[tuple[str, str]]:
    """(path, name for problems) of the YAML files under ``base``, sorted by folder and name;
    problems for everything else found there. Plain strings: pathlib cost more than reading."""
    files: list[tuple[tuple[str, ...], str]] = []
    pending: list[tuple[str, tuple[str, ...]]] = [(base, ())]
    while pending:
        directory, parts = pending.pop()
        try:
            with os.scandir(directory) as scan:
                entries = list(scan)
        except OSError as exc:
            problems.append(_unreadable("/".join((folder, *parts)), exc))
            continue
        for entry in entries:
            rel = (*parts, entry.name)
            if not entry.name.isascii() and _undecodable(entry.name):
                problems.append(_name_not_utf8("/".join((folder, *parts, _shown(entry.name)))))
            elif entry.name.startswith("."):
                # Hidden, as git and most tools treat them: editor lock files (Emacs's
                # '.#a.yaml' is a symlink), .DS_Store, .gitkeep, .git. A hidden YAML file looks
                # like a fact file, so it is named; it is never read.
                if entry.name.endswith(YAML_SUFFIXES) and not entry.is_symlink():
                    problems.append(_hidden("/".join((folder, *rel))))
            elif entry.is_symlink():
                problems.append(_symlink("/".join((folder, *rel))))
            elif entry.is_dir(follow_symlinks=False):
                pending.append((entry.path, rel))
            elif entry.name.endswith(YAML_SUFFIXES):
                files.append((rel, entry.path))  # _read rejects what is not a regular file
            else:
                problems.append(_not_yaml("/".join((folder, *rel)), entry))
    files.sort()
    return [(path, "/".join((folder, *rel))) for rel, path in files]


def _undecodable(name: str) -> bool:
    """Whether ``name`` holds bytes that are not UTF-8 (os.fsdecode keeps them as surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _shown(name: str) -> str:
    """The name with its undecodable bytes written as \\xNN, so it can be printed."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _name_not_utf8(file: str) -> Problem:
    return _file_problem(
        file,
        "file-name-not-utf8",
        "this name is not valid UTF-8, so it is not read (nor anything inside it)",
        "rename it with UTF-8 characters; git and GitHub show such names garbled",
    )


def _hidden(file: str) -> Problem:
    return Problem(
        file,
        Mark(1, 1),
        "file-hidden",
        "this file is not loaded: its name starts with '.', so it is hidden",
        "remove the leading '.' from the name to load it",
        Severity.WARNING,
    )


def _not_yaml(file: str, entry: os.DirEntry[str]) -> Problem:
    if not entry.is_file(follow_symlinks=False):
        return _not_regular(file)
    hint = "fact files end in .yaml; rename it, or move it out of facts/"
    if entry.name.lower().endswith(YAML_SUFFIXES):
        hint = "write the extension in lower case (.yaml) so it is loaded"
    return Problem(
        file,
        Mark(1, 1),
        "file-not-yaml",
        "this file is not loaded: only .yaml and .yml files are fact files",
        hint,
        Severity.WARNING,
    )


def load_tree(root: Path, folder: str = "facts") -> tuple[list[Document], list[Problem]]:
    """Load every ``*.yaml``/``*.yml`` under ``root/folder`` in a stable order.

    Returns the documents without errors and every problem, each file's in line order.
    """
    base = root / folder
    if base.is_symlink():
        return [], [_symlink(folder)]
    if not base.is_dir():
        return [], [
            _file_problem(
                folder,
                "file-missing-folder",
                f"the folder '{folder}/' does not exist in {root}",
                "run the command from the project root, or create the folder",
            )
        ]
    problems: list[Problem] = []
    docs: list[Document] = []
    for path, file in _walk(str(base), folder, problems):
        doc, found = _load(path, file)
        problems.extend(found)
        if doc is not None:
            docs.append(doc)
    return docs, problems
