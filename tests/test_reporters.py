"""The reporters on hand-made problems: exact text lines, the JSON shape, GitHub escaping."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from factsheet.problems import Mark, Problem, Severity
from factsheet.reporters import (
    REPORTERS,
    Report,
    Summary,
    escape_data,
    escape_property,
    github_annotation,
    markdown_cell,
    report_github,
    report_json,
    report_text,
    resolve_format,
    summary_line,
)

ERROR = Problem(
    "facts/summit.yaml",
    Mark(12, 7, 12, 17),
    "schema-pattern",
    "facts[0].as_of: not a date",
    "dates are written YYYY-MM-DD",
    path="facts[0].as_of",
)
WARNING = Problem(
    "facts/sources.yaml", Mark(3, 5), "url-http", "the URL is not https", None, Severity.WARNING
)
INFOS = [
    Problem("facts/a.yaml", Mark(i, 1), "quote-not-checked", "not stored", None, Severity.INFO)
    for i in (1, 2)
]
SUMMARY = Summary(files=12, topics=2, facts=120, sources=95, entities=40, tool_version="9.9")


def render(reporter: str, report: Report, **kwargs: object) -> str:
    out = io.StringIO()
    REPORTERS[reporter](report, out, **kwargs)  # type: ignore[arg-type]
    return out.getvalue()


def test_text_prints_position_severity_code_message_and_hint() -> None:
    text = render("text", Report([ERROR, WARNING], SUMMARY))
    assert text.splitlines() == [
        "facts/summit.yaml:12:7: error [schema-pattern] facts[0].as_of: not a date",
        "    hint: dates are written YYYY-MM-DD",
        "facts/sources.yaml:3:5: warning [url-http] the URL is not https",
        "1 error, 1 warning in 12 files",
    ]


def test_text_summarises_infos_in_one_line_unless_verbose() -> None:
    report = Report([*INFOS, WARNING], SUMMARY)
    quiet = render("text", report).splitlines()
    assert quiet == [
        "facts/sources.yaml:3:5: warning [url-http] the URL is not https",
        "2 infos not shown (quote-not-checked: 2); use --verbose to list them",
        "ok: 120 facts, 95 sources, 40 entities checked (1 warning)",
    ]
    loud = render("text", report, verbose=True).splitlines()
    assert loud[:2] == [
        "facts/a.yaml:1:1: info [quote-not-checked] not stored",
        "facts/a.yaml:2:1: info [quote-not-checked] not stored",
    ]
    assert len(loud) == 4


def test_summary_line_counts_and_plurals() -> None:
    one = Summary(files=1, facts=1, sources=1, entities=1)
    assert summary_line(Report([], one)) == "ok: 1 fact, 1 source, 1 entity checked"
    assert summary_line(Report([ERROR, ERROR], one)) == "2 errors in 1 file"
    assert summary_line(Report([], SUMMARY)) == "ok: 120 facts, 95 sources, 40 entities checked"


def test_text_keeps_a_message_on_one_line() -> None:
    sneaky = Problem("f.yaml", Mark(1, 1), "c", "a\nf.yaml:9:9: error [x] fake", "h\rint")
    lines = render("text", Report([sneaky], SUMMARY)).splitlines()
    assert lines[0] == "f.yaml:1:1: error [c] a\\nf.yaml:9:9: error [x] fake"
    assert lines[1] == "    hint: h\\rint"


def test_json_report_is_versioned_and_complete() -> None:
    doc = json.loads(render("json", Report([ERROR, WARNING, *INFOS], SUMMARY)))
    assert doc["version"] == 1
    assert doc["tool"] == "factsheet"
    assert doc["tool_version"] == "9.9"
    assert doc["summary"] == {
        "ok": False,
        "errors": 1,
        "warnings": 1,
        "infos": 2,
        "files": 12,
        "topics": 2,
        "facts": 120,
        "sources": 95,
        "entities": 40,
    }
    assert doc["problems"][0] == {
        "file": "facts/summit.yaml",
        "line": 12,
        "col": 7,
        "end_line": 12,
        "end_col": 17,
        "severity": "error",
        "code": "schema-pattern",
        "path": "facts[0].as_of",
        "message": "facts[0].as_of: not a date",
        "hint": "dates are written YYYY-MM-DD",
        "related": [],
    }
    assert len(doc["problems"]) == 4  # infos are always in the JSON


def test_json_lists_related_places() -> None:
    duplicate = Problem("b.yaml", Mark(5, 9), "ref-duplicate-id", "again", related=(
        ("a.yaml", Mark(2, 9)),
    ))  # fmt: skip
    doc = json.loads(render("json", Report([duplicate])))
    assert doc["problems"][0]["related"] == [{"file": "a.yaml", "line": 2, "col": 9}]


def test_json_keeps_arabic_readable() -> None:
    arabic = Problem("f.yaml", Mark(1, 1), "c", "قره باغ")
    out = io.StringIO()
    report_json(Report([arabic]), out)
    assert "قره باغ" in out.getvalue()


def test_github_annotation_has_every_property() -> None:
    assert github_annotation(ERROR) == (
        "::error file=facts/summit.yaml,line=12,col=7,endLine=12,endColumn=17,"
        "title=[schema-pattern]::facts[0].as_of: not a date%0Ahint: dates are written YYYY-MM-DD"
    )
    assert github_annotation(WARNING).startswith("::warning file=facts/sources.yaml,line=3,")
    assert github_annotation(INFOS[0]).startswith("::notice ")


def test_github_escaping_of_data_and_properties() -> None:
    assert escape_data("100% a\r\nb") == "100%25 a%0D%0Ab"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    odd = Problem("facts/a,b:c.yaml", Mark(1, 1), "c", "m")
    assert "file=facts/a%2Cb%3Ac.yaml," in github_annotation(odd)


def test_github_message_cannot_start_a_workflow_command() -> None:
    evil = Problem("f.yaml", Mark(2, 3), "c", "bad\n::set-output name=x::y", "also\r\n::error::z")
    out = io.StringIO()
    report_github(Report([evil], SUMMARY), out, environ={})
    lines = out.getvalue().splitlines()
    assert lines == [
        "::error file=f.yaml,line=2,col=3,endLine=2,endColumn=3,title=[c]::"
        "bad%0A::set-output name=x::y%0Ahint: also%0D%0A::error::z",
        "1 error in 12 files",
    ]
    assert not any(line.startswith("::set-output") for line in lines)


def test_github_hides_infos_unless_verbose() -> None:
    quiet = render("github", Report(INFOS, SUMMARY), environ={})
    assert "::notice" not in quiet
    assert "2 infos not shown" in quiet
    loud = render("github", Report(INFOS, SUMMARY), verbose=True, environ={})
    assert loud.count("::notice ") == 2


def test_github_step_summary_is_an_escaped_markdown_table(tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    target.write_text("earlier step\n", encoding="utf-8")
    html = Problem("f.yaml", Mark(1, 2), "c", "a | b <script>alert(1)</script>", "x & y")
    render("github", Report([html], SUMMARY), environ={"GITHUB_STEP_SUMMARY": str(target)})
    text = target.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n### factsheet validate\n")
    row = (
        "| error | f.yaml:1:2 | c "
        "| a \\| b &lt;script&gt;alert(1)&lt;/script&gt;<br>hint: x &amp; y |"
    )
    assert row in text.splitlines()
    assert "<script>" not in text


def test_markdown_cell_turns_newlines_into_breaks() -> None:
    assert markdown_cell("a\r\nb\nc") == "a<br>b<br>c"


@pytest.mark.parametrize(
    ("name", "env", "expected"),
    [
        ("auto", {"GITHUB_ACTIONS": "true"}, "github"),
        ("auto", {}, "text"),
        ("auto", {"GITHUB_ACTIONS": "false"}, "text"),
        ("json", {"GITHUB_ACTIONS": "true"}, "json"),
    ],
)
def test_auto_format(name: str, env: dict[str, str], expected: str) -> None:
    assert resolve_format(name, env) == expected


def test_every_reporter_is_registered() -> None:
    assert {"text": report_text, "json": report_json, "github": report_github} == REPORTERS


def test_an_unwritable_step_summary_is_reported_not_raised(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "summary.md"
    text = render("github", Report([ERROR], SUMMARY), environ={"GITHUB_STEP_SUMMARY": str(missing)})
    assert text.splitlines()[-1].startswith("factsheet: cannot write the step summary: ")
