"""The YAML loader: every rejection with its code and exact line:col, and what loads unchanged.

Each test writes a small project with ``make_project`` and loads ``facts/a.yaml`` (or the tree).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from factsheet.load.compose import MAX_DEPTH
from factsheet.load.loader import MAX_FILE_BYTES, Document, load_file, load_tree
from factsheet.problems import Mark, Problem, Severity

ProjectFactory = Callable[..., Path]
FILE = "facts/a.yaml"


def load(
    make_project: ProjectFactory, content: str | bytes
) -> tuple[Document | None, list[Problem]]:
    root = make_project({FILE: content})
    return load_file(root, root / FILE)


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, problems
    return problems[0]


def rejected(make_project: ProjectFactory, content: str | bytes) -> Problem:
    """The single problem of a file that must not load."""
    doc, problems = load(make_project, content)
    assert doc is None
    problem = only(problems)
    assert problem.file == FILE
    assert problem.severity is Severity.ERROR
    assert problem.hint
    return problem


def at(problem: Problem) -> tuple[str, int, int]:
    return problem.code, problem.line, problem.col


# --- encodings ------------------------------------------------------------------------------


def test_invalid_utf8_is_reported_at_the_first_bad_byte(make_project: ProjectFactory) -> None:
    problem = rejected(make_project, b"id: ok\nname: caf\xe9 noir\n")
    assert at(problem) == ("encoding-invalid-utf8", 2, 10)
    assert "0xe9" in problem.message


def test_invalid_utf8_column_counts_characters_not_bytes(make_project: ProjectFactory) -> None:
    # "قره" is 3 characters but 6 bytes; the bad byte is the 7th character of the line.
    problem = rejected(make_project, "a: قره".encode() + b"\xff\n")
    assert at(problem) == ("encoding-invalid-utf8", 1, 7)


def test_encoded_surrogate_is_invalid_utf8(make_project: ProjectFactory) -> None:
    assert at(rejected(make_project, b"a: x\xed\xa0\x80\n")) == ("encoding-invalid-utf8", 1, 5)


@pytest.mark.parametrize(
    ("codec", "name"),
    [
        ("utf-16", "UTF-16 (little-endian)"),  # with BOM
        ("utf-16-be", "UTF-16 (big-endian)"),  # no BOM: NUL before the first ASCII byte
        ("utf-16-le", "UTF-16 (little-endian)"),
        ("utf-32", "UTF-32 (little-endian)"),
        ("utf-32-be", "UTF-32 (big-endian)"),
        ("utf-32-le", "UTF-32 (little-endian)"),
    ],
)
def test_utf16_and_utf32_are_named(make_project: ProjectFactory, codec: str, name: str) -> None:
    problem = rejected(make_project, "id: قمة\n".encode(codec))
    assert at(problem) == ("encoding-not-utf8", 1, 1)
    assert name in problem.message


def test_utf8_bom_is_a_warning_and_the_file_still_loads(make_project: ProjectFactory) -> None:
    doc, problems = load(make_project, "\ufeffid: x\nb: y\n")
    problem = only(problems)
    assert at(problem) == ("encoding-bom", 1, 1)
    assert problem.severity is Severity.WARNING
    assert doc is not None and doc.data == {"id": "x", "b": "y"}
    # Columns on line 1 are the editor's, which does not show the BOM.
    assert doc.key_mark(("id",)) == Mark(1, 1, 1, 3)
    assert doc.mark(("id",)) == Mark(1, 5, 1, 6)


@pytest.mark.parametrize(
    ("content", "line", "col", "words"),
    [
        ("a: ok\nb: x\x07y\n", 2, 5, "U+0007"),
        ("abc: x\x00\n", 1, 7, "NUL"),
        ("a: x\x7fy\n", 1, 5, "U+007F"),
        ("a: x\x85y\n", 1, 5, "U+0085"),
        ("a: x\x9by\n", 1, 5, "U+009B"),
        ("a: x\u2028y\n", 1, 5, "U+2028"),
        ("a: 1\n\nb: x\u2029\n", 3, 5, "U+2029"),
        ("a: x\ufffe\n", 1, 5, "U+FFFE"),
        ("a: 1\rb: 2\n", 1, 5, "carriage return"),
        (
            "a: \x1b[31mred\x1b[0m\n",
            1,
            4,
            "U+001B is not allowed in a fact file (1 more in this file)",
        ),
    ],
)
def test_control_characters(
    make_project: ProjectFactory, content: str, line: int, col: int, words: str
) -> None:
    problem = rejected(make_project, content.encode("utf-8"))
    assert at(problem) == ("yaml-control-character", line, col)
    assert words in problem.message


def test_crlf_line_ends_and_tabs_inside_text_are_fine(make_project: ProjectFactory) -> None:
    doc, problems = load(make_project, b"a: 1\r\nb: 'x\ty'\r\n")
    assert problems == []
    assert doc is not None and doc.data == {"a": "1", "b": "x\ty"}
    assert doc.mark(("b",)) == Mark(2, 4, 2, 9)


# --- keys -----------------------------------------------------------------------------------


def test_duplicate_key_names_both_lines(make_project: ProjectFactory) -> None:
    problem = rejected(make_project, "topic: summit\nfacts: []\nid: a\nnote: x\nid: b\n")
    assert at(problem) == ("yaml-duplicate-key", 5, 1)
    assert problem.message == "key 'id' is already defined on line 3"
    assert problem.related == ((FILE, Mark(3, 1, 3, 3)),)


def test_duplicate_key_in_a_nested_flow_mapping(make_project: ProjectFactory) -> None:
    content = "facts:\n  - id: a\n    label: {ar: س, en: x, ar: ص}\n"
    problem = rejected(make_project, content)
    assert at(problem) == ("yaml-duplicate-key", 3, 27)
    assert problem.message == "key 'ar' is already defined on line 3"


def test_quoted_and_plain_spellings_of_a_key_are_duplicates(make_project: ProjectFactory) -> None:
    problem = rejected(make_project, 'id: a\n"id": b\n')
    assert at(problem) == ("yaml-duplicate-key", 2, 1)


def test_merge_key(make_project: ProjectFactory) -> None:
    assert at(rejected(make_project, "a: 1\n<<: {b: 2}\n")) == ("yaml-merge-key", 2, 1)


@pytest.mark.parametrize(
    ("content", "line", "col"),
    [
        ("? [a]\n: 1\n", 1, 3),
        ("{a: 1}: 2\n", 1, 1),
        ("x: 1\n[a, b]: 2\n", 2, 1),
    ],
)
def test_key_that_is_a_list_or_mapping(
    make_project: ProjectFactory, content: str, line: int, col: int
) -> None:
    assert at(rejected(make_project, content)) == ("yaml-key-not-string", line, col)


@pytest.mark.parametrize(
    ("content", "line", "col"),
    [
        ('a: 1\n"": 2\n', 2, 1),
        ("a: 1\n~: 2\n", 2, 1),
        ("a: 1\nnull: 2\n", 2, 1),
        ("a:\n  ? \n  : 2\n", 2, 4),
    ],
)
def test_empty_or_null_key(make_project: ProjectFactory, content: str, line: int, col: int) -> None:
    assert at(rejected(make_project, content)) == ("yaml-empty-key", line, col)


def test_quoted_null_and_merge_keys_are_plain_text(make_project: ProjectFactory) -> None:
    doc, problems = load(make_project, "\"null\": 1\n'<<': 2\n")
    assert problems == []
    assert doc is not None and doc.data == {"null": "1", "<<": "2"}


def test_every_bad_key_in_a_file_is_reported(make_project: ProjectFactory) -> None:
    doc, problems = load(make_project, "a: 1\na: 2\nb:\n  <<: {c: 1}\n  ~: 3\n")
    assert doc is None
    assert [at(p) for p in problems] == [
        ("yaml-duplicate-key", 2, 1),
        ("yaml-merge-key", 4, 3),
        ("yaml-empty-key", 5, 3),
    ]


# --- tags, anchors, aliases -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "line", "col", "tag"),
    [
        ("a: 1\nb: !!int 3\n", 2, 4, "!!int"),
        ("a: !foo x\n", 1, 4, "!foo"),
        ("a: !!str 010\n", 1, 4, "!!str"),
        ("a: ! x\n", 1, 4, "'!'"),
        ("a: !!map {b: 1}\n", 1, 4, "!!map"),
        ("a:\n  - !!seq [1]\n", 2, 5, "!!seq"),
        ("!!str a: 1\n", 1, 1, "!!str"),
        ("a: !<tag:yaml.org,2002:int> 3\n", 1, 4, "!!int"),
    ],
)
def test_explicit_tags(
    make_project: ProjectFactory, content: str, line: int, col: int, tag: str
) -> None:
    problem = rejected(make_project, content)
    assert at(problem) == ("yaml-tag", line, col)
    assert tag in problem.message


def test_anchor_without_alias(make_project: ProjectFactory) -> None:
    problem = rejected(make_project, "a: 1\nb: &base x\n")
    assert at(problem) == ("yaml-anchor", 2, 4)
    assert "&base" in problem.message


def test_anchor_and_every_alias(make_project: ProjectFactory) -> None:
    doc, problems = load(make_project, "a: &x {b: 1}\nc: *x\nd: [1, *x]\n")
    assert doc is None
    assert [at(p) for p in problems] == [
        ("yaml-anchor", 1, 4),
        ("yaml-alias", 2, 4),
        ("yaml-alias", 3, 8),
    ]


def test_undefined_alias_is_reported_once(make_project: ProjectFactory) -> None:
    assert at(rejected(make_project, "a: *nope\n")) == ("yaml-alias", 1, 4)


def test_billion_laughs_is_rejected_without_expanding(make_project: ProjectFactory) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    doc, problems = load(make_project, "\n".join(lines) + "\n")
    assert doc is None
    assert {p.code for p in problems} == {"yaml-anchor", "yaml-alias"}
    assert len(problems) == 10 + 9 * 10


def test_ampersands_and_asterisks_in_text_are_fine(make_project: ProjectFactory) -> None:
    content = "url: https://example.org/?a=1&b=2\nnote: AT & T, 5 * 3, a*b, wow!\n"
    doc, problems = load(make_project, content)
    assert problems == []
    assert doc is not None
    assert doc.data["note"] == "AT & T, 5 * 3, a*b, wow!"


# --- documents and the top level ------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "line"),
    [
        ("a: 1\n---\nb: 2\n", 2),
        ("# one\na: 1\n--- \n", 3),
        ("---\na: 1\n...\n---\nb: 2\n", 4),
    ],
)
def test_more_than_one_document(make_project: ProjectFactory, content: str, line: int) -> None:
    assert at(rejected(make_project, content)) == ("yaml-multiple-documents", line, 1)


def test_one_document_with_markers_and_a_directive_loads(make_project: ProjectFactory) -> None:
    doc, problems = load(make_project, "%YAML 1.1\n---\na: 1\n...\n")
    assert problems == []
    assert doc is not None and doc.data == {"a": "1"}


@pytest.mark.parametrize("content", [b"", "# only a comment\n", "\n  \n", "---\n# nothing\n"])
def test_empty_file(make_project: ProjectFactory, content: str | bytes) -> None:
    assert at(rejected(make_project, content)) == ("yaml-empty", 1, 1)


@pytest.mark.parametrize(
    ("content", "line", "col"),
    [
        ("- a\n- b\n", 1, 1),
        ("just some text\n", 1, 1),
        ("# comment\n\n  [a, b]\n", 3, 3),
        ("'quoted'\n", 1, 1),
    ],
)
def test_top_level_that_is_not_a_mapping(
    make_project: ProjectFactory, content: str, line: int, col: int
) -> None:
    assert at(rejected(make_project, content)) == ("yaml-top-level", line, col)


# --- nesting --------------------------------------------------------------------------------


def test_nesting_at_the_limit_loads(make_project: ProjectFactory) -> None:
    depth = MAX_DEPTH - 1  # brackets; the top-level mapping is one more level
    doc, problems = load(make_project, "a: " + "[" * depth + "x" + "]" * depth + "\n")
    assert problems == []
    assert doc is not None


@pytest.mark.parametrize("depth", [MAX_DEPTH, 999, 1_000, 10_000, 200_000])
def test_deep_flow_nesting(make_project: ProjectFactory, depth: int) -> None:
    # Level 1 is the top-level mapping, so the 32nd '[' (column 3 + 32) is level 33.
    problem = rejected(make_project, "a: " + "[" * depth + "]" * depth + "\n")
    assert at(problem) == ("yaml-too-deep", 1, 3 + MAX_DEPTH)


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 10_000])
def test_deep_block_lists(make_project: ProjectFactory, depth: int) -> None:
    # Each '- ' opens a list one level deeper; the 32nd one (column 63) is level 33.
    problem = rejected(make_project, "a:\n" + "- " * depth + "x\n")
    assert at(problem) == ("yaml-too-deep", 2, 2 * MAX_DEPTH - 1)


def test_deep_block_mappings(make_project: ProjectFactory) -> None:
    content = "".join(" " * i + "k:\n" for i in range(MAX_DEPTH + 1)) + " " * 40 + "v\n"
    assert at(rejected(make_project, content)) == ("yaml-too-deep", MAX_DEPTH + 1, MAX_DEPTH + 1)


def test_deep_nesting_found_by_the_event_scan(make_project: ProjectFactory) -> None:
    # A '!' sends the file through the event scan first; it stops at the same place.
    problem = rejected(make_project, "a: '!'\nb: " + "{k: " * 40 + "v" + "}" * 40 + "\n")
    assert at(problem) == ("yaml-too-deep", 2, 3 + 4 * (MAX_DEPTH - 1) + 1)


# --- size and syntax ------------------------------------------------------------------------


def test_file_over_the_size_limit(make_project: ProjectFactory) -> None:
    problem = rejected(make_project, b"a: " + b"x" * MAX_FILE_BYTES + b"\n")
    assert at(problem) == ("file-too-large", 1, 1)
    assert f"{MAX_FILE_BYTES + 4:,} bytes" in problem.message


def test_file_at_the_size_limit_loads(make_project: ProjectFactory) -> None:
    content = b"a: " + b"x" * (MAX_FILE_BYTES - 4) + b"\n"
    assert len(content) == MAX_FILE_BYTES
    doc, problems = load(make_project, content)
    assert problems == [] and doc is not None


@pytest.mark.parametrize(
    ("content", "line", "col", "hint"),
    [
        ("a: b: c\n", 1, 5, "quotes"),
        ("a:\n\tb: 1\n", 2, 1, "never tabs"),
        ("a: @x\n", 1, 4, "cannot start with '@'"),
        ("a: `x\n", 1, 4, "cannot start with '`'"),
        ("a: 'x\nb: 2\n", 3, 1, "close the quote"),
        ("a: [1, 2\n", 2, 1, "close the"),
        ("a: 1\n b: 2\n", 2, 3, "quotes"),
        ("- a\nb: 1\n", 2, 1, "same column"),
        ("a: 1\n- b\n", 2, 1, "same column"),
    ],
)
def test_syntax_errors(
    make_project: ProjectFactory, content: str, line: int, col: int, hint: str
) -> None:
    problem = rejected(make_project, content)
    assert at(problem) == ("yaml-syntax", line, col)
    assert problem.hint is not None and hint in problem.hint


def test_syntax_error_names_where_the_quote_started(make_project: ProjectFactory) -> None:
    problem = rejected(make_project, 'a: 1\nb: "never closed\n')
    assert "starts at line 2:4" in problem.message


# --- what loads, unchanged ------------------------------------------------------------------


def test_yaml_11_surprises_stay_text(make_project: ProjectFactory) -> None:
    content = (
        "a: no\nb: yes\nc: on\nd: 010\ne: 0x1F\nf: 1e3\ng: 12:30\nh: 2020-02-30\n"
        "i: .inf\nj: true\nk: 1_000\nl: 2022-10-31T10:00:00Z\nm: 3.0\n"
    )
    doc, problems = load(make_project, content)
    assert problems == []
    assert doc is not None
    assert doc.data == {
        "a": "no",
        "b": "yes",
        "c": "on",
        "d": "010",
        "e": "0x1F",
        "f": "1e3",
        "g": "12:30",
        "h": "2020-02-30",
        "i": ".inf",
        "j": "true",
        "k": "1_000",
        "l": "2022-10-31T10:00:00Z",
        "m": "3.0",
    }


def test_plain_nulls_are_none_and_quoted_ones_are_text(make_project: ProjectFactory) -> None:
    doc, problems = load(make_project, "a:\nb: ~\nc: null\nd: ''\ne: \"null\"\nf: [~, '']\n")
    assert problems == []
    assert doc is not None
    assert doc.data == {"a": None, "b": None, "c": None, "d": "", "e": "null", "f": [None, ""]}


def test_block_scalars_keep_their_text(make_project: ProjectFactory) -> None:
    doc, problems = load(make_project, "a: |\n  line 1\n  line 2\nb: >-\n  folded\n  text\n")
    assert problems == []
    assert doc is not None and doc.data == {"a": "line 1\nline 2\n", "b": "folded text"}


def test_marks_of_keys_values_and_items(make_project: ProjectFactory) -> None:
    content = (
        "topic: summit\n"
        "facts:\n"
        "  - id: sochi\n"
        "    label: {ar: قمة سوتشي, en: Sochi summit}\n"
        "    related: [a, b]\n"
    )
    doc, problems = load(make_project, content)
    assert problems == []
    assert doc is not None
    assert doc.mark(("topic",)) == Mark(1, 8, 1, 14)
    assert doc.key_mark(("topic",)) == Mark(1, 1, 1, 6)
    assert doc.mark(("facts", 0, "id")) == Mark(3, 9, 3, 14)
    assert doc.key_mark(("facts", 0, "id")) == Mark(3, 5, 3, 7)
    # Columns count characters: "قمة سوتشي" is 9 characters (17 bytes).
    assert doc.mark(("facts", 0, "label", "ar")) == Mark(4, 17, 4, 26)
    assert doc.mark(("facts", 0, "label", "en")) == Mark(4, 32, 4, 44)
    assert doc.mark(("facts", 0, "label")) == Mark(4, 12, 4, 45)
    assert doc.mark(("facts", 0, "related", 1)) == Mark(5, 18, 5, 19)


def test_mark_falls_back_to_the_nearest_written_ancestor(make_project: ProjectFactory) -> None:
    doc, _ = load(make_project, "facts:\n  - id: a\n")
    assert doc is not None
    assert doc.mark(("facts", 0, "claims", 2)) == doc.mark(("facts", 0))
    assert doc.mark(("facts", 0)).line == 2
    assert doc.mark(("nothing",)) == doc.mark(())
    # A list item has no key: its key mark is its value mark.
    assert doc.key_mark(("facts", 0)) == doc.mark(("facts", 0))


def test_marks_answer_membership_and_iterate_every_path(make_project: ProjectFactory) -> None:
    doc, _ = load(make_project, "a: [x, {b: ~}]\nc: d\n")
    assert doc is not None
    assert ("a", 1, "b") in doc.marks
    assert ("a", 2) not in doc.marks and ("z",) not in doc.marks
    assert list(doc.marks) == [(), ("a",), ("a", 0), ("a", 1), ("a", 1, "b"), ("c",)]
    assert list(doc.key_marks) == [("a",), ("a", 1, "b"), ("c",)]
    assert len(doc.marks) == 6


def test_document_still_accepts_plain_dicts_of_marks() -> None:
    doc = Document("facts/x.yaml", {"a": "1"}, {(): Mark(1, 1), ("a",): Mark(1, 4)})
    assert doc.mark(("a", "b")) == Mark(1, 4)
    assert doc.key_mark(("a",)) == Mark(1, 4)


# --- files and folders ----------------------------------------------------------------------


def test_symlink_to_a_file_is_not_followed(make_project: ProjectFactory, tmp_path: Path) -> None:
    outside = tmp_path / "secret.yaml"
    outside.write_text("a: 1\n", encoding="utf-8")
    root = make_project({"facts/ok.yaml": "a: 1\n"})
    (root / "facts" / "link.yaml").symlink_to(outside)
    (root / "facts" / "inside.yaml").symlink_to(root / "facts" / "ok.yaml")
    (root / "facts" / "broken.yaml").symlink_to(root / "missing.yaml")
    docs, problems = load_tree(root)
    assert [d.file for d in docs] == ["facts/ok.yaml"]
    assert sorted((p.file, p.code, p.line, p.col) for p in problems) == [
        ("facts/broken.yaml", "file-symlink", 1, 1),
        ("facts/inside.yaml", "file-symlink", 1, 1),
        ("facts/link.yaml", "file-symlink", 1, 1),
    ]


def test_symlinked_folder_is_not_followed(make_project: ProjectFactory, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "b.yaml").write_text("a: 1\n", encoding="utf-8")
    root = make_project({})
    (root / "facts" / "more").symlink_to(other, target_is_directory=True)
    docs, problems = load_tree(root)
    assert docs == []
    assert [(p.file, p.code) for p in problems] == [("facts/more", "file-symlink")]


def test_load_file_refuses_a_symlink_too(make_project: ProjectFactory) -> None:
    root = make_project({"facts/ok.yaml": "a: 1\n"})
    (root / "facts" / "link.yaml").symlink_to(root / "facts" / "ok.yaml")
    doc, problems = load_file(root, root / "facts" / "link.yaml")
    assert doc is None
    assert [(p.file, p.code) for p in problems] == [("facts/link.yaml", "file-symlink")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_not_read(make_project: ProjectFactory) -> None:
    root = make_project({})
    os.mkfifo(root / "facts" / "pipe.yaml")
    os.mkfifo(root / "facts" / "pipe.txt")
    docs, problems = load_tree(root)  # must not block waiting for a writer
    assert docs == []
    assert sorted((p.file, p.code, p.severity) for p in problems) == [
        ("facts/pipe.txt", "file-not-regular", Severity.ERROR),
        ("facts/pipe.yaml", "file-not-regular", Severity.ERROR),
    ]


def test_missing_file_is_a_problem_not_an_exception(make_project: ProjectFactory) -> None:
    root = make_project({})
    doc, problems = load_file(root, root / "facts" / "gone.yaml")
    assert doc is None
    assert [(p.file, p.code, p.line, p.col) for p in problems] == [
        ("facts/gone.yaml", "file-unreadable", 1, 1)
    ]


def test_other_files_get_a_warning(make_project: ProjectFactory) -> None:
    root = make_project(
        {
            "facts/a.yaml": "a: 1\n",
            "facts/notes.txt": "x",
            "facts/data.json": "{}",
            "facts/UPPER.YAML": "a: 1\n",
            "facts/.gitkeep": "",
            "facts/.DS_Store": "x",
            "facts/.draft.yaml": "a: 1\n",
            "facts/.git/config": "x",
        }
    )
    (root / "facts" / ".#a.yaml").symlink_to("user@host.1234")  # an Emacs lock file
    docs, problems = load_tree(root)
    assert [d.file for d in docs] == ["facts/a.yaml"]
    found = sorted((p.file, p.code, p.severity) for p in problems)
    assert found == [
        ("facts/.draft.yaml", "file-hidden", Severity.WARNING),
        ("facts/UPPER.YAML", "file-not-yaml", Severity.WARNING),
        ("facts/data.json", "file-not-yaml", Severity.WARNING),
        ("facts/notes.txt", "file-not-yaml", Severity.WARNING),
    ]
    upper = next(p for p in problems if p.file == "facts/UPPER.YAML")
    assert upper.hint is not None and "lower case" in upper.hint


def test_tree_order_is_stable_and_includes_sub_folders(make_project: ProjectFactory) -> None:
    root = make_project(
        {
            "facts/b.yaml": "a: 1\n",
            "facts/a.yml": "a: 1\n",
            "facts/z/c.yaml": "a: 1\n",
            "facts/m/d.yaml": "a: 1\n",
            "facts/m-x.yaml": "a: 1\n",
        }
    )
    docs, problems = load_tree(root)
    assert problems == []
    assert [d.file for d in docs] == [
        "facts/a.yml",
        "facts/b.yaml",
        "facts/m/d.yaml",
        "facts/m-x.yaml",
        "facts/z/c.yaml",
    ]


def test_tree_reports_every_file_and_keeps_the_good_ones(make_project: ProjectFactory) -> None:
    root = make_project({"facts/good.yaml": "a: 1\n", "facts/bad.yaml": "a: 1\na: 2\n"})
    docs, problems = load_tree(root)
    assert [d.file for d in docs] == ["facts/good.yaml"]
    assert [(p.file, p.code, p.line) for p in problems] == [
        ("facts/bad.yaml", "yaml-duplicate-key", 2)
    ]


def test_missing_facts_folder(tmp_path: Path) -> None:
    docs, problems = load_tree(tmp_path)
    assert docs == []
    assert [(p.file, p.code, p.line, p.col) for p in problems] == [
        ("facts", "file-missing-folder", 1, 1)
    ]


def test_symlinked_facts_folder_is_not_followed(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.yaml").write_text("a: 1\n", encoding="utf-8")
    root = tmp_path / "project"
    root.mkdir()
    (root / "facts").symlink_to(real, target_is_directory=True)
    docs, problems = load_tree(root)
    assert docs == []
    assert [(p.file, p.code) for p in problems] == [("facts", "file-symlink")]


def test_facts_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "facts").write_text("a: 1\n", encoding="utf-8")
    docs, problems = load_tree(tmp_path)
    assert docs == []
    assert [(p.file, p.code) for p in problems] == [("facts", "file-missing-folder")]


def test_many_duplicates_each_name_the_first_definition(make_project: ProjectFactory) -> None:
    # Indexed once per mapping: thousands of repeats stay linear.
    content = "".join(f"k{i}: 1\n" for i in range(3000)) + "k2999: 2\n" * 3000
    doc, problems = load(make_project, content)
    assert doc is None
    assert len(problems) == 3000
    assert {p.message for p in problems} == {"key 'k2999' is already defined on line 3000"}
    assert [p.line for p in problems] == list(range(3001, 6001))


@pytest.mark.parametrize(
    ("content", "code", "line"),
    [("---\n%YAML 1.1\n", "yaml-syntax", 3), ("---\n---\n", "yaml-multiple-documents", 2)],
)
def test_what_follows_an_empty_document_is_read(
    make_project: ProjectFactory, content: str, code: str, line: int
) -> None:
    # An empty first document does not hide a syntax error or a second document after it.
    assert at(rejected(make_project, content))[:2] == (code, line)
