"""Property-based tests: whatever bytes are in a fact file, loading never raises.

Every outcome is either a document (a mapping of text, with no errors) or problems that name
the file and a line:col >= 1:1. Schema validation of what loads never raises either. And data
written by a YAML emitter loads back unchanged: no value is typed, no key is lost.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docgen import Written, document_from_seed, documents
from factsheet.load import compose as yaml_nodes
from factsheet.load.loader import Document, load_file
from factsheet.model.errors import validate_document
from factsheet.problems import Problem, Severity

FILE = "facts/a.yaml"
SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Pieces of YAML (and of things that break it) to build YAML-ish text from.
TOKENS = [
    "id", "topic", "facts", "a", "b", ": ", ":", "- ", "-", "? ", "\n", "\n", "  ", " ", "\t",
    "[", "]", "{", "}", ", ", "&x ", "*x", "&y ", "*y", "!!int ", "!!str ", "!t ", "! ", "<<: ",
    "---\n", "...\n", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "'", '"', "''", "#", " # c", "|",
    "|-\n", ">", "~", "null", "no", "yes", "010", "0x1F", "1e3", "12:30", "2020-02-30", ".inf",
    "قره باغ", "قمة سوتشي", "é", "😀", "\\", "\\x07", "@", "`", "%", "\r\n", "\r", "\x85",
    "\u2028", "\ufeff", "\x00", "\x07", "\x1b", "\ufffe", "Q212", "2022-10-31",
]  # fmt: skip


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("props")
    (root / "facts").mkdir()
    return root


def load_bytes(root: Path, content: bytes) -> tuple[Document | None, list[Problem]]:
    path = root / FILE
    path.write_bytes(content)
    return load_file(root, path)


def check_outcome(root: Path, content: bytes) -> Document | None:
    """The properties every load must have; returns the document if there is one."""
    doc, problems = load_bytes(root, content)
    lines = content.count(b"\n") + content.count(b"\r") + 2
    for problem in problems:
        assert problem.file == FILE
        assert problem.code and problem.message and problem.hint
        assert 1 <= problem.line <= lines and problem.col >= 1
        assert problem.mark.end_line >= problem.line
    errors = [p for p in problems if p.severity is Severity.ERROR]
    assert (doc is None) == bool(errors)
    if doc is not None:
        assert isinstance(doc.data, dict)
        assert_plain(doc.data)
        for path in doc.marks:
            mark = doc.marks[path]
            assert 1 <= mark.line <= lines and mark.col >= 1
        _, schema_problems = validate_document(doc)
        assert all(p.line >= 1 and p.col >= 1 and p.file == FILE for p in schema_problems)
    return doc


def assert_plain(value: Any) -> None:
    """Only dicts with non-empty text keys, lists, text and None: nothing typed by YAML."""
    if isinstance(value, dict):
        for key, item in value.items():
            assert isinstance(key, str) and key
            assert_plain(item)
    elif isinstance(value, list):
        for item in value:
            assert_plain(item)
    else:
        assert value is None or isinstance(value, str)


@SETTINGS
@given(content=st.binary(max_size=300))
def test_arbitrary_bytes(project: Path, content: bytes) -> None:
    check_outcome(project, content)


@SETTINGS
@given(content=st.lists(st.sampled_from(TOKENS), max_size=60).map("".join))
def test_yaml_ish_text(project: Path, content: str) -> None:
    check_outcome(project, content.encode("utf-8"))


@SETTINGS
@given(
    prefix=st.lists(st.sampled_from(TOKENS), max_size=20).map("".join),
    depth=st.integers(min_value=1, max_value=2_000),
    opener=st.sampled_from(["[", "{a: ", "- ", "-\n", "? ", "[{a: "]),
)
def test_deep_nesting_after_any_prefix(project: Path, prefix: str, depth: int, opener: str) -> None:
    check_outcome(project, (prefix + "\nk: " + opener * depth + "x\n").encode("utf-8"))


# Data an editor could write: text keys (not empty), text or empty values, lists, mappings.
# The emitter writes NEL, U+2028 and U+2029 raw, and the loader rejects those on purpose
# (libyaml counts them as line breaks, editors do not), so they are left out here.
REJECTED_RAW = "\x85\u2028\u2029"
CHARS = st.characters(blacklist_characters=REJECTED_RAW, blacklist_categories=["Cs"])
KEYS = st.text(CHARS, min_size=1, max_size=12)
SCALARS = st.one_of(
    st.none(),
    st.text(CHARS, max_size=20),
    st.sampled_from([t for t in TOKENS if not set(t) & set(REJECTED_RAW)]),
)
DATA = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, min_size=1, max_size=4)
    ),
    max_leaves=25,
)


@SETTINGS
@given(data=st.dictionaries(KEYS, DATA, min_size=1, max_size=5), flow=st.booleans())
def test_emitted_yaml_loads_back_unchanged(project: Path, data: dict[str, Any], flow: bool) -> None:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=flow)
    doc, problems = load_bytes(project, text.encode("utf-8"))
    assert problems == []
    assert doc is not None
    assert doc.data == data


@SETTINGS
@given(content=st.lists(st.sampled_from(TOKENS), max_size=40).map("".join))
def test_skipping_the_event_scan_never_hides_a_problem(project: Path, content: str) -> None:
    # The event scan runs only when a cheap test says the text may hold a tag, anchor or
    # alias. Forcing it on must not find anything that the cheap test let through.
    gated = load_bytes(project, content.encode("utf-8"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(yaml_nodes, "_maybe_properties", lambda text: True)
        forced = load_bytes(project, content.encode("utf-8"))
    assert (gated[0] is None) == (forced[0] is None)
    assert {p.code for p in gated[1]} == {p.code for p in forced[1]}


# --- generated fact files: most load, so the assertions about loaded documents run ----------


@SETTINGS
@given(generated=documents())
def test_generated_fact_files_load_exactly_and_say_where(
    project: Path, generated: tuple[Written, str | None]
) -> None:
    written, broken_text = generated
    if broken_text is not None:
        check_outcome(project, broken_text.encode("utf-8"))
        return
    doc = check_outcome(project, written.text.encode("utf-8"))
    assert doc is not None
    assert doc.data == written.data
    where = {path: (doc.marks[path].line, doc.marks[path].col) for path in written.marks}
    assert where == written.marks
    records, problems = validate_document(doc)
    assert problems == [] and records is not None
    assert [fact.id for fact in records.facts] == [f["id"] for f in written.data["facts"]]


def test_a_good_share_of_generated_files_load(project: Path) -> None:
    generated = [document_from_seed(seed) for seed in range(300)]
    loaded = [
        load_bytes(project, (text if text is not None else w.text).encode("utf-8"))[0] is not None
        for w, text in generated
    ]
    broken = [ok for ok, (_w, text) in zip(loaded, generated, strict=True) if text is not None]
    assert 0.3 <= sum(loaded) / len(loaded) <= 0.8
    # Broken files both load (harmless edits) and fail: both branches of the tests run.
    assert 0.1 <= sum(broken) / len(broken) <= 0.9


@pytest.mark.parametrize("content", ["\ufeff\ufeff*x", "\ufeff\ufeff!!str x", "\ufeff\ufeff&a x"])
def test_a_property_after_a_second_byte_order_mark_is_reported_as_one(
    project: Path, content: str
) -> None:
    # libyaml skips a BOM inside the text too; the cheap test for properties must not miss
    # what follows one (found by test_skipping_the_event_scan_never_hides_a_problem).
    problems = load_bytes(project, content.encode("utf-8"))[1]
    assert {p.code for p in problems} & {"yaml-alias", "yaml-tag", "yaml-anchor"}, problems
