"""The command line, in-process through ``main([...])`` and once through the console script."""

from __future__ import annotations

import gc
import json
import os
import shutil
import subprocess
import sys
import types
from datetime import date
from pathlib import Path

import pytest

from conftest import write_project
from factsheet import __version__
from factsheet.cli.commands import main
from factsheet.cli.parser import COMMANDS
from factsheet.model.json_schema import render as render_schema
from factsheet.project import Project

Capsys = pytest.CaptureFixture[str]

TOPICS = """
topics:
  - id: summit
    order: 1
    title: {ar: قمة سوتشي, en: The Sochi summit}
    summary: {ar: موعد القمة ومكانها., en: When and where the summit met.}
site:
  name: {ar: قمة تجريبية, en: A test summit}
  description: {ar: وقائع للاختبار., en: Facts for the tests.}
"""
SOURCES = """
sources:
  - id: article
    kind: news-article
    publisher: {ar: ناشر, en: Publisher}
    title: {ar: روسيا وأرمينيا وأذربيجان, en: "Russia, Armenia and Azerbaijan"}
    language: ar
    stored: seeds/000_c700498ac00d7f2d.txt
"""
FACT = """
topic: summit
facts:
  - id: summit-rounds
    label: {ar: جلسات القمة, en: Rounds of talks}
    statement: {ar: عقدت القمة ثلاث جلسات من المفاوضات., en: The summit held three rounds of talks.}
    value: {type: quantity, unit: session, best: 3}
    as_of: 2022-10-31
    claims:
      - source: article
        quote: {text: وعقدت ثلاث جلسات من المفاوضات, lang: ar}
        locator: {paragraph: 4}
"""
# The same fact with a misspelt field name and a date written day first.
BROKEN_FACT = FACT.replace("    label:", "    lable:").replace("2022-10-31", "31-10-2022")
EXPECTED_ERRORS = [
    "facts/summit.yaml:3:5: error [schema-missing] facts[0].label: missing required field 'label'",
    "    hint: add it; see schema/factsheet.schema.json for its type",
    "facts/summit.yaml:4:5: error [schema-unknown-field] facts[0].lable: unknown field 'lable'",
    "    hint: did you mean 'label'?",
    "facts/summit.yaml:7:12: error [schema-pattern] facts[0].as_of: '31-10-2022' is not a date",
    "    hint: dates are written YYYY-MM-DD (or YYYY-MM, YYYY)",
]


@pytest.fixture
def valid(tmp_path: Path) -> Path:
    files = {"facts/topics.yaml": TOPICS, "facts/sources.yaml": SOURCES, "facts/summit.yaml": FACT}
    return write_project(tmp_path, files, seed=True)


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    files = {"facts/topics.yaml": TOPICS, "facts/sources.yaml": SOURCES}
    return write_project(tmp_path, {**files, "facts/summit.yaml": BROKEN_FACT}, seed=True)


def run(argv: list[str], capsys: Capsys) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``factsheet argv``."""
    with pytest.raises(SystemExit) as exited:
        main(argv)
    out, err = capsys.readouterr()
    code = exited.value.code
    return (code if isinstance(code, int) else 1), out, err


@pytest.fixture(autouse=True)
def not_on_github(monkeypatch: pytest.MonkeyPatch) -> None:
    # --format auto must behave the same when the suite itself runs under GitHub Actions.
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


# --- validate -----------------------------------------------------------------------------


def test_validate_prints_every_problem_and_exits_1(broken: Path, capsys: Capsys) -> None:
    code, out, err = run(["validate", "--root", str(broken)], capsys)
    assert code == 1
    assert out.splitlines() == [*EXPECTED_ERRORS, "3 errors in 3 files"]
    assert err == ""


def test_validate_clean_project_exits_0(valid: Path, capsys: Capsys) -> None:
    code, out, _ = run(["validate", "--root", str(valid), "--format", "text"], capsys)
    assert code == 0
    assert out.splitlines()[-1].startswith("ok: 1 fact, 1 source, 0 entities checked")
    assert " error [" not in out


def test_validate_json_report(broken: Path, capsys: Capsys) -> None:
    code, out, _ = run(["validate", "--root", str(broken), "--format", "json"], capsys)
    assert code == 1
    doc = json.loads(out)
    assert (doc["version"], doc["tool"], doc["tool_version"]) == (1, "factsheet", __version__)
    assert doc["summary"]["ok"] is False
    assert doc["summary"]["errors"] == 3
    assert doc["summary"]["files"] == 3
    assert [(p["line"], p["col"], p["code"]) for p in doc["problems"]] == [
        (3, 5, "schema-missing"),
        (4, 5, "schema-unknown-field"),
        (7, 12, "schema-pattern"),
    ]
    assert set(doc["problems"][0]) == {
        "file", "line", "col", "end_line", "end_col", "severity", "code", "path", "message", "hint",
        "related",
    }  # fmt: skip


def test_validate_auto_is_github_under_actions(
    broken: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capsys
) -> None:
    summary = tmp_path / "step-summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out, _ = run(["validate", "--root", str(broken)], capsys)
    assert code == 1
    lines = out.splitlines()
    assert lines[1] == (
        "::error file=facts/summit.yaml,line=4,col=5,endLine=4,endColumn=10,"
        "title=[schema-unknown-field]::facts[0].lable: unknown field 'lable'"
        "%0Ahint: did you mean 'label'?"
    )
    assert [line.split(" ")[0] for line in lines] == ["::error"] * 3 + ["3"]
    table = summary.read_text(encoding="utf-8")
    assert "| error | facts/summit.yaml:4:5 | schema-unknown-field |" in table


def test_validate_pauses_the_collector_and_resumes_it(
    valid: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capsys
) -> None:
    # validate runs with the cyclic collector paused (speed), but must resume it as it was,
    # also when it fails: the same process may go on (tests, a caller of run()).
    before = gc.get_threshold()
    seen: list[bool] = []

    def spy(root: Path, today: date | None = None) -> tuple[Project, list[object]]:
        seen.append(gc.isenabled())
        raise RuntimeError("boom")

    assert gc.isenabled()
    assert run(["validate", "--root", str(valid)], capsys)[0] == 0
    assert gc.isenabled() and gc.get_threshold() == before
    monkeypatch.setattr("factsheet.pipeline.validate", spy)
    assert run(["validate", "--root", str(valid)], capsys)[0] == 2
    assert seen == [False]
    assert gc.isenabled() and gc.get_threshold() == before
    gc.disable()  # a caller that paused the collector itself keeps it paused
    try:
        assert run(["validate", "--root", str(valid)], capsys)[0] == 2
    finally:
        paused = not gc.isenabled()
        gc.enable()
    assert paused


def test_missing_facts_folder_is_a_usage_error(tmp_path: Path, capsys: Capsys) -> None:
    code, out, err = run(["validate", "--root", str(tmp_path)], capsys)
    assert code == 2
    assert out == ""
    expected = f"no facts/ folder in {tmp_path} (point --root at the project)"
    assert err == f"factsheet validate: error: {expected}\n"


@pytest.mark.parametrize(
    "argv", [[], ["frobnicate"], ["validate", "--format", "xml"], ["render"], ["new", "fact"]]
)
def test_bad_arguments_exit_2(argv: list[str], capsys: Capsys) -> None:
    code, _, err = run(argv, capsys)
    assert code == 2
    assert "usage: factsheet" in err


def _explode(root: Path, today: date | None = None) -> tuple[Project, list[object]]:
    raise RuntimeError("boom\nsecond line")


def test_internal_error_is_one_line_without_traceback(
    valid: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capsys
) -> None:
    monkeypatch.setattr("factsheet.pipeline.validate", _explode)
    code, out, err = run(["validate", "--root", str(valid)], capsys)
    assert code == 2
    assert out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith(
        "factsheet: internal error: RuntimeError: boom second line; please report"
    )
    assert "--debug" in err
    assert "Traceback" not in err


def test_debug_shows_the_traceback(
    valid: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capsys
) -> None:
    monkeypatch.setattr("factsheet.pipeline.validate", _explode)
    code, _, err = run(["validate", "--root", str(valid), "--debug"], capsys)
    assert code == 2
    assert err.startswith("Traceback (most recent call last):")
    assert err.splitlines()[-1].startswith("factsheet: internal error: RuntimeError")


# --- help and version ---------------------------------------------------------------------


def test_version(capsys: Capsys) -> None:
    code, out, _ = run(["--version"], capsys)
    assert (code, out) == (0, f"factsheet {__version__}\n")


def test_main_help_lists_commands_and_examples(capsys: Capsys) -> None:
    code, out, _ = run(["--help"], capsys)
    assert code == 0
    for name in COMMANDS:
        assert f"    {name} " in out
    assert "examples:" in out
    assert "exit codes: 0 clean" in out


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_command_help_has_a_description_and_examples(name: str, capsys: Capsys) -> None:
    code, out, _ = run([name, "--help"], capsys)
    assert code == 0
    assert out.startswith(f"usage: factsheet {name} ")
    assert "example" in out
    assert "--debug" in out


# --- schema -------------------------------------------------------------------------------


def test_schema_to_stdout_and_file(tmp_path: Path, capsys: Capsys) -> None:
    code, out, _ = run(["schema"], capsys)
    assert (code, out) == (0, render_schema())
    target = tmp_path / "sub" / "schema.json"
    code, out, err = run(["schema", "--out", str(target)], capsys)
    assert (code, out, err) == (0, "", f"wrote {target}\n")
    assert target.read_text(encoding="utf-8") == render_schema()


def test_schema_check_reports_a_stale_file(tmp_path: Path, capsys: Capsys) -> None:
    target = tmp_path / "schema.json"
    target.write_text(render_schema(), encoding="utf-8")
    assert run(["schema", "--out", str(target), "--check"], capsys)[0] == 0
    target.write_text("{}\n", encoding="utf-8")
    code, _, err = run(["schema", "--out", str(target), "--check"], capsys)
    assert code == 1
    assert err == f"{target} is out of date; run: factsheet schema --out {target}\n"
    assert target.read_text(encoding="utf-8") == "{}\n"


# --- new (the scaffolds themselves are tested in test_scaffold.py) -------------------------


def test_new_creates_then_refuses_to_overwrite(valid: Path, capsys: Capsys) -> None:
    argv = ["new", "fact", "summit-length", "--topic", "summit", "--root", str(valid)]
    code, out, _ = run(argv, capsys)
    assert code == 0
    assert out.splitlines()[0] == "created facts/summit/summit-length.yaml"
    before = (valid / "facts/summit/summit-length.yaml").read_text(encoding="utf-8")
    code, out, err = run(argv, capsys)
    assert code == 1
    assert err.splitlines()[0] == (
        "facts/summit/summit-length.yaml:1:1: error [new-file-exists] "
        "facts/summit/summit-length.yaml already exists; factsheet new never overwrites a file"
    )
    assert (valid / "facts/summit/summit-length.yaml").read_text(encoding="utf-8") == before


def test_new_refuses_an_id_in_use_with_its_position(valid: Path, capsys: Capsys) -> None:
    code, _, err = run(["new", "source", "article", "--root", str(valid)], capsys)
    assert code == 1
    assert err.splitlines()[0] == (
        "facts/sources.yaml:2:9: error [new-id-in-use] source id 'article' is already used here"
    )
    assert not (valid / "facts/sources/article.yaml").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["new", "fact", "x"],
        ["new", "fact", "../escape", "--topic", "summit"],
        ["new", "fact", "x", "--topic", "../../etc"],
        ["new", "entity", "Putin"],
        ["new", "source", "a/b"],
    ],
)
def test_new_usage_errors_exit_2(argv: list[str], valid: Path, capsys: Capsys) -> None:
    code, _, err = run([*argv, "--root", str(valid)], capsys)
    assert code == 2
    assert err.startswith("factsheet new: error: ")
    written = sorted(p.relative_to(valid).as_posix() for p in (valid / "facts").rglob("*"))
    assert written == ["facts/sources.yaml", "facts/summit.yaml", "facts/topics.yaml"]


# --- render and export --------------------------------------------------------------------


def _fake_writer(module: str, function: str, escape: bool = False) -> types.ModuleType:
    fake = types.ModuleType(f"factsheet.{module}")

    def write(project: Project, out: Path, today: date) -> list[Path]:
        target = out.parent / "outside.txt" if escape else out / "index.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"{len(project.facts)} facts, {today.isoformat()}", encoding="utf-8")
        return [target]

    setattr(fake, function, write)
    return fake


@pytest.mark.parametrize(("command", "module", "function"), [
    ("render", "render", "write_tree"), ("export", "exports", "write_exports")
])  # fmt: skip
def test_build_commands_call_their_writer(
    command: str,
    module: str,
    function: str,
    valid: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Capsys,
) -> None:
    monkeypatch.setitem(sys.modules, f"factsheet.{module}", _fake_writer(module, function))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1667260800")  # 2022-11-01
    out_dir = tmp_path / "out"
    code, out, _ = run([command, "--root", str(valid), "--out", str(out_dir)], capsys)
    assert (code, out) == (0, f"wrote 1 file to {out_dir}\n")
    assert (out_dir / "index.md").read_text(encoding="utf-8") == "1 facts, 2022-11-01"


@pytest.mark.parametrize("command", ["render", "export"])
def test_build_commands_refuse_an_invalid_project(
    command: str, broken: Path, tmp_path: Path, capsys: Capsys
) -> None:
    code, out, err = run([command, "--root", str(broken), "--out", str(tmp_path / "o")], capsys)
    assert code == 1
    assert out == ""
    assert err.splitlines() == [
        f"factsheet: not running {command}: the project has errors",
        *EXPECTED_ERRORS,
        "3 errors in 3 files",
    ]
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("out", [".", "facts", "seeds/x", ".."])
def test_build_commands_refuse_to_write_among_inputs(out: str, valid: Path, capsys: Capsys) -> None:
    code, _, err = run(["render", "--root", str(valid), "--out", str(valid / out)], capsys)
    assert code == 2
    assert "would write among the project's inputs" in err


def test_missing_writer_module_is_reported(
    valid: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capsys
) -> None:
    monkeypatch.setitem(sys.modules, "factsheet.exports", None)
    code, _, err = run(["export", "--root", str(valid), "--out", str(tmp_path / "o")], capsys)
    assert code == 2
    assert (
        err == "factsheet export: error: 'export' is not available: factsheet.exports is missing\n"
    )


def test_a_writer_escaping_out_is_an_internal_error(
    valid: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capsys
) -> None:
    fake = _fake_writer("render", "write_tree", escape=True)
    monkeypatch.setitem(sys.modules, "factsheet.render", fake)
    code, _, err = run(["render", "--root", str(valid), "--out", str(tmp_path / "o")], capsys)
    assert code == 2
    assert "internal error: RuntimeError: render.write_tree wrote outside --out" in err


# --- the installed console script ---------------------------------------------------------


def test_console_script(broken: Path) -> None:
    # The command installed beside the Python running the tests (any venv), else on PATH.
    beside = Path(sys.executable).parent / "factsheet"
    script = beside if beside.exists() else Path(shutil.which("factsheet") or beside)
    assert script.exists(), "the console script is missing: run 'pip install -e .'"
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    done = subprocess.run(
        [str(script), "validate", "--root", str(broken), "--format", "json"],
        capture_output=True, text=True, env=env, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout)["summary"]["errors"] == 3
    version = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, check=False, timeout=60
    )
    assert (version.returncode, version.stdout) == (0, f"factsheet {__version__}\n")


@pytest.mark.parametrize(
    ("error", "code", "message"),
    [(BrokenPipeError, 1, ""), (KeyboardInterrupt, 130, "factsheet: interrupted\n")],
)
def test_closed_pipe_and_interrupt_are_not_internal_errors(
    error: type[BaseException],
    code: int,
    message: str,
    valid: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Capsys,
) -> None:
    def stop(root: Path, today: date | None = None) -> None:
        raise error

    monkeypatch.setattr("factsheet.pipeline.validate", stop)
    assert run(["validate", "--root", str(valid)], capsys) == (code, "", message)
