"""The checks that run on a typed project, one module per concern.

Each check module has a module docstring (its user documentation, with a passing and a failing
example), a ``CODES`` dict of the problem codes it reports with a one-line meaning each, and a
``check(ctx)`` generator yielding :class:`~factsheet.problems.Problem`. The registry below is
explicit so the order of output is stable and a newcomer can find every check from here.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from types import ModuleType
from typing import Any

from pydantic import BaseModel

from factsheet.checks.finder import Finder, Reads, finder_for
from factsheet.loader import PathKey
from factsheet.model import Text
from factsheet.problems import Mark, Problem, Severity
from factsheet.project import Project


@dataclass
class CheckContext:
    """What a check sees: the project, the build date, and helpers to make problems."""

    project: Project
    today: date
    # Each record's values, walked once per run and shared by the checks that read them all.
    _values: dict[int, list[tuple[PathKey, Any]]] = field(
        default_factory=dict, init=False, repr=False
    )
    # What every check reads (their READS) of each record, found in one pass per record.
    _finder: Finder | None = field(default=None, init=False, repr=False)
    _reads: frozenset[Reads] = field(default=frozenset(), init=False, repr=False)
    _found: dict[int, list[tuple[str | int, Any]]] = field(
        default_factory=dict, init=False, repr=False
    )

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

    def find(self, record: Any, reads: Reads) -> list[Any]:
        """The values of ``record`` that ``reads`` (a check module's ``READS``) names, in the
        order of :meth:`values`, without their paths. One pass per record finds what every
        check reads (see :mod:`factsheet.checks.finder`); a check that finds nothing wrong in
        them need not walk the record."""
        if self._finder is None:
            declared = [m.READS for m in registry().values() if hasattr(m, "READS")]
            self._finder, self._reads = finder_for(declared), frozenset(declared)
        if reads not in self._reads:
            raise ValueError(f"{reads} is not the READS of a registered check")
        found = self._found.get(id(record))
        if found is None:
            found = self._found[id(record)] = self._finder(record)
        return reads.pick(found)

    def records(self, *kinds: str) -> Iterator[tuple[str, Any]]:
        """Every record as (kind, record), duplicates included, in file order; only the
        given kinds ('topic', 'entity', 'source', 'fact') when any are named."""
        for kind, record, _origin in self.project.records:
            if not kinds or kind in kinds:
                yield kind, record


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
    """Every bilingual :class:`~factsheet.model.Text` inside a record with its sub-path."""
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
    }


def run_checks(ctx: CheckContext) -> Iterator[Problem]:
    for module in registry().values():
        yield from module.check(ctx)
