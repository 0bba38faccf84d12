"""The loader at its edges: the exact texts of its problems, positions after a leading blank
line, and the shortest inputs each encoding rule sees.

Each test writes a small project with ``make_project`` and loads ``facts/a.yaml``, as
tests/test_loader.py does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from factsheet.load.compose import _nesting_problem, compose, parse_single, syntax_problem
from factsheet.load.data import LazyMarks, Source, to_data
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
        ("id: x\n".encode("utf-32-le"), "UTF-32 (little-endian)"),
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


# --- composing ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "code", "message", "hint"),
    [
        (
            "",
            "yaml-empty",
            "the file is empty (or has only comments)",
            "add content such as 'topic: <topic-id>' and 'facts:', or delete the file",
        ),
        (
            "a: 1\n---\nb: 2\n",
            "yaml-multiple-documents",
            "a second YAML document starts here; a fact file holds one document",
            "remove the '---' line (and everything after it, or move it to its own file)",
        ),
        (
            "a: *x\n",
            "yaml-alias",
            "the alias '*x' is not allowed: every value is written out where it is used",
            "replace '*x' with the value itself",
        ),
        (
            "a: &x 1\n",
            "yaml-anchor",
            "the anchor '&x' is not allowed",
            "remove '&x'; anchors and aliases make facts hard to review",
        ),
        (
            "a: !!str 1\n",
            "yaml-tag",
            "the tag '!!str' is not allowed: values are typed by the schema, not by YAML tags",
            "remove '!!str'; put the value in quotes if it must stay text",
        ),
        (
            "a: " + "[" * 40 + "]" * 40 + "\n",
            "yaml-too-deep",
            "nesting is deeper than 32 levels",
            "fact files need only a few levels; check the indentation or the brackets",
        ),
    ],
)
def test_each_yaml_problem_says_what_is_wrong_and_how_to_fix_it(
    make_project: ProjectFactory, content: str, code: str, message: str, hint: str
) -> None:
    problem = rejected(make_project, content)
    assert (problem.code, problem.message, problem.hint) == (code, message, hint)


def test_a_syntax_error_after_an_anchor_is_positioned_by_the_event_scan(
    make_project: ProjectFactory,
) -> None:
    # The anchor makes the event scan run first; the syntax error it stops at is reported
    # with libyaml's position and the hint for the character that cannot start a value.
    doc, problems = load(make_project, "a: &x 1\nb: @c\n")
    assert doc is None
    assert [(p.code, p.line, p.col, p.hint) for p in problems] == [
        ("yaml-anchor", 1, 4, "remove '&x'; anchors and aliases make facts hard to review"),
        (
            "yaml-syntax",
            2,
            4,
            "put the value in quotes: a plain value cannot start with '@'",
        ),
    ]
    assert problems[1].message == (
        "found character that cannot start any token "
        "(while scanning for the next token that starts at line 2:4)"
    )


# What libyaml does not produce from a file, but syntax_problem must still turn into a
# positioned problem: an error that is not YAML's, and YAML errors without marks or texts.
GENERIC = "check the indentation, quotes and brackets at this position"


def _yaml_mark(index: int, line: int = 0, column: int | None = None) -> yaml.Mark:
    return yaml.Mark("f", index, line, index if column is None else column, None, 0)


@pytest.mark.parametrize(
    ("exc", "text", "expected"),
    [
        (ValueError("boom"), "", ("the YAML parser failed: boom", 1, 1, GENERIC)),
        (yaml.MarkedYAMLError(), "", ("invalid YAML", 1, 1, GENERIC)),
        (yaml.MarkedYAMLError(context="while x"), "", ("while x", 1, 1, GENERIC)),
        # A context without its mark adds nothing to the message.
        (
            yaml.MarkedYAMLError(context="while x", problem="p", problem_mark=_yaml_mark(3)),
            "a: b",
            ("p", 1, 4, GENERIC),
        ),
        (
            yaml.MarkedYAMLError(
                context="while x",
                context_mark=_yaml_mark(0),
                problem="p",
                problem_mark=_yaml_mark(3),
            ),
            "a: b",
            ("p (while x that starts at line 1:1)", 1, 4, GENERIC),
        ),
        # At the end of the text there is no character to name.
        (
            yaml.MarkedYAMLError(
                problem="found character that cannot start any token", problem_mark=_yaml_mark(4)
            ),
            "a: b",
            ("found character that cannot start any token", 1, 5, GENERIC),
        ),
        (
            yaml.MarkedYAMLError(
                problem="found character that cannot start any token", problem_mark=_yaml_mark(3)
            ),
            "a: \tb",
            ("found character that cannot start any token", 1, 4, "indent with spaces, never tabs"),
        ),
    ],
)
def test_any_parser_error_becomes_a_positioned_syntax_problem(
    exc: Exception, text: str, expected: tuple[str, int, int, str]
) -> None:
    problem = syntax_problem("f", exc, text)
    assert (problem.file, problem.code) == ("f", "yaml-syntax")
    assert (problem.message, problem.line, problem.col, problem.hint) == expected


TOO_DEEP = (
    "nesting is deeper than 32 levels",
    ("fact files need only a few levels; check the indentation or the brackets"),
)


def _too_deep(index: int, line: int = 0, column: int | None = None) -> yaml.MarkedYAMLError:
    return yaml.MarkedYAMLError(
        problem="exceeded maximum nesting depth", problem_mark=_yaml_mark(index, line, column)
    )


@pytest.mark.parametrize(
    ("text", "index", "mark"),
    [
        ("a: b", 0, (1, 1)),  # nothing before the error to scan again
        ("a: b", 4, (1, 5)),  # a mark past the text
        ("a: 1\nb: 2", 7, (2, 3)),  # the text before it is not too deep: the error's place
    ],
)
def test_libyamls_depth_error_is_too_deep_at_its_mark(
    text: str, index: int, mark: tuple[int, int]
) -> None:
    line, col = mark
    problem = _nesting_problem(text, "f", _too_deep(index, line - 1, col - 1))
    assert problem is not None
    assert (problem.file, problem.code, problem.line, problem.col) == ("f", "yaml-too-deep", *mark)
    assert (problem.message, problem.hint) == TOO_DEEP


def test_only_libyamls_depth_error_is_a_nesting_problem() -> None:
    assert _nesting_problem("a: b", "f", ValueError("exceeded maximum nesting depth")) is None
    assert _nesting_problem("a: b", "f", yaml.MarkedYAMLError(problem="other")) is None
    # Without a position there is nothing to report it at: a syntax problem reports it.
    assert (
        _nesting_problem(
            "a: b", "f", yaml.MarkedYAMLError(problem="exceeded maximum nesting depth")
        )
        is None
    )


def test_the_event_scan_counts_levels_down_as_collections_close(
    make_project: ProjectFactory,
) -> None:
    # The anchor makes the event scan run. After the closed '[]' the outer list is level 2
    # again, so the 31st bracket of the run (column 42) is level 33.
    content = "a: &x [[], " + "[" * 40 + "]" * 40 + "]\n"
    doc, problems = load(make_project, content)
    assert doc is None
    assert [at(p) for p in problems] == [("yaml-anchor", 1, 4), ("yaml-too-deep", 1, 42)]


def test_what_the_event_scan_stops_at_is_reported_once(make_project: ProjectFactory) -> None:
    # Composing after the scan found these would report them a second time.
    too_deep = "a: &x " + "[" * 40 + "]" * 40 + "\n"
    assert [at(p) for p in load(make_project, too_deep)[1]] == [
        ("yaml-anchor", 1, 4),
        ("yaml-too-deep", 1, 7 + 31),
    ]
    syntax = "a: &x [1, 2\n"
    assert [p.code for p in load(make_project, syntax)[1]] == ["yaml-anchor", "yaml-syntax"]


def test_a_duplicate_anchor_is_reported_as_the_two_anchors_only(
    make_project: ProjectFactory,
) -> None:
    # libyaml's composer rejects the second '&x'; the event scan already named both anchors,
    # so no "second occurrence" syntax error is added.
    doc, problems = load(make_project, "a: &x 1\nb: &x 2\n")
    assert doc is None
    assert [at(p) for p in problems] == [("yaml-anchor", 1, 4), ("yaml-anchor", 2, 4)]


def test_compose_reads_the_text_when_no_bytes_are_given() -> None:
    node, problems, scanned = compose("a: 1\n", "f")
    assert problems == [] and not scanned
    assert node is not None and node.value[0][0].value == "a"


def test_compose_turns_any_parser_error_into_a_problem() -> None:
    # Bytes that are not UTF-8 (the loader never passes such bytes: decode rejects them)
    # make libyaml's reader fail with an error that has no 'problem'; it is still a problem.
    node, problems, _ = compose("a: 1\n", "f", b"a: \xff\n")
    assert node is None
    assert [(p.code, p.line, p.col) for p in problems] == [("yaml-syntax", 1, 1)]
    assert problems[0].message.startswith("the YAML parser failed: ")


def test_without_the_text_no_character_is_named() -> None:
    exc = yaml.MarkedYAMLError(
        problem="found character that cannot start any token", problem_mark=_yaml_mark(0)
    )
    assert syntax_problem("f", exc).hint == GENERIC


# --- plain data and spans -------------------------------------------------------------------


def test_a_quoted_null_key_keeps_a_null_value(make_project: ProjectFactory) -> None:
    doc, problems = load(make_project, '"null": ~\n"<<": x\n')
    assert problems == []
    assert doc is not None and doc.data == {"null": None, "<<": "x"}


def test_too_deep_is_reported_once_per_file(make_project: ProjectFactory) -> None:
    deep = "[" * 40 + "]" * 40
    doc, problems = load(make_project, f"a: {deep}\nb: {deep}\n")
    assert doc is None
    assert [at(p) for p in problems] == [("yaml-too-deep", 1, 3 + 32)]


def test_an_alias_is_reported_by_to_data_when_the_event_scan_did_not_run() -> None:
    root = parse_single("a: &x [1]\nb: *x\n")
    assert root is not None
    data, problems = to_data(root, "f", scanned=False)
    assert data == {"a": ["1"], "b": None}
    # The alias is the anchored node itself, so the problem points at the anchored value.
    assert [(p.code, p.line, p.col, p.message, p.hint) for p in problems] == [
        ("yaml-alias", 1, 4, "this value is repeated by an alias", "write it out")
    ]


def test_a_duplicate_key_says_how_to_fix_it(make_project: ProjectFactory) -> None:
    problem = rejected(make_project, "a: 1\na: 2\n")
    assert problem.hint == "keep one of the two: YAML would silently use only the last value"


def test_marks_of_paths_that_are_not_in_the_data(make_project: ProjectFactory) -> None:
    doc, _ = load(make_project, "a: xbx\nl: [x]\n")
    assert doc is not None
    # A string is not a mapping, even when the key is one of its letters.
    assert ("a", "b") not in doc.marks
    assert ("l", 1) not in doc.marks and ("l", 0) in doc.marks
    with pytest.raises(KeyError) as missing:
        doc.marks[("a", "b")]
    assert missing.value.args == (("a", "b"),)


@pytest.mark.parametrize("path", [("a", "b"), ("a", 0), ("l", 1), ("l", -1), ("l", "x"), (0,)])
def test_source_find_answers_none_for_a_path_the_text_does_not_have(
    path: tuple[str | int, ...],
) -> None:
    source = Source("a: xyz\nl: [x]\n", {})
    assert source.find(path) == (None, None)


def test_a_span_of_data_the_text_does_not_hold_is_a_key_error() -> None:
    # The text no longer parses: no node holds the span, though the data has the path.
    marks = LazyMarks(Source("a: [\n", {"a": "1"}))
    assert ("a",) in marks
    with pytest.raises(KeyError) as missing:
        marks[("a",)]
    assert missing.value.args == (("a",),)


def test_a_top_level_that_is_not_a_mapping_says_how_to_start(make_project: ProjectFactory) -> None:
    # A top-level list nested 32 levels deep is at the limit: only the top level is wrong.
    problem = rejected(make_project, "[" * 32 + "]" * 32 + "\n")
    assert (problem.code, problem.message, problem.hint) == (
        "yaml-top-level",
        "the top level of a fact file must be a mapping (key: value)",
        "start the file with 'topic:', 'facts:', 'sources:', 'entities:' or 'topics:'",
    )


@pytest.mark.parametrize(("depth", "too_deep"), [(31, False), (32, True)])
def test_the_value_of_a_rejected_key_is_walked_at_its_depth(
    make_project: ProjectFactory, depth: int, too_deep: bool
) -> None:
    # The duplicate key's list is level 2; 31 brackets reach level 32, 32 reach level 33.
    content = "a: 1\na: " + "[" * depth + "]" * depth + "\n"
    doc, problems = load(make_project, content)
    assert doc is None
    codes = ["yaml-duplicate-key", *(["yaml-too-deep"] if too_deep else [])]
    assert [p.code for p in problems] == codes
