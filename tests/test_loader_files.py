"""The loader's files and folders at their edges: the exact texts of each file problem, names
in Arabic and names that are not UTF-8, a folder that cannot be listed, a platform without
O_NOFOLLOW, and a file that grows after it was measured.

Each test writes a small project with ``make_project``, as tests/test_loader.py does.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from factsheet.load.loader import MAX_FILE_BYTES, Document, load_bytes, load_file, load_tree
from factsheet.problems import Mark

ProjectFactory = Callable[..., Path]
FILE = "facts/a.yaml"


# --- files and folders ----------------------------------------------------------------------

NOT_REGULAR = (
    "file-not-regular",
    "error",
    "this is not a regular file (a device, pipe or socket)",
    "keep only ordinary files and folders under facts/",
)
NOT_UTF8 = (
    "file-name-not-utf8",
    "error",
    "this name is not valid UTF-8, so it is not read (nor anything inside it)",
    "rename it with UTF-8 characters; git and GitHub show such names garbled",
)
NOT_YAML = "this file is not loaded: only .yaml and .yml files are fact files"


def test_each_file_problem_says_what_is_wrong_and_how_to_fix_it(
    make_project: ProjectFactory,
) -> None:
    root = make_project(
        {
            "facts/a.yaml": "a: 1\n",
            "facts/notes.txt": "x",
            "facts/UPPER.YAML": "a: 1\n",
            "facts/.draft.yaml": "a: 1\n",
            "facts/big.yaml": b"a: " + b"x" * MAX_FILE_BYTES,
        }
    )
    facts = root / "facts"
    (facts / "link.yaml").symlink_to(facts / "a.yaml")
    os.mkfifo(facts / "pipe.yaml")
    os.mkfifo(facts / "pipe.txt")
    (facts / "sub").mkdir()
    (Path(os.fsdecode(bytes(facts / "sub") + b"/caf\xe9.yaml"))).write_bytes(b"a: 1\n")
    Path(os.fsdecode(bytes(facts) + b"/dir\xff")).mkdir()
    docs, problems = load_tree(root)
    assert [d.file for d in docs] == ["facts/a.yaml"]
    assert all((p.line, p.col) == (1, 1) for p in problems)
    assert sorted((p.file, p.code, p.severity.value, p.message, p.hint) for p in problems) == [
        (
            "facts/.draft.yaml",
            "file-hidden",
            "warning",
            "this file is not loaded: its name starts with '.', so it is hidden",
            "remove the leading '.' from the name to load it",
        ),
        (
            "facts/UPPER.YAML",
            "file-not-yaml",
            "warning",
            NOT_YAML,
            "write the extension in lower case (.yaml) so it is loaded",
        ),
        (
            "facts/big.yaml",
            "file-too-large",
            "error",
            "the file has 1,048,579 bytes; the limit is 1,048,576 bytes (1 MiB)",
            "split it into several files under facts/",
        ),
        ("facts/dir\\xff", *NOT_UTF8),
        (
            "facts/link.yaml",
            "file-symlink",
            "error",
            "this is a symbolic link; links under facts/ are not followed",
            "replace the link with the file (or folder) itself: a link can point outside facts/",
        ),
        (
            "facts/notes.txt",
            "file-not-yaml",
            "warning",
            NOT_YAML,
            "fact files end in .yaml; rename it, or move it out of facts/",
        ),
        ("facts/pipe.txt", *NOT_REGULAR),
        ("facts/pipe.yaml", *NOT_REGULAR),
        ("facts/sub/caf\\xe9.yaml", *NOT_UTF8),
    ]


def test_a_missing_file_or_folder_says_what_and_how(tmp_path: Path) -> None:
    (tmp_path / "facts").mkdir()
    doc, problems = load_file(tmp_path, tmp_path / "facts" / "gone.yaml")
    assert doc is None
    assert [(p.file, p.code, p.message, p.hint) for p in problems] == [
        (
            "facts/gone.yaml",
            "file-unreadable",
            "the file cannot be read: No such file or directory",
            "check that it exists and that its permissions allow reading",
        )
    ]
    docs, problems = load_tree(tmp_path, "nope")
    assert docs == []
    assert [(p.file, p.code, p.line, p.col, p.message, p.hint) for p in problems] == [
        (
            "nope",
            "file-missing-folder",
            1,
            1,
            f"the folder 'nope/' does not exist in {tmp_path}",
            "run the command from the project root, or create the folder",
        )
    ]


def test_bytes_over_the_limit_are_not_decoded() -> None:
    doc, problems = load_bytes(b"a: " + b"x" * MAX_FILE_BYTES, "facts/h.yaml")
    assert doc is None
    assert [(p.file, p.code, p.message) for p in problems] == [
        (
            "facts/h.yaml",
            "file-too-large",
            "the file has 1,048,579 bytes; the limit is 1,048,576 bytes (1 MiB)",
        )
    ]
    doc, problems = load_bytes(b"a: " + b"x" * (MAX_FILE_BYTES - 3), "facts/h.yaml")
    assert problems == [] and doc is not None


def test_a_file_named_in_arabic_is_loaded(make_project: ProjectFactory) -> None:
    root = make_project({"facts/قمة سوتشي.yaml": "a: 1\n", "facts/ملاحظات.txt": "x"})
    docs, problems = load_tree(root)
    assert [d.file for d in docs] == ["facts/قمة سوتشي.yaml"]
    assert [(p.file, p.code) for p in problems] == [("facts/ملاحظات.txt", "file-not-yaml")]


def test_a_folder_that_cannot_be_listed_is_reported_and_the_others_are_read(
    make_project: ProjectFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Permissions do not stop root, so listing 'facts/bad' fails through os.scandir itself.
    # Entries come in reverse name order, so 'bad' is listed before 'good'.
    root = make_project({"facts/good/x.yaml": "a: 1\n", "facts/bad/y.yaml": "a: 1\n"})
    real_scandir = os.scandir

    @contextlib.contextmanager
    def scandir(path: str) -> Iterator[list[os.DirEntry[str]]]:
        if path.endswith("/bad"):
            raise PermissionError(13, "Permission denied")
        with real_scandir(path) as entries:
            yield sorted(entries, key=lambda e: e.name, reverse=True)

    monkeypatch.setattr(os, "scandir", scandir)
    docs, problems = load_tree(root)
    assert [d.file for d in docs] == ["facts/good/x.yaml"]
    assert [(p.file, p.code, p.message) for p in problems] == [
        ("facts/bad", "file-unreadable", "the file cannot be read: Permission denied")
    ]


def test_without_o_nofollow_a_symbolic_link_is_still_refused(
    make_project: ProjectFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Where os.open cannot refuse links itself (Windows), the loader asks before opening.
    root = make_project({"facts/a.yaml": "a: 1\n"})
    (root / "facts" / "link.yaml").symlink_to(root / "facts" / "a.yaml")
    monkeypatch.delattr(os, "O_NOFOLLOW")
    doc, problems = load_file(root, root / "facts" / "a.yaml")
    assert problems == [] and doc is not None
    doc, problems = load_file(root, root / "facts" / "link.yaml")
    assert doc is None
    assert [(p.file, p.code) for p in problems] == [("facts/link.yaml", "file-symlink")]


@pytest.mark.parametrize("measured", [MAX_FILE_BYTES - 1, MAX_FILE_BYTES])
def test_a_file_that_grew_after_it_was_measured_is_read_only_past_the_limit(
    make_project: ProjectFactory, monkeypatch: pytest.MonkeyPatch, measured: int
) -> None:
    # os.fstat reports a size within the limit; the file holds 100 bytes more than the limit.
    # Reading stops one byte past the limit, and the file is refused.
    root = make_project({FILE: b"a: " + b"x" * (MAX_FILE_BYTES + 97)})
    real_fstat = os.fstat

    def fstat(fd: int) -> os.stat_result:
        info = real_fstat(fd)
        return os.stat_result((info.st_mode, *info[1:6], measured, *info[7:10]))

    monkeypatch.setattr(os, "fstat", fstat)
    doc, problems = load_file(root, root / FILE)
    assert doc is None
    assert [(p.file, p.code, p.message) for p in problems] == [
        (
            FILE,
            "file-too-large",
            "the file has 1,048,577 bytes; the limit is 1,048,576 bytes (1 MiB)",
        )
    ]


def test_a_file_that_fails_while_it_is_read_is_unreadable(
    make_project: ProjectFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project({FILE: "a: 1\n"})

    real_fstat = os.fstat

    def fstat(fd: int) -> os.stat_result:
        # Only the fact file fails (pytest itself calls os.fstat too).
        if os.readlink(f"/proc/self/fd/{fd}").endswith(FILE):
            raise OSError(5, "Input/output error")
        return real_fstat(fd)

    monkeypatch.setattr(os, "fstat", fstat)
    doc, problems = load_file(root, root / FILE)
    assert doc is None
    assert [(p.file, p.code, p.message) for p in problems] == [
        (FILE, "file-unreadable", "the file cannot be read: Input/output error")
    ]


def test_a_document_without_marks_points_at_the_start_of_its_file() -> None:
    doc = Document("facts/a.yaml", {"a": "1"})
    assert doc.mark(("a",)) == Mark(1, 1) and doc.key_mark(("a",)) == Mark(1, 1)
