"""``factsheet diff [BASE] [HEAD]``: two states of the project compared fact by fact.

BASE and HEAD are git revisions. HEAD defaults to the working tree; BASE to the merge base of
HEAD with the default branch (``origin/HEAD``, else ``main``, else ``master``), or ``HEAD``
itself when there is none. A revision's ``facts/`` and ``seeds/`` are written into a
temporary folder and loaded and validated there by the project's own pipeline, so the errors
of an invalid state name their files and positions as ``factsheet validate`` would.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from pydantic import ValidationError

from factsheet.history import report, snapshot
from factsheet.history.diff import QuoteCheck, Record, compare
from factsheet.history.git import GitError, Repo, extract, find_repo, git, resolve
from factsheet.model.records import Claim
from factsheet.pipeline import validate
from factsheet.problems import Severity
from factsheet.project import FACTS_DIR, SEEDS_DIR, Project
from factsheet.render.i18n import t

DEFAULT_BRANCHES = ("origin/HEAD", "main", "master")


class DiffUsageError(Exception):
    """A revision that names no commit, or no repository: exit code 2."""


def default_base(repo: Repo) -> str:
    """The merge base of HEAD with the default branch, else HEAD."""
    for branch in DEFAULT_BRANCHES:
        if resolve(repo, branch) is None:
            continue
        try:
            return git(repo.top, "merge-base", "HEAD", branch).decode().strip()
        except GitError:
            continue
    return resolve(repo, "HEAD") or "HEAD"


def _commit(repo: Repo, revision: str) -> str:
    found = resolve(repo, revision)
    if found is None:
        raise DiffUsageError(f"'{revision}' names no commit of this repository")
    return found


def _quote_check(project: Project) -> QuoteCheck:
    def check(claim: Record) -> bool | None:
        try:
            typed = Claim.model_validate(claim)
        except ValidationError:
            return None
        status = project.quote_status(typed)
        return None if status == "not-checked" else status == "verified"

    return check


Loaded = tuple[report.State, snapshot.Snapshot, Project]


def _load(root: Path, name: str, revision: str | None) -> Loaded:
    project, problems = validate(root)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    return report.State(name, revision, errors), snapshot.from_tree(root), project


def run_diff(args: argparse.Namespace, root: Path) -> int:
    repo = find_repo(root)
    if repo is None:
        raise DiffUsageError(f"{root} is not in a git repository with a commit")
    lang = args.lang
    base = _commit(repo, args.base) if args.base else default_base(repo)
    head = _commit(repo, args.head) if args.head else None
    with tempfile.TemporaryDirectory(prefix="factsheet-diff-") as tmp:
        states = []
        for i, revision in enumerate((base, head)):
            if revision is None:
                states.append(_load(root, t("diff_working_tree", lang), None))
                continue
            folder = Path(tmp) / str(i)
            (folder / FACTS_DIR).mkdir(parents=True)
            extract(repo, revision, (FACTS_DIR, SEEDS_DIR), folder)
            states.append(_load(folder, revision[:10], revision))
        (a_state, a, _), (b_state, b, b_project) = states
        diff = compare(a, b, _quote_check(b_project))
    if args.format == "json":
        document = report.json_document(diff, a_state, b_state)
        json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.format == "markdown":
        report.write_markdown(diff, a_state, b_state, lang, sys.stdout)
    else:
        report.write_text(diff, a_state, b_state, lang, sys.stdout)
    return 0
