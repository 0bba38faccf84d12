"""Plain data from a composed YAML tree, and the spans of its values, looked up on demand.

:func:`to_data` is the hot loop of loading (one call per node of every file), so it does only
what it must: build dicts, lists and strings, and reject what facts may not contain (duplicate,
empty, merge and non-text keys, a top level that is not a mapping, nesting beyond
:data:`~factsheet.load.compose.MAX_DEPTH`, and aliases when the event scan did not run).

It records no spans. Spans are needed only for the few values a problem is about, and keeping
a span (or the node) for each of a million values made loading slower than parsing and kept the
garbage collector busy. :class:`LazyMarks` re-composes the document's text when a span is first
asked for; asking whether a path exists reads the data instead.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from factsheet.load.compose import MAX_DEPTH, TOO_DEEP, PathKey, parse_single, span
from factsheet.problems import Mark, Problem

NULLS = frozenset({"", "~", "null", "Null", "NULL"})
"""Plain (unquoted) scalars that mean "no value" (YAML 1.2 core schema); they load as None."""

_ODD_KEYS = NULLS | {"<<"}  # keys that need a closer look (plain ones are rejected)
_KEY_TEXTS = {
    "yaml-key-not-string": (
        "a key must be plain text, not a list or mapping",
        "write the key as a word followed by ': ', e.g. 'id: value'",
    ),
    "yaml-empty-key": (
        "a key is empty or null",
        "write the field name before the ':'",
    ),
    "yaml-merge-key": (
        "merge keys ('<<') are not allowed",
        "write out the fields instead of merging them from elsewhere",
    ),
}


class _Converter:
    """Builds plain data from nodes, collecting problems instead of stopping at the first."""

    def __init__(self, file: str, check_aliases: bool) -> None:
        self.file = file
        self.problems: list[Problem] = []
        # Collections seen, by id: an alias is the same node object reached twice. Always
        # tracked, so that aliases of aliases are never expanded (a "billion laughs"), but
        # reported only when the event scan did not run (it reports them at the '*' itself).
        self.seen: set[int] = set()
        self.report_aliases = check_aliases
        self.too_deep = False
        self.first_keys: dict[int, dict[str, Node]] = {}

    def value(self, node: Node, level: int) -> Any:
        if type(node) is ScalarNode:
            # style is '' (C composer) or None for plain scalars; quoted "" stays "".
            return None if node.value in NULLS and not node.style else node.value
        if level > MAX_DEPTH:
            if not self.too_deep:  # once per file: the siblings are as deep
                self.too_deep = True
                self.add(node, "yaml-too-deep", *TOO_DEEP)
            return None
        if id(node) in self.seen:
            if self.report_aliases:
                self.add(node, "yaml-alias", "this value is repeated by an alias", "write it out")
            return None
        self.seen.add(id(node))
        if type(node) is MappingNode:
            return self.mapping(node, level)
        items: list[Any] = []
        for item in node.value:
            if type(item) is ScalarNode:  # inlined value(): most items are scalars
                text = item.value
                items.append(None if text in NULLS and not item.style else text)
            else:
                items.append(self.value(item, level + 1))
        return items

    def mapping(self, node: MappingNode, level: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            # Type first: the value of a mapping or list key is a list, which is unhashable.
            if type(key_node) is not ScalarNode or key in _ODD_KEYS or key in result:
                # A rejected key's value is still walked, to report the problems inside it.
                value = self.value(value_node, level + 1)
                if self.accept_odd_key(node, key_node, result):
                    result[key] = value
            elif type(value_node) is ScalarNode:  # inlined value(): most values are scalars
                text = value_node.value
                result[key] = None if text in NULLS and not value_node.style else text
            else:
                result[key] = self.value(value_node, level + 1)
        return result

    def accept_odd_key(self, mapping: MappingNode, key_node: Node, seen: dict[str, Any]) -> bool:
        """Report a key that is not text, a duplicate, empty, null or '<<'; accept a quoted
        'null' or '<<' (ordinary text: the schema judges the field name)."""
        key = key_node.value
        if type(key_node) is not ScalarNode:
            self.add(key_node, "yaml-key-not-string", *_KEY_TEXTS["yaml-key-not-string"])
        elif key in seen:
            self.duplicate(mapping, key_node)
        elif key == "" or not key_node.style:
            code = "yaml-merge-key" if key == "<<" else "yaml-empty-key"
            self.add(key_node, code, *_KEY_TEXTS[code])
        else:
            return True
        return False

    def duplicate(self, mapping: MappingNode, key_node: ScalarNode) -> None:
        # The first key of each text, indexed once per mapping: a file of repeated keys
        # must not make this quadratic.
        firsts = self.first_keys.get(id(mapping))
        if firsts is None:
            firsts = self.first_keys[id(mapping)] = _first_keys(mapping)
        first = firsts[key_node.value]
        line = first.start_mark.line + 1
        self.problems.append(
            Problem(
                self.file,
                span(key_node),
                "yaml-duplicate-key",
                f"key '{key_node.value}' is already defined on line {line}",
                "keep one of the two: YAML would silently use only the last value",
                related=((self.file, span(first)),),
            )
        )

    def add(self, node: Node, code: str, message: str, hint: str) -> None:
        self.problems.append(Problem(self.file, span(node), code, message, hint))


def _first_keys(mapping: MappingNode) -> dict[str, Node]:
    """The first text key node of each key in a mapping."""
    firsts: dict[str, Node] = {}
    for key_node, _ in mapping.value:
        if type(key_node) is ScalarNode:
            firsts.setdefault(key_node.value, key_node)
    return firsts


def to_data(root: Node, file: str, scanned: bool) -> tuple[Any, list[Problem]]:
    """Plain data (dicts, lists, str, None) from a composed tree, with the problems found.

    ``scanned`` says the event scan already ran (then aliases are reported already).
    """
    converter = _Converter(file, check_aliases=not scanned)
    if type(root) is not MappingNode:
        converter.value(root, 1)
        converter.add(
            root,
            "yaml-top-level",
            "the top level of a fact file must be a mapping (key: value)",
            "start the file with 'topic:', 'facts:', 'sources:', 'entities:' or 'topics:'",
        )
        return None, converter.problems
    return converter.mapping(root, 1), converter.problems


def _exists(data: Any, path: PathKey) -> bool:
    """Whether ``path`` leads to a value in ``data`` (a list index must be an int in range)."""
    for part in path:
        if isinstance(data, list):
            if not isinstance(part, int) or not 0 <= part < len(data):
                return False
        elif not isinstance(data, dict) or not isinstance(part, str) or part not in data:
            return False
        data = data[part]
    return True


class Source:
    """A loaded document's text and data; composes the node tree once, when first needed."""

    def __init__(self, text: str, data: Any) -> None:
        self.text = text
        self.data = data
        self._root: Node | None = None
        self._composed = False
        # Key -> (key node, value node), per mapping node id: indexed on first use, so that
        # thousands of problems in one large mapping do not scan it thousands of times.
        self._pairs: dict[int, dict[str, tuple[Node, Node]]] = {}

    @property
    def root(self) -> Node | None:
        if not self._composed:
            self._root, self._composed = parse_single(self.text), True
        return self._root

    def find(self, path: PathKey) -> tuple[Node | None, Node | None]:
        """The value node at ``path`` and its key node (None for list items), or (None, None)."""
        node, key = self.root, None
        for part in path:
            if type(node) is MappingNode and isinstance(part, str):
                pair = self._mapping_pairs(node).get(part)
                if pair is None:
                    return None, None
                key, node = pair
            elif (
                type(node) is SequenceNode and isinstance(part, int) and 0 <= part < len(node.value)
            ):
                key, node = None, node.value[part]
            else:
                return None, None
        return node, key

    def _mapping_pairs(self, mapping: MappingNode) -> dict[str, tuple[Node, Node]]:
        pairs = self._pairs.get(id(mapping))
        if pairs is None:
            pairs = self._pairs[id(mapping)] = {}
            for key_node, value_node in mapping.value:
                if type(key_node) is ScalarNode:
                    pairs.setdefault(key_node.value, (key_node, value_node))
        return pairs


class LazyMarks(Mapping[PathKey, Mark]):
    """Spans by data path (of values, or with ``keys=True`` of mapping keys), read on demand.

    Membership and iteration read the data (every data path has a node), so asking whether a
    field was written costs no parsing; the first span asked for composes the text again.
    """

    def __init__(self, source: Source, keys: bool = False) -> None:
        self.source = source
        self.of_keys = keys

    def __contains__(self, path: object) -> bool:
        if not isinstance(path, tuple) or not _exists(self.source.data, path):
            return False
        return not self.of_keys or bool(path and isinstance(path[-1], str))

    def __getitem__(self, path: PathKey) -> Mark:
        if path not in self:
            raise KeyError(path)
        node, key = self.source.find(path)
        target = key if self.of_keys else node
        if target is None:
            raise KeyError(path)
        return span(target)

    def __iter__(self) -> Iterator[PathKey]:
        stack: list[tuple[PathKey, Any]] = [((), self.source.data)]
        while stack:
            path, value = stack.pop()
            if path in self:
                yield path
            if isinstance(value, dict):
                stack.extend(((*path, k), v) for k, v in reversed(value.items()))
            elif isinstance(value, list):
                stack.extend(((*path, i), v) for i, v in reversed(list(enumerate(value))))

    def __len__(self) -> int:
        return sum(1 for _ in self)
