"""Coverage-guided fuzzing of the loader, the schema and the checks (atheris / libFuzzer).

Every input is written as ``facts/fuzz.yaml`` of a scratch project (next to a valid registry
file, so facts can refer to real ids) and run through :func:`factsheet.validate.validate`, the
function behind ``factsheet validate`` and ``mkdocs build``. The harness fails, and libFuzzer
saves the input as ``crash-*``, when:

- any exception escapes (a traceback for an editor is a bug, whatever the input);
- a problem has no position (line or column below 1), no code, no message, or an error from
  the loader/schema/checks has no hint;
- a file with errors is still in the project, or a file without errors is missing from it
  (nothing is silently dropped).

Run it for ten minutes from the project root (``-max_total_time`` is in seconds; crashes and
the growing corpus go to the folders named)::

    mkdir -p .fuzz/corpus .fuzz/crashes
    .venv/bin/python scripts/fuzz_loader.py -max_total_time=600 -rss_limit_mb=2048 \\
        -timeout=10 -artifact_prefix=.fuzz/crashes/ .fuzz/corpus facts

Passing ``facts`` as a second corpus folder seeds the fuzzer with the real fact files. To
replay one saved input: ``.venv/bin/python scripts/fuzz_loader.py .fuzz/crashes/crash-...``.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import atheris

with atheris.instrument_imports(include=["factsheet", "yaml", "pydantic"]):
    from factsheet.problems import Problem, Severity
    from factsheet.validate import validate

TODAY = date(2026, 11, 28)
REGISTRY = """\
topics:
  - id: summit
    order: 1
    title: {ar: القمة, en: The summit}
    summary: {ar: موعد القمة ومكانها., en: When and where the summit met.}
entities:
  - id: putin
    kind: person
    label: {ar: فلاديمير بوتين, en: Vladimir Putin}
sources:
  - id: web
    kind: news-article
    publisher: {ar: ناشر, en: Publisher}
    title: {ar: صفحة, en: Page}
    language: en
    url: https://example.org/news/1
    published: 2022-10-31
"""
FUZZ_FILE = "facts/fuzz.yaml"
# Problems about a whole file carry 1:1 on purpose; every code has a prefix naming its stage.
STAGE_PREFIXES = ("file-", "encoding-", "yaml-", "schema-", "value-")


class HarnessError(AssertionError):
    """An invariant of the validator does not hold for this input."""


def _check_problem(problem: Problem) -> None:
    if problem.line < 1 or problem.col < 1:
        raise HarnessError(f"problem without a position: {problem}")
    if not problem.code or not problem.message:
        raise HarnessError(f"problem without a code or message: {problem}")
    if problem.severity is Severity.ERROR and not problem.hint:
        raise HarnessError(f"error without a hint: {problem}")


def _check_run(root: Path, data: bytes) -> None:
    (root / FUZZ_FILE).write_bytes(data)
    project, problems = validate(root, today=TODAY)
    for problem in problems:
        _check_problem(problem)
    loaded = {doc.file for doc in project.documents}
    broken = {
        p.file
        for p in problems
        if p.severity is Severity.ERROR and p.code.startswith(STAGE_PREFIXES)
    }
    if FUZZ_FILE in broken and FUZZ_FILE in loaded:
        raise HarnessError("a file with loading or schema errors is part of the project")
    if FUZZ_FILE not in broken and FUZZ_FILE not in loaded:
        raise HarnessError(f"the file was dropped without an error: {problems}")


def make_project() -> Path:
    """A scratch project with a valid registry; the fuzzer rewrites ``facts/fuzz.yaml``."""
    root = Path(tempfile.mkdtemp(prefix="factsheet-fuzz-"))
    (root / "facts").mkdir()
    (root / "seeds").mkdir()
    (root / "facts" / "registry.yaml").write_text(REGISTRY, encoding="utf-8")
    return root


def main(argv: list[str]) -> None:
    root = make_project()

    def test_one_input(data: Any) -> None:
        _check_run(root, bytes(data))

    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
