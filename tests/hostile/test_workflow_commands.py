"""Guarantee 5: nothing in the facts can make the validator print a GitHub workflow command.

The Actions runner reads every line of a step's output (split at LF, CR or CRLF) that starts
with ``::`` as a workflow command (``::error``, ``::add-mask::``, ``::stop-commands::``...).
Fact files control file names (git allows line breaks in them), mapping keys and values that
messages quote. Every output format, and the MkDocs build's messages, must keep those on one
line; in the ``github`` format the only commands are the reporter's own annotations, and their
data must decode back to the exact message.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factsheet.cli.commands import run

from .conftest import mkdocs_build, write_hostile_project
from .project import fact, write_base, write_files

INJECT = "::error file=pwned.yaml,line=1::pwned"
HOSTILE_FILES: dict[str, str | bytes] = {
    f"facts/x\n{INJECT}.txt": "not yaml",
    f"facts/y\r{INJECT}.txt": "not yaml",
    f"facts/z\r\n::add-mask::secret\n{INJECT}.yaml": fact(),
    "facts/keys.yaml": fact(
        '    "lab\\n::stop-commands::tok\\nel": x',
        f'    "a\\r\\n{INJECT}": y',
        f'    value2: "1\\n{INJECT}"',
    ),
    "facts/number.yaml": fact(
        value=f'    value: {{type: quantity, unit: hour, best: "1\\r{INJECT}"}}',
    ),
    "facts/escaped.yaml": fact(value='    value: {type: quantity, unit: hour, best: "%0A::x"}'),
}
ANNOTATION = re.compile(
    r"^::(error|warning|notice) file=[^,:\r\n]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,"
    r"title=\[[a-z0-9-]+\]::[^\r\n]*$"
)


@pytest.fixture(scope="module")
def hostile_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_base(tmp_path_factory.mktemp("inject") / "project")
    write_files(root, HOSTILE_FILES)
    return root


def runner_lines(output: str) -> list[str]:
    """The lines as the Actions runner splits them."""
    return re.split(r"\r\n|\r|\n", output)


def validate_output(root: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert run(["validate", "--root", str(root), "--format", fmt]) == 1
    captured = capsys.readouterr()
    return captured.out + captured.err


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_no_line_starts_a_command(
    hostile_root: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    output = validate_output(hostile_root, fmt, capsys)
    assert "pwned" in output  # the hostile names and keys are reported
    assert [line for line in runner_lines(output) if line.lstrip().startswith("::")] == []


def unescape_data(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def test_github_format_has_only_its_own_annotations(
    hostile_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = validate_output(hostile_root, "github", capsys)
    commands = [line for line in runner_lines(output) if line.startswith("::")]
    assert commands and all(ANNOTATION.match(line) for line in commands), commands
    data = [unescape_data(line.split("::", 2)[2]) for line in commands]
    # The data decodes to the original text: the escaping hides nothing and adds nothing.
    assert any(f"1\r{INJECT}" in d for d in data)
    assert any("%0A::x" in d for d in data)


def test_mkdocs_build_messages_stay_on_their_lines(tmp_path: Path) -> None:
    project = write_hostile_project(tmp_path / "project")
    for path in (project / "facts").iterdir():
        path.unlink()
    write_base(project)
    write_files(project, HOSTILE_FILES)
    done = mkdocs_build(project, tmp_path / "site")
    output = done.stdout + done.stderr
    assert done.returncode == 1 and "Traceback" not in output
    assert "pwned" in output
    assert [line for line in runner_lines(output) if line.lstrip().startswith("::")] == []
