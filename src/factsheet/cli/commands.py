"""The ``factsheet`` command line: validate, schema, new, coverage, diff, render, export and pdf.

Every command is a function from parsed arguments to an exit code; :func:`run` parses and
dispatches, and only :func:`main` calls ``sys.exit``. Exit codes are the same for every
command: 0 clean (warnings allowed), 1 the input is invalid or incomplete, 2 a usage error or
an internal error. An internal error is one line on stderr, never a traceback, unless
``--debug`` asks for it.
"""

from __future__ import annotations

import argparse
import importlib
import io
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from factsheet import __version__
from factsheet import pipeline as validation
from factsheet.cli import coverage as coverage_report
from factsheet.cli.parser import build_parser
from factsheet.collector import collector_paused
from factsheet.problems import FactsheetError, Problem, Severity, has_errors
from factsheet.project import FACTS_DIR, SEEDS_DIR, Project, load_project
from factsheet.reporters import REPORTERS, Report, Summary, plural, report_text, resolve_format

REPORT_BUGS = "the factsheet maintainers (the project's issue tracker)"


class UsageError(Exception):
    """A command was called in a way that cannot work; exit code 2."""


def project_root(args: argparse.Namespace) -> Path:
    root = Path(args.root)
    if not (root / FACTS_DIR).is_dir():
        raise UsageError(f"no {FACTS_DIR}/ folder in {root} (point --root at the project)")
    return root


def summarise(project: Project, problems: list[Problem]) -> Summary:
    """Counts for the summary line; files are those loaded plus those that failed to load."""
    files = {doc.file for doc in project.documents} | {p.file for p in problems}
    return Summary(
        files=len(files),
        topics=len(project.topics),
        facts=len(project.facts),
        sources=len(project.sources),
        entities=len(project.entities),
        tool_version=__version__,
    )


def cmd_validate(args: argparse.Namespace) -> int:
    with collector_paused():
        project, problems = validation.validate(project_root(args))
    report = Report(problems, summarise(project, problems))
    REPORTERS[resolve_format(args.format)](report, sys.stdout, verbose=args.verbose)
    return 0 if report.ok else 1


def cmd_schema(args: argparse.Namespace) -> int:
    from factsheet.model.json_schema import render

    text = render()
    if args.out is None:
        sys.stdout.write(text)
        return 0
    out = Path(args.out)
    if args.check:
        current = out.read_text(encoding="utf-8") if out.is_file() else None
        if current == text:
            return 0
        print(f"{out} is out of date; run: factsheet schema --out {out}", file=sys.stderr)
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {out}", file=sys.stderr)
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    from factsheet.cli.init import init

    folder = Path(args.folder)
    try:
        written = init(folder, args.name_ar, args.name_en, validation.build_date())
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    print(f"wrote {plural(len(written), 'file')} to {folder}")
    print(f"next: cd {folder} && factsheet validate && mkdocs serve")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from factsheet.cli.new import create

    root = project_root(args)
    try:
        path = create(root, args.kind, args.id, args.topic)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    except FactsheetError as exc:
        report_text(Report(exc.problems), sys.stderr, verbose=True)
        return 1
    print(f"created {path.relative_to(root).as_posix()}")
    print("next: fill in the empty values, then run: factsheet validate")
    return 0


def cmd_coverage(args: argparse.Namespace) -> int:
    project, problems = load_project(project_root(args))
    if has_errors(problems):
        broken = plural(len({p.file for p in problems if p.severity is Severity.ERROR}), "file")
        print(
            f"factsheet: warning: {broken} with errors left out (their facts are not counted); "
            "run: factsheet validate",
            file=sys.stderr,
        )
    items = coverage_report.coverage(project)
    if args.format == "json":
        json.dump(coverage_report.json_document(items), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        coverage_report.report_text(items, sys.stdout)
    return 0 if coverage_report.is_complete(items) else 1


def check_out_dir(root: Path, out: Path) -> None:
    """Refuse an output folder that would put generated files among the project's inputs."""
    out_r, root_r = out.resolve(), root.resolve()
    inputs = [root_r / FACTS_DIR, root_r / SEEDS_DIR]
    if out_r == root_r or any(out_r.is_relative_to(d) or d.is_relative_to(out_r) for d in inputs):
        raise UsageError(
            f"--out {out} would write among the project's inputs; choose an empty folder "
            "outside facts/ and seeds/"
        )


def write_with(module: str, function: str, args: argparse.Namespace, **options: object) -> int:
    """Validate, then call ``factsheet.<module>.<function>(project, out, today, **options)``.

    The module is imported here, not at the top, so the rest of the CLI works in an
    installation (or a checkout) that does not have it.
    """
    root = project_root(args)
    out = Path(args.out)
    check_out_dir(root, out)
    try:
        writer: Callable[..., list[Path]] = getattr(
            importlib.import_module(f"factsheet.{module}"), function
        )
    except ModuleNotFoundError as exc:
        if exc.name != f"factsheet.{module}":
            raise
        raise UsageError(
            f"'{args.command}' is not available: factsheet.{module} is missing"
        ) from exc
    project, problems = validation.validate(root)
    if has_errors(problems):
        print(f"factsheet: not running {args.command}: the project has errors", file=sys.stderr)
        report_text(Report(problems, summarise(project, problems)), sys.stderr)
        return 1
    written = writer(project, out, validation.content_date(root), **options)
    outside = [p for p in written if not Path(p).resolve().is_relative_to(out.resolve())]
    if outside:
        raise RuntimeError(f"{module}.{function} wrote outside --out: {outside[0]}")
    print(f"wrote {plural(len(written), 'file')} to {out}")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from factsheet.cli.diff import DiffUsageError, run_diff

    try:
        return run_diff(args, project_root(args))
    except DiffUsageError as exc:
        raise UsageError(str(exc)) from exc


def cmd_render(args: argparse.Namespace) -> int:
    return write_with("render", "write_tree", args)


def cmd_export(args: argparse.Namespace) -> int:
    return write_with("exports", "write_exports", args)


def cmd_pdf(args: argparse.Namespace) -> int:
    from factsheet.handout import PdfUnavailable

    try:
        return write_with("handout", "write_pdfs", args, site_url=args.site_url)
    except PdfUnavailable as error:
        print(f"factsheet: error: {error}", file=sys.stderr)
        return 1


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "validate": cmd_validate,
    "schema": cmd_schema,
    "new": cmd_new,
    "init": cmd_init,
    "coverage": cmd_coverage,
    "diff": cmd_diff,
    "render": cmd_render,
    "export": cmd_export,
    "pdf": cmd_pdf,
}


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # stdout is not a real file (e.g. captured in a test); nothing to flush there


def run(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the command; returns the exit code (argparse itself exits 2
    on a usage error it finds, and 0 after ``--help`` or ``--version``)."""
    args = build_parser(sorted(COMMANDS)).parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"factsheet {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (factsheet validate | head): not our error. Point stdout at
        # devnull so the interpreter's final flush does not fail again (Python docs, signal).
        _silence_stdout()
        return 1
    except KeyboardInterrupt:
        print("factsheet: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if args.debug:
            traceback.print_exc()
        message = str(exc).replace("\n", " ")
        print(
            f"factsheet: internal error: {type(exc).__name__}: {message}; "
            f"please report it to {REPORT_BUGS} with the --debug output",
            file=sys.stderr,
        )
        return 2


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """The console script: run and exit with the command's code."""
    sys.exit(run(argv))
