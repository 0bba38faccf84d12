"""What every check sees: the project, the build date, and helpers to make problems.

:class:`CheckContext` hands a check the records of the project and each record's values with
their sub-paths, and lets a check clear a whole file at once from one scan of its plain data
(:meth:`CheckContext.cleared`, see :mod:`factsheet.checks.scan`).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import BaseModel

from factsheet.checks.scan import FileScan, scan
from factsheet.load.loader import Document, PathKey
from factsheet.problems import Mark, Problem, Severity, data_path
from factsheet.project import Project

StringTest = Callable[[str], object]
"""A test of one string: a true result says that the check has nothing to report about it."""

EVERY = "*"
"""The key of the tests that every string of a file must pass."""


@dataclass(frozen=True)
class FileRule:
    """What a check declares so that the runner can skip its records a whole file at a time.

    ``tests`` maps a key to the tests a string must pass: a string under that key (a field
    name, or a dict key such as a translation's language) or a quote or a spelling tagged with
    that language, and under :data:`EVERY` every string of the file. The runner clears a file
    whose strings all pass (:meth:`CheckContext.cleared`), from one scan of its plain data;
    the check reads the records of the other files, and skips each string that passes
    (:meth:`fine`). The tests are written once, in the rule, and must be sufficient: a string
    that passes is one the check reports nothing about.
    """

    tests: dict[str, tuple[StringTest, ...]]

    def fine(self, value: str, key: str = EVERY) -> bool:
        """Whether ``value``, found under ``key``, passes the tests of its key and of
        :data:`EVERY`."""
        tests = self.tests.get(EVERY, ())
        if key != EVERY:
            tests = (*self.tests.get(key, ()), *tests)
        return all(test(value) for test in tests)

    def clears(self, scan: FileScan) -> bool:
        """Whether every string of a scanned file passes (the tests run in C where they are
        C functions: ``map`` calls them without a Python frame per string)."""
        for key, tests in self.tests.items():
            if key == EVERY:
                values = scan.strings
            else:
                values = scan.by_key[key] + [text for lang, text in scan.tagged if lang == key]
            if not all(all(map(test, values)) for test in tests):
                return False
        return True


@dataclass
class CheckContext:
    """What a check sees: the project, the build date, and helpers to make problems."""

    project: Project
    today: date
    scan_keys: frozenset[str] = frozenset()
    """The keys whose strings a file's scan groups: every ``FILE_KEYS`` of the checks run."""
    # Each record's values, walked once per run and shared by the checks that read them all.
    _values: dict[int, list[tuple[PathKey, Any]]] = field(
        default_factory=dict, init=False, repr=False
    )
    # Each file's scan (see factsheet.checks.scan), and which files each check's test cleared.
    _scans: dict[int, FileScan] = field(default_factory=dict, init=False, repr=False)
    _cleared: dict[tuple[int, int], bool] = field(default_factory=dict, init=False, repr=False)

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
        where = data_path((*origin.path, *sub))
        return Problem(origin.doc.file, mark, code, message, hint, severity, path=where)

    def values(self, record: Any) -> list[tuple[PathKey, Any]]:
        """The values of a record of the project (:func:`walk_values`), computed once per check
        run (the records live as long as the project, so their ids stay theirs)."""
        found = self._values.get(id(record))
        if found is None:
            found = self._values[id(record)] = walk_values(record)
        return found

    def cleared(self, record: Any, rule: FileRule) -> bool:
        """Whether ``rule`` clears the file ``record`` was written in (see :class:`FileRule`),
        worked out once per file and rule. A check reads the records of a file it does not
        clear one by one."""
        doc = self.project.origin(record).doc
        key = (id(rule), id(doc))
        found = self._cleared.get(key)
        if found is None:
            found = self._cleared[key] = rule.clears(self.scan(doc))
        return found

    def scan(self, doc: Document) -> FileScan:
        """The scan of a file's data, once per file, grouping the strings under every key
        in :attr:`scan_keys`."""
        found = self._scans.get(id(doc))
        if found is None:
            found = self._scans[id(doc)] = scan(doc.data, self.scan_keys)
        return found

    def records(self, *kinds: str) -> Iterator[tuple[str, Any]]:
        """Every record as (kind, record), duplicates included, in file order; only the
        given kinds ('site', 'topic', 'entity', 'source', 'fact') when any are named."""
        for kind, record, _origin in self.project.records:
            if not kinds or kind in kinds:
                yield kind, record


# Dict fields of the model whose keys are data (a quote's translations, keyed by language),
# not field names: a translation keyed "end" or "url" is not a date or a URL field.
# tests/checks/test_dates.py keeps this list complete.
DATA_KEYED_FIELDS = frozenset({"translations"})


def is_field(sub: PathKey, names: frozenset[str]) -> bool:
    """Whether ``sub`` (from :func:`walk_values`) ends at a model field named in ``names``,
    not at a key of a dict such as a quote's ``translations``."""
    return sub[-1] in names and not (len(sub) > 1 and sub[-2] in DATA_KEYED_FIELDS)


def walk_values(node: Any, path: PathKey = ()) -> list[tuple[PathKey, Any]]:
    """Every value below ``node`` with its sub-path, depth first in field order: the fields of
    models (unset optional fields, which are None, are skipped), list items and dict values.
    Sub-paths use the YAML keys, so they can be handed to :meth:`CheckContext.problem`."""
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
