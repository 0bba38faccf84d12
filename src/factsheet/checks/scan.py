"""What a file holds, read in one pass over its plain data, so that checks can clear it whole.

Every record of a typed file is built from the file's data (the loader's dicts, lists and
strings): each string a record holds is a string of the data, at the same key, except the
defaults and the file's ``topic`` copied into its facts (plain ASCII words and ids). So a rule
(:class:`~factsheet.checks.context.FileRule`) that passes all of a file's strings proves that
its check would report nothing for any of its records; the check then reads the records of the
files that fail, one by one with paths.

A rule may be stricter than the check (an empty string anywhere fails bilingual's rule, though
only texts must not be empty): a false alarm costs only the slower reading, a missed problem
would be a silent error. Walking plain data is cheaper than walking the typed
records, and most tests then run in C over all strings at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class FileScan:
    """The strings of one file's data, and the few groups of them that checks test."""

    strings: list[str] = field(default_factory=list)
    """Every string value (dict values and list items), in no particular order."""
    by_key: dict[str, list[str]] = field(default_factory=dict)
    """For each key asked for: the string values under that key in any mapping (a field
    name, or a dict key such as a translation's language)."""
    tagged: list[tuple[str, str]] = field(default_factory=list)
    """(lang, text) of every mapping with string ``lang`` and ``text``: quotes, variants."""
    precisions: list[tuple[Any, Any]] = field(default_factory=list)
    """(precision, date) of every mapping with a ``precision`` key: date values."""


def scan(data: Any, keys: frozenset[str]) -> FileScan:
    """Scan a file's data, grouping the strings under ``keys`` (see :class:`FileScan`)."""
    found = FileScan(by_key={key: [] for key in keys})
    if type(data) is dict or type(data) is list:
        _walk(data, found)
    return found


def _walk(node: dict[str, Any] | list[Any], found: FileScan) -> None:
    strings = found.strings
    if isinstance(node, list):
        for value in node:
            if type(value) is str:
                strings.append(value)
            elif type(value) is dict or type(value) is list:
                _walk(value, found)
        return
    by_key = found.by_key
    for key, value in node.items():
        if type(value) is str:
            strings.append(value)
            group = by_key.get(key)
            if group is not None:
                group.append(value)
        elif type(value) is dict or type(value) is list:
            _walk(value, found)
    lang, text = node.get("lang"), node.get("text")
    if type(lang) is str and type(text) is str:
        found.tagged.append((lang, text))
    if "precision" in node:
        found.precisions.append((node["precision"], node.get("date")))
