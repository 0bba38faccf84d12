"""The argument parser of the ``factsheet`` command line: commands, options, help and examples.

Kept apart from :mod:`factsheet.cli.commands` (which runs the commands) because the help text
is most of it. Every command has a description, its options, and an epilog with examples.
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence

from factsheet import __version__
from factsheet.model.json_schema import SCHEMA_PATH

_FORMATTER = argparse.RawDescriptionHelpFormatter

MAIN_DESCRIPTION = """\
Curated, sourced YAML facts (facts/*.yaml) to a bilingual Arabic/English site.

Editors change a YAML file and run 'factsheet validate'; it reports every problem at once as
file:line:col with a hint. The MkDocs plugin builds the site; 'render' and 'export' write the
Markdown tree and the data exports for other tools."""

MAIN_EPILOG = """\
examples:
  factsheet validate                      check the project in the current folder
  factsheet validate --format json        the same, as a JSON report for tools
  factsheet new fact summit-duration --topic summit
  factsheet coverage                      which sentences of the stored articles facts cover
  factsheet diff HEAD~5 --format markdown fact-by-fact changes for a reviewer
  factsheet schema --out schema/factsheet.schema.json

exit codes: 0 clean (warnings allowed), 1 invalid or incomplete input, 2 usage or internal
error. Run 'factsheet COMMAND --help' for a command's options."""

COMMANDS: dict[str, tuple[str, str, str]] = {
    # name: (one-line help, description, epilog)
    "validate": (
        "check every fact file and report every problem",
        "Load every YAML file under facts/, check it against the model and run every check "
        "(references, bilingual texts, values, dates, quotes against the stored sources, ...).\n\n"
        "Each problem is printed as 'file:line:col: severity [code] message' with a hint. "
        "Info-level notes (such as quotes that could not be checked) are counted in one line "
        "unless --verbose.",
        "examples:\n"
        "  factsheet validate\n"
        "  factsheet validate --root path/to/project -v\n"
        "  factsheet validate --format github     annotations on a pull request\n"
        "  factsheet validate --format json > report.json\n\n"
        "--format auto (the default) is github under GitHub Actions, text elsewhere.\n"
        "exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage/internal error.",
    ),
    "schema": (
        "print or write the JSON Schema of a fact file",
        "Generate the JSON Schema (draft-07) of a fact file from the model, for editors' YAML "
        f"language servers. The committed copy is {SCHEMA_PATH}.",
        "examples:\n"
        "  factsheet schema                                   print it\n"
        f"  factsheet schema --out {SCHEMA_PATH}\n"
        f"  factsheet schema --out {SCHEMA_PATH} --check   exit 1 if stale",
    ),
    "new": (
        "create a new fact, entity or source file to fill in",
        "Write a new file with every required field, a comment on each, and the schema "
        "modeline:\n\n"
        "  fact ID --topic T  ->  facts/T/ID.yaml\n"
        "  entity ID          ->  facts/entities/ID.yaml\n"
        "  source ID          ->  facts/sources/ID.yaml\n\n"
        "An existing file is never overwritten, and an id already in use is refused.",
        "examples:\n"
        "  factsheet new source sochi-article\n"
        "  factsheet new entity putin\n"
        "  factsheet new fact summit-duration --topic summit\n\n"
        "ids are lowercase ASCII slugs: letters, digits and single hyphens.",
    ),
    "init": (
        "start a new fact sheet in a new folder",
        "Write the smallest fact sheet that validates and builds: mkdocs.yml (Arabic at the "
        "site root, English under en/), facts/ with one topic, one source, one entity and one "
        "fact (when the fact sheet was started), an empty seeds/ and docs/, the JSON Schema and "
        "a README. The folder must be new or empty.",
        'example:\n  factsheet init bees --name-ar "نحل عُمان" --name-en "The bees of Oman"',
    ),
    "coverage": (
        "show which sentences of each stored source the facts cover",
        "Split the stored text of every source with 'stored' into paragraphs (non-empty lines; "
        "the headline is paragraph 1) and sentences (ending at . ! ? or ؟), and list for each "
        "sentence the facts whose claims on that source quote it or locate it by paragraph.",
        "examples:\n"
        "  factsheet coverage\n"
        "  factsheet coverage --format json\n\n"
        "exit codes: 0 every sentence covered, 1 a sentence is not covered, 2 usage error.",
    ),
    "diff": (
        "compare two states of the facts, fact by fact (for a reviewer)",
        "Compare two git revisions of the project fact by fact: facts added, removed and "
        "renamed; for a changed fact its figure (written as the site writes it), as_of, "
        "statement, claims and quotes (and whether a new quote is in the stored source), rank; "
        "sources and entities added, removed or changed. It names what a reviewer must look "
        "at: a figure changed with no claim added or changed, a quote changed, a source's URL "
        "changed, a removed fact that others still reference.\n\n"
        "HEAD defaults to the working tree, BASE to the merge base with the default branch "
        "(or HEAD). An invalid state is reported with its errors, and what can be read is "
        "still compared.",
        "examples:\n"
        "  factsheet diff                         your edits against the default branch\n"
        "  factsheet diff HEAD~5                  the last five commits and your edits\n"
        "  factsheet diff main HEAD --format markdown --lang ar\n"
        "  factsheet diff v1 v2 --format json     versioned JSON for tools\n\n"
        "exit codes: 0 compared, 2 usage error (a revision that names no commit, no git).",
    ),
    "render": (
        "write the Markdown tree of the site (for another static site engine)",
        "Validate, then write the Markdown pages of both languages under --out. Refuses to "
        "run when validation finds errors.",
        "example:\n  factsheet render --out build/markdown",
    ),
    "export": (
        "write the data exports (JSON, CSV, ...)",
        "Validate, then write the exports of the facts under --out. Refuses to run when "
        "validation finds errors.",
        "example:\n  factsheet export --out build/exports",
    ),
    "pdf": (
        "write the one-page PDF of each language",
        "Validate, then write factsheet-ar.pdf and factsheet-en.pdf (A4, one page, two at most) "
        "under --out: the key figures, the summit in brief, the casualties with their sources, "
        "the locator map and the sources, all from the facts. Needs WeasyPrint's system "
        "libraries (on Debian: libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0). "
        "Refuses to run when validation finds errors.",
        "example:\n  factsheet pdf --out build/pdf --site-url https://example.org/factsheet/",
    ),
}


def wrap(text: str, width: int = 88) -> str:
    """Fill each paragraph of ``text`` to ``width``; indented paragraphs (tables, examples)
    are kept as written."""
    paragraphs = text.split("\n\n")
    return "\n\n".join(
        p if p.startswith(" ") or "\n " in p else textwrap.fill(p, width, break_on_hyphens=False)
        for p in paragraphs
    )


def _add_root(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--root",
        default=".",
        metavar="DIR",
        help="the project folder, which holds facts/ and seeds/ (default: the current folder)",
    )


def _add_options(name: str, parser: argparse.ArgumentParser) -> None:
    """The options of one command (besides --debug, which every command has)."""
    if name in ("validate", "coverage", "new", "render", "export", "diff", "pdf"):
        _add_root(parser)
    if name == "validate":
        parser.add_argument(
            "--format", choices=["text", "json", "github", "auto"], default="auto",
            help="output format (default: auto)",
        )  # fmt: skip
        parser.add_argument(
            "-v", "--verbose", action="store_true", help="list info-level notes one by one"
        )
    elif name == "schema":
        parser.add_argument("--out", metavar="FILE", help="write to FILE instead of stdout")
        parser.add_argument(
            "--check", action="store_true",
            help="with --out: write nothing, exit 1 if FILE differs from the generated schema",
        )  # fmt: skip
    elif name == "new":
        parser.add_argument("kind", choices=["fact", "entity", "source"], help="what to create")
        parser.add_argument("id", help="the new record's id, a slug such as sochi-summit-2022")
        parser.add_argument("--topic", metavar="T", help="the topic id of a new fact (required)")
    elif name == "init":
        parser.add_argument("folder", help="the new fact sheet's folder (new or empty)")
        parser.add_argument("--name-ar", required=True, help="the site's name in Arabic")
        parser.add_argument("--name-en", required=True, help="the site's name in English")
    elif name == "coverage":
        parser.add_argument(
            "--format",
            choices=["text", "json"],
            default="text",
            help="output format (default: text)",
        )
    elif name == "diff":
        parser.add_argument("base", nargs="?", help="git revision to compare from")
        parser.add_argument("head", nargs="?", help="git revision to compare to")
        parser.add_argument(
            "--format", choices=["text", "markdown", "json"], default="text",
            help="output format (default: text)",
        )  # fmt: skip
        parser.add_argument(
            "--lang", choices=["ar", "en"], default="en",
            help="language of the text and markdown (default: en)",
        )  # fmt: skip
    elif name in ("render", "export", "pdf"):
        parser.add_argument("--out", required=True, metavar="DIR", help="the output folder")
    if name == "pdf":
        parser.add_argument(
            "--site-url", metavar="URL", help="the site's address, printed on the sheet"
        )


def build_parser(commands: Sequence[str]) -> argparse.ArgumentParser:
    """The parser for ``factsheet``, with a subparser for each name in ``commands``."""
    parser = argparse.ArgumentParser(
        prog="factsheet",
        description=MAIN_DESCRIPTION,
        epilog=MAIN_EPILOG,
        formatter_class=_FORMATTER,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in commands:
        summary, description, epilog = COMMANDS[name]
        command = sub.add_parser(
            name,
            help=summary,
            description=wrap(description),
            epilog=epilog,
            formatter_class=_FORMATTER,
        )
        _add_options(name, command)
        command.add_argument(
            "--debug",
            action="store_true",
            help="on an internal error, print the traceback (for a bug report)",
        )
    return parser
