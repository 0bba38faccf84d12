"""Find the values of a record that a check reads, without walking all of its values.

:func:`~factsheet.checks.walk_values` lists every value of a record with its sub-path: about
330,000 pairs at 10,000 facts, most of them strings that a check skips. A :class:`Finder`
visits only the fields whose type can hold what it looks for, and returns the values alone
(no paths), in the same depth-first field order. A check tests them quickly and reads the
record with paths (:meth:`~factsheet.checks.CheckContext.values`) only when one fails, so
every problem is still made by the same code, at the same place.

What a field can hold is read once per model class from its annotation (through
``Annotated``, unions, ``list`` and ``dict``); a field that may hold a mapping is always
visited, because its keys are free text that can match a key the finder looks for.
"""

from __future__ import annotations

import types
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel


@dataclass(frozen=True)
class Reads:
    """What a check reads of every record: the values of these kinds, and those under these
    keys (field names, or dict keys such as a translation's language)."""

    kinds: tuple[type, ...] = ()
    keys: frozenset[str] = frozenset()

    def pick(self, found: list[tuple[str | int, Any]]) -> list[Any]:
        """The values of ``found`` (a finder's pairs) that this names, in order."""
        kinds, keys = self.kinds, self.keys
        return [value for key, value in found if key in keys or isinstance(value, kinds)]


def finder_for(reads: Iterable[Reads]) -> Finder:
    """One finder for all of ``reads``: its pairs, picked by one of them, are what a finder
    of that one alone returns (it visits a superset of the fields, in the same order)."""
    kinds: tuple[type, ...] = ()
    keys: frozenset[str] = frozenset()
    for one in reads:
        kinds += tuple(kind for kind in one.kinds if kind not in kinds)
        keys |= one.keys
    return Finder(kinds, keys)


class Finder:
    """The values below a record that are instances of ``kinds`` or sit under a key in
    ``keys`` (a field name, or a key of a dict such as ``translations``), depth first in
    field order, each with its key (a list item's is its index): the values of
    :func:`~factsheet.checks.walk_values` that match, in its order. Unset optional fields
    (None) are skipped, as there."""

    def __init__(self, kinds: tuple[type, ...] = (), keys: frozenset[str] = frozenset()) -> None:
        self.kinds = kinds
        self.keys = keys
        # Per model class: the names of the fields that can hold a match.
        self._plans: dict[type, tuple[str, ...]] = {}
        # Per type of value: whether it is one of the kinds, and whether a match can be
        # inside it (lists, dicts, some models).
        self._by_type: dict[type, tuple[bool, bool]] = {}

    def __call__(self, record: Any) -> list[tuple[str | int, Any]]:
        out: list[tuple[str | int, Any]] = []
        self._value(record, out)
        return out

    def _value(self, node: Any, out: list[tuple[str | int, Any]]) -> None:
        keys, by_type = self.keys, self._by_type
        if type(node) is list:
            pairs: Any = enumerate(node)  # an index is never a key: only the kind can match
        elif type(node) is dict:
            pairs = node.items()
        else:
            plan = self._plans.get(type(node))
            if plan is None:
                plan = self._plan(type(node))
            fields = node.__dict__  # a pydantic model keeps its field values here
            pairs = zip(plan, map(fields.__getitem__, plan), strict=True)
        for key, value in pairs:
            if value is None:
                continue
            known = by_type.get(type(value))
            if known is None:
                known = by_type[type(value)] = self._judge(type(value))
            is_kind, inside = known
            if is_kind or key in keys:
                out.append((key, value))
            if inside:  # lists, dicts and the models whose plan is not empty
                self._value(value, out)

    def _judge(self, cls: type) -> tuple[bool, bool]:
        """Whether a value of this type is one of the kinds (``isinstance`` per type, once:
        the kinds are pydantic models, whose ``isinstance`` is slow), and whether a match can
        be inside it."""
        return issubclass(cls, self.kinds), self._holds_matches(cls)

    def _holds_matches(self, cls: type) -> bool:
        if cls is list or cls is dict:
            return True
        if not issubclass(cls, BaseModel):
            return False
        plan = self._plans.get(cls)
        return bool(self._plan(cls) if plan is None else plan)

    def _plan(self, cls: type[BaseModel]) -> tuple[str, ...]:
        # While a class is planned, a field that holds the class itself must be visited:
        # the placeholder says "may match" (no model here holds itself, but one could).
        self._plans[cls] = ("",)
        plan = tuple(
            name
            for name, field in cls.model_fields.items()
            if name in self.keys or self._may_match(field.annotation)
        )
        self._plans[cls] = plan
        return plan

    def _may_match(self, annotation: Any) -> bool:
        """Whether a field of this type can hold a match (or a mapping, whose keys can)."""
        for leaf in _leaves(annotation):
            if leaf is Any or leaf is dict:
                return True
            if not isinstance(leaf, type):
                continue
            if issubclass(leaf, self.kinds):
                return True
            if issubclass(leaf, BaseModel) and self._holds_matches(leaf):
                return True
        return False


def _leaves(annotation: Any) -> list[Any]:
    """The types a value of ``annotation`` can have, and those of its items: ``list`` and
    ``dict`` stand for themselves and add their item types; a ``Literal`` is ``str`` (all our
    literals are texts); ``Annotated`` is its first argument."""
    leaves: list[Any] = []
    pending = [annotation]
    while pending:
        item = pending.pop()
        origin = get_origin(item)
        if origin is None:
            leaves.append(item)
        elif origin is Literal:
            leaves.extend(type(choice) for choice in get_args(item))
        elif origin is Union or origin is types.UnionType:
            pending.extend(get_args(item))
        elif origin in (list, dict):
            leaves.append(origin)
            pending.extend(get_args(item))
        elif origin is Annotated:
            pending.append(get_args(item)[0])
        else:  # a type this model does not use: assume it can hold anything
            leaves.append(Any)
    return leaves
