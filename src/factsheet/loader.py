"""Load YAML fact files into plain data that remembers where every key and value came from.

Built on libyaml's C composer (fast) with a resolver that has no implicit resolvers, so every
plain scalar stays the text the editor wrote: ``no`` is not False, ``010`` is not 8, dates are
strings. The model then types the values and says what is wrong.

MINIMAL VERSION: the hardened loader (encodings, duplicates, tags, anchors, depth, size,
symlinks) replaces this module; its public API is :class:`Document`, :func:`load_file` and
:func:`load_tree`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml._yaml import CParser
from yaml.resolver import BaseResolver

from factsheet.problems import Mark, Problem

PathKey = tuple[str | int, ...]


class _TextLoader(CParser, BaseResolver):  # type: ignore[misc]
    """libyaml's parser and composer with no implicit typing: every scalar is text."""

    def __init__(self, stream: str) -> None:
        CParser.__init__(self, stream)
        BaseResolver.__init__(self)


@dataclass
class Document:
    """One loaded file: its data and the span of every value and mapping key, by data path."""

    file: str
    data: Any
    marks: dict[PathKey, Mark] = field(default_factory=dict)
    key_marks: dict[PathKey, Mark] = field(default_factory=dict)

    def mark(self, path: PathKey) -> Mark:
        """The closest known span for ``path``: the value, else its nearest ancestor."""
        while path not in self.marks and path:
            path = path[:-1]
        return self.marks.get(path, Mark(1, 1))

    def key_mark(self, path: PathKey) -> Mark:
        return self.key_marks.get(path) or self.mark(path)


def _span(node: yaml.Node) -> Mark:
    s, e = node.start_mark, node.end_mark
    return Mark(s.line + 1, s.column + 1, e.line + 1, e.column + 1)


def _convert(node: yaml.Node, path: PathKey, doc: Document) -> Any:
    doc.marks[path] = _span(node)
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            doc.key_marks[(*path, key)] = _span(key_node)
            result[key] = _convert(value_node, (*path, key), doc)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, (*path, i), doc) for i, item in enumerate(node.value)]
    if node.style is None and node.value in ("", "~", "null", "Null", "NULL"):
        return None
    return node.value


def load_file(root: Path, path: Path) -> tuple[Document | None, list[Problem]]:
    """Load one file. Returns the document, or None with the problems that stopped it."""
    rel = path.relative_to(root).as_posix()
    text = path.read_bytes().decode("utf-8")
    try:
        node = _TextLoader(text).get_single_node()
    except yaml.MarkedYAMLError as exc:
        m = exc.problem_mark
        mark = Mark(m.line + 1, m.column + 1) if m else Mark(1, 1)
        return None, [Problem(rel, mark, "yaml-syntax", str(exc.problem), "fix the YAML syntax")]
    doc = Document(rel, None)
    if node is None:
        return None, [Problem(rel, Mark(1, 1), "yaml-empty", "the file is empty")]
    doc.data = _convert(node, (), doc)
    return doc, []


def load_tree(root: Path, folder: str = "facts") -> tuple[list[Document], list[Problem]]:
    """Load every ``*.yaml``/``*.yml`` under ``root/folder`` in a stable order."""
    docs: list[Document] = []
    problems: list[Problem] = []
    base = root / folder
    for path in sorted(p for p in base.rglob("*") if p.suffix in (".yaml", ".yml")):
        doc, found = load_file(root, path)
        problems.extend(found)
        if doc is not None:
            docs.append(doc)
    return docs, problems
