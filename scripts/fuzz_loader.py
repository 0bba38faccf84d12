"""Coverage-guided fuzzing of the loader, the schema, the checks and the renderer (atheris).

Every input is written as ``facts/fuzz.yaml`` of a scratch project (next to a valid registry
file, so facts can refer to real ids) and run through :func:`factsheet.pipeline.validate`, the
function behind ``factsheet validate`` and ``mkdocs build``. The harness fails, and libFuzzer
saves the input as ``crash-*``, when:

- any exception escapes (a traceback for an editor is a bug, whatever the input);
- a problem has no position (line or column below 1), no code, no message, or an error from
  the loader/schema/checks has no hint;
- a file with errors is still in the project, or a file without errors is missing from it
  (nothing is silently dropped);
- with ``FUZZ_REAL_PROJECT=1`` the scratch project is a copy of the real ``facts/`` and
  ``seeds/`` in which the input replaces ``facts/war.yaml``, so mutations of that file often
  validate; for each input that does, the war page is rendered in both languages and converted
  with the site's Markdown extensions, and the HTML must hold nothing executable
  (:func:`factsheet.plugin.safety.check.check_html`).

Run it for ten minutes from the project root (``-max_total_time`` is in seconds; crashes and
the growing corpus go to the folders named)::

    mkdir -p .fuzz/corpus .fuzz/crashes
    .venv/bin/python scripts/fuzz_loader.py -max_total_time=600 -rss_limit_mb=2048 \\
        -timeout=10 -artifact_prefix=.fuzz/crashes/ .fuzz/corpus facts

Passing ``facts`` as a second corpus folder seeds the fuzzer with the real fact files. To fuzz
the renderer too, seed with the war topic alone (``mkdir -p .fuzz/war && cp facts/war.yaml
.fuzz/war/``) and run ``FUZZ_REAL_PROJECT=1 .venv/bin/python scripts/fuzz_loader.py ...
.fuzz/corpus-war .fuzz/war``. To
replay one saved input: ``.venv/bin/python scripts/fuzz_loader.py .fuzz/crashes/crash-...``.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import atheris

with atheris.instrument_imports(include=["factsheet", "yaml", "pydantic", "markdown"]):
    import markdown  # type: ignore[import-untyped]

    from factsheet.checks import values
    from factsheet.pipeline import validate
    from factsheet.plugin.safety.check import check_html
    from factsheet.problems import Problem, Severity, has_errors
    from factsheet.project import Project
    from factsheet.render import LANGS, topic
    from factsheet.render.page import RenderContext

PROJECT = Path(__file__).resolve().parents[1]
REAL = os.environ.get("FUZZ_REAL_PROJECT") == "1"
# The site's Markdown extensions (mkdocs.yml), without the slug function of toc.
EXTENSIONS = ["toc", "attr_list", "tables", "admonition", "def_list", "footnotes"]

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
FUZZ_FILE = "facts/war.yaml" if REAL else "facts/fuzz.yaml"
# Codes of the stages before the checks (a file with one of these errors is left out).
STAGE_PREFIXES = ("file-", "encoding-", "yaml-", "schema-")


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
        if p.severity is Severity.ERROR
        and (p.code.startswith(STAGE_PREFIXES) or p.code in values.RAISED_WHILE_TYPING)
    }
    if FUZZ_FILE in broken and FUZZ_FILE in loaded:
        raise HarnessError("a file with loading or schema errors is part of the project")
    if FUZZ_FILE not in broken and FUZZ_FILE not in loaded:
        raise HarnessError(f"the file was dropped without an error: {problems}")
    if not has_errors(problems):
        _check_render(project)


def _check_render(project: Project) -> None:
    if "war" not in project.topics:
        return
    for lang in LANGS:
        page = topic.render(RenderContext(project, lang, TODAY), project.topics["war"])
        html = markdown.Markdown(extensions=EXTENSIONS).convert(page.markdown)
        findings = check_html(html, allowed_scripts=())
        if findings:
            raise HarnessError(f"{lang}/{page.path}: {findings[0]}")


def make_project() -> Path:
    """A scratch project with a valid registry; the fuzzer rewrites ``facts/fuzz.yaml``."""
    root = Path(tempfile.mkdtemp(prefix="factsheet-fuzz-"))
    (root / "facts").mkdir()
    (root / "seeds").mkdir()
    if REAL:
        shutil.copytree(PROJECT / "facts", root / "facts", dirs_exist_ok=True)
        shutil.copytree(PROJECT / "seeds", root / "seeds", dirs_exist_ok=True)
    else:
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
