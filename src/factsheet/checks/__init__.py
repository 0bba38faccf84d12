"""The checks that run on a typed project, one module per concern.

Each check module has a module docstring (its user documentation, with a passing and a failing
example), a ``CODES`` dict of the problem codes it reports with a one-line meaning each, and a
``check(ctx)`` generator yielding :class:`~factsheet.problems.Problem`. The registry below is
explicit so the order of output is stable and a newcomer can find every check from here.

Most records have nothing to report, so a check may first test a whole file's data at once
(:meth:`CheckContext.cleared`, with the strings under the keys it names in ``FILE_KEYS``;
see :mod:`factsheet.checks.scan`) and read only the records of the files it does not clear.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from types import ModuleType
from typing import Any

from pydantic import BaseModel

from factsheet.checks.scan import FileScan, scan
from factsheet.load.loader import Document, PathKey
from factsheet.model.records import Text
from factsheet.problems import Mark, Problem, Severity
from factsheet.project import Project

FileTest = Callable[["CheckContext", FileScan], bool]
"""A check's test of a whole file: True when the check has nothing to report in it."""


@dataclass
class CheckContext:
    """What a check sees: the project, the build date, and helpers to make problems."""

    project: Project
    today: date
    # Each record's values, walked once per run and shared by the checks that read them all.
    _values: dict[int, list[tuple[PathKey, Any]]] = field(
        default_factory=dict, init=False, repr=False
    )
    # Each file's scan (see factsheet.checks.scan), and which files each check's test cleared.
    _scans: dict[int, FileScan] = field(default_factory=dict, init=False, repr=False)
    _scan_keys: frozenset[str] | None = field(default=None, init=False, repr=False)
    _cleared: dict[tuple[FileTest, int], bool] = field(default_factory=dict, init=False, repr=False)

    def problem(
        self,
        record: Any,
        sub: PathKey,
        code: str,
        message: str,
        hint: str | None = None,
        severity: Severity = Severity.ERROR,
        *,
        on_key: bool = False,
    ) -> Problem:
        """A problem about ``record`` at its sub-path ``sub`` (e.g. ('claims', 0, 'quote'))."""
        origin = self.project.origin(record)
        mark = origin.key_mark(sub) if on_key else origin.mark(sub)
        full = (*origin.path, *sub)
        where = ""
        for part in full:
            where += f"[{part}]" if isinstance(part, int) else (f".{part}" if where else str(part))
        return Problem(origin.doc.file, mark, code, message, hint, severity, path=where)

    def values(self, record: Any) -> list[tuple[PathKey, Any]]:
        """:func:`iter_values` of a record of the project, computed once per check run (the
        records live as long as the project, so their ids stay theirs)."""
        found = self._values.get(id(record))
        if found is None:
            found = self._values[id(record)] = walk_values(record)
        return found

    def cleared(self, record: Any, test: FileTest) -> bool:
        """Whether ``test`` clears the file ``record`` was written in: a check's quick test of
        a whole file's data (see :mod:`factsheet.checks.scan`), run once per file. A check
        reads the records of a file it does not clear one by one."""
        doc = self.project.origin(record).doc
        key = (test, id(doc))
        found = self._cleared.get(key)
        if found is None:
            found = self._cleared[key] = test(self, self.scan(doc))
        return found

    def scan(self, doc: Document) -> FileScan:
        """The scan of a file's data, once per file, grouping the strings under every key
        that a check module names in its ``FILE_KEYS``."""
        found = self._scans.get(id(doc))
        if found is None:
            if self._scan_keys is None:
                modules = registry().values()
                self._scan_keys = frozenset().union(*(getattr(m, "FILE_KEYS", ()) for m in modules))
            found = self._scans[id(doc)] = scan(doc.data, self._scan_keys)
        return found

    def records(self, *kinds: str) -> Iterator[tuple[str, Any]]:
        """Every record as (kind, record), duplicates included, in file order; only the
        given kinds ('topic', 'entity', 'source', 'fact') when any are named."""
        for kind, record, _origin in self.project.records:
            if not kinds or kind in kinds:
                yield kind, record


# Dict fields of the model whose keys are data (a quote's translations, keyed by language),
# not field names: a translation keyed "end" or "url" is not a date or a URL field.
# tests/checks/test_dates.py keeps this list complete.
DATA_KEYED_FIELDS = frozenset({"translations"})


def is_field(sub: PathKey, names: frozenset[str]) -> bool:
    """Whether ``sub`` (from :func:`iter_values`) ends at a model field named in ``names``,
    not at a key of a dict such as a quote's ``translations``."""
    return sub[-1] in names and not (len(sub) > 1 and sub[-2] in DATA_KEYED_FIELDS)


def iter_values(node: Any, path: PathKey = ()) -> Iterator[tuple[PathKey, Any]]:
    """Every value below ``node`` with its sub-path, depth first in field order: the fields of
    models (unset optional fields, which are None, are skipped), list items and dict values.
    Sub-paths use the YAML keys, so they can be handed to :meth:`CheckContext.problem`."""
    return iter(walk_values(node, path))


def walk_values(node: Any, path: PathKey = ()) -> list[tuple[PathKey, Any]]:
    """:func:`iter_values` as a list (one recursive walk appending to it: nested generators
    cost a frame switch per level for every value)."""
    out: list[tuple[PathKey, Any]] = []
    _walk(node, path, out)
    return out


_CONTAINERS = (BaseModel, list, dict)


# Field names per model class: ``model_fields`` is a descriptor that is slow to read per node.
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _walk(node: Any, path: PathKey, out: list[tuple[PathKey, Any]]) -> None:
    if isinstance(node, BaseModel):
        cls = type(node)
        names = _FIELD_NAMES.get(cls)
        if names is None:
            names = _FIELD_NAMES[cls] = tuple(cls.model_fields)
        children: Iterable[tuple[str | int, Any]] = [(name, getattr(node, name)) for name in names]
    elif isinstance(node, list):
        children = enumerate(node)
    elif isinstance(node, dict):
        children = node.items()
    else:
        return
    for key, value in children:
        if value is None:
            continue
        sub = (*path, key)
        out.append((sub, value))
        if isinstance(value, _CONTAINERS):  # most values are strings: no call for those
            _walk(value, sub, out)


def iter_strings(record: Any) -> Iterator[tuple[PathKey, str]]:
    """Every string inside a record (ids, texts, urls, quotes ...) with its sub-path."""
    for sub, value in iter_values(record):
        if isinstance(value, str):
            yield sub, value


def iter_texts(record: Any) -> Iterator[tuple[PathKey, Text]]:
    """Every bilingual :class:`~factsheet.model.records.Text` inside a record with its sub-path."""
    for sub, value in iter_values(record):
        if isinstance(value, Text):
            yield sub, value


def at_offset(mark: Mark, value: str, offset: int) -> Mark:
    """The span of character ``offset`` of ``value`` when the value sits on one line.

    A plain scalar spans exactly its characters, a quoted one two more; anything else (escapes,
    folded lines) keeps the start of the value.
    """
    if mark.line != mark.end_line:
        return mark
    width = mark.end_col - mark.col
    if width == len(value):
        col = mark.col + offset
    elif width == len(value) + 2:
        col = mark.col + 1 + offset
    else:
        return mark
    return Mark(mark.line, col, mark.line, col + 1)


def suggest(name: str, known: Iterable[str]) -> str:
    """A hint naming the closest known id, or listing a few when nothing is close."""
    choices = sorted(set(known))
    close = difflib.get_close_matches(name, choices, n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    if not choices:
        return "none is defined yet"
    shown = ", ".join(choices[:8]) + (", ..." if len(choices) > 8 else "")
    return f"known ids: {shown}"


Check = Callable[[CheckContext], Iterable[Problem]]


def registry() -> dict[str, ModuleType]:
    """Every check module by name, in the order they run."""
    from factsheet.checks import (  # noqa: I001 - the order here is the run order
        references,
        bilingual,
        values,
        dates,
        text_safety,
        urls,
        quotes,
        consistency,
        locations,
    )

    return {
        "references": references,
        "bilingual": bilingual,
        "values": values,
        "dates": dates,
        "text_safety": text_safety,
        "urls": urls,
        "quotes": quotes,
        "consistency": consistency,
        "locations": locations,
    }


def run_checks(ctx: CheckContext) -> Iterator[Problem]:
    for module in registry().values():
        yield from module.check(ctx)
