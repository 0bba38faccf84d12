"""The loader at its edges: the exact texts of its problems, positions after a leading blank
line, and the shortest inputs each encoding rule sees.

Each test writes a small project with ``make_project`` and loads ``facts/a.yaml``, as
tests/test_loader.py does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factsheet.load.loader import Document, load_file
from factsheet.problems import Problem, Severity

ProjectFactory = Callable[..., Path]
FILE = "facts/a.yaml"
SAVE_AS_UTF8 = "save the file as UTF-8 (in most editors: 'Save with encoding' -> UTF-8)"
CONTROL_HINT = (
    "delete it (it is usually invisible; copy-pasted text often carries it) or, if it is a "
    "line break, replace it with an ordinary new line"
)


def load(
    make_project: ProjectFactory, content: str | bytes
) -> tuple[Document | None, list[Problem]]:
    root = make_project({FILE: content})
    return load_file(root, root / FILE)


def rejected(make_project: ProjectFactory, content: str | bytes) -> Problem:
    """The single problem of a file that must not load."""
    doc, problems = load(make_project, content)
    assert doc is None
    assert len(problems) == 1, problems
    assert problems[0].severity is Severity.ERROR
    return problems[0]


def at(problem: Problem) -> tuple[str, int, int]:
    return problem.code, problem.line, problem.col


# --- encodings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "name"),
    [
        ("id: x\n".encode("utf-16"), "UTF-16 (little-endian)"),
        ("id: x\n".encode("utf-16-be"), "UTF-16 (big-endian)"),
        ("id: x\n".encode("utf-32"), "UTF-32 (little-endian)"),
        ("id: x\n".encode("utf-32-be"), "UTF-32 (big-endian)"),
        # The shortest file the NUL pattern recognises: one character, two bytes.
        ("a".encode("utf-16-le"), "UTF-16 (little-endian)"),
        ("a".encode("utf-16-be"), "UTF-16 (big-endian)"),
    ],
)
def test_a_utf16_or_utf32_file_is_named_exactly(
    make_project: ProjectFactory, data: bytes, name: str
) -> None:
    problem = rejected(make_project, data)
    assert at(problem) == ("encoding-not-utf8", 1, 1)
    assert problem.message == f"the file is encoded as {name}; fact files must be UTF-8"
    assert problem.hint == SAVE_AS_UTF8


@pytest.mark.parametrize(
    ("data", "col"),
    [
        (b"\x00", 1),  # one byte: too short to be UTF-16, so it is a NUL in UTF-8 text
        (b"ab\x00c: 1\n", 3),  # a NUL after two letters is no UTF-16 pattern
        (b"abc\x00: 1\n", 4),
    ],
)
def test_a_nul_that_is_not_a_utf16_pattern_is_a_control_character(
    make_project: ProjectFactory, data: bytes, col: int
) -> None:
    problem = rejected(make_project, data)
    assert at(problem) == ("yaml-control-character", 1, col)
    assert problem.message == "a NUL byte (U+0000) is not allowed in a fact file"


def test_a_control_character_problem_says_what_and_how(make_project: ProjectFactory) -> None:
    problem = rejected(make_project, "a: x\x07y\n")
    assert problem.message == "the control character U+0007 is not allowed in a fact file"
    assert problem.hint == CONTROL_HINT
    two = rejected(make_project, "a: x\x07y\x07\n")
    assert two.message == (
        "the control character U+0007 is not allowed in a fact file (1 more in this file)"
    )


def test_u_ffff_alone_is_found(make_project: ProjectFactory) -> None:
    # The only odd bytes of this file are U+FFFF's: the fast test on the bytes must see it.
    problem = rejected(make_project, "a: x\uffff\n")
    assert at(problem) == ("yaml-control-character", 1, 5)
    assert problem.message == "the control character U+FFFF is not allowed in a fact file"


@pytest.mark.parametrize(
    ("content", "line", "col"),
    [
        ("\na: x\x07\n", 2, 5),  # the only line break before it is the file's first character
        ("\n\nb: 1\na: x\x07\n", 4, 5),
    ],
)
def test_a_control_character_after_a_leading_blank_line(
    make_project: ProjectFactory, content: str, line: int, col: int
) -> None:
    # Bytes: make_project drops one leading new line of a text.
    problem = rejected(make_project, content.encode())
    assert at(problem) == ("yaml-control-character", line, col)


@pytest.mark.parametrize(
    ("data", "line", "col"),
    [
        (b"\na: caf\xe9\n", 2, 7),  # the only line break is the file's first byte
        (b"a: 1\nb: 2\nc: \xe9\n", 3, 4),  # the last line break before it, not the first
    ],
)
def test_invalid_utf8_is_positioned_from_the_last_line_break(
    make_project: ProjectFactory, data: bytes, line: int, col: int
) -> None:
    problem = rejected(make_project, data)
    assert at(problem) == ("encoding-invalid-utf8", line, col)
    assert problem.message == "byte 0xe9 is not valid UTF-8 (invalid continuation byte)"
    assert problem.hint == (
        f"{SAVE_AS_UTF8}; text in Windows-1256 or Latin-1 must be converted, not renamed"
    )


def test_a_bom_warning_says_what_and_how(make_project: ProjectFactory) -> None:
    doc, problems = load(make_project, "\ufeffa: 1\n")
    assert doc is not None
    assert [(p.code, p.message, p.hint) for p in problems] == [
        (
            "encoding-bom",
            "the file starts with a UTF-8 byte order mark (BOM)",
            "save it as UTF-8 without BOM; the BOM is ignored for now",
        )
    ]
