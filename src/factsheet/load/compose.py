"""Compose YAML text into plain data with libyaml, refusing every YAML feature facts do not need.

Fact files use a small, boring subset of YAML: mappings with text keys, lists and text scalars.
This module enforces that subset and turns every libyaml failure into a positioned
:class:`~factsheet.problems.Problem`:

* libyaml's C composer builds the node tree (PyYAML's Python composer is much slower).
  Its resolver hooks are bound to a C no-op (see :class:`_TextParser`), so no scalar is ever
  typed: ``no``, ``010``, ``1e3``, ``12:30`` and ``2020-02-30`` stay the text that was written.
* :func:`factsheet.load.data.to_data` walks the tree once and rejects duplicate keys, non-text,
  empty and merge (``<<``) keys, a top level that is not a mapping and deep nesting.
* Tags, anchors and aliases are invisible in the composed tree (an alias is the same node object
  twice, an unused anchor leaves no trace), so :func:`scan_events` reads the event stream. It is
  slower, so it runs only when the text could hold one of them (:func:`_maybe_properties`), or
  to position a problem the composer found (a second document, libyaml's own depth limit).
* libyaml stops at 1000 levels of nesting (the C composer recurses, so this matters); the
  event scan then finds the first level beyond :data:`MAX_DEPTH` to report.

Nothing here raises: any exception from libyaml becomes a ``yaml-*`` problem.
"""

from __future__ import annotations

import operator
import re
from typing import Any

import yaml
from yaml._yaml import CParser
from yaml.nodes import Node, ScalarNode

from factsheet.problems import Mark, Problem

PathKey = tuple[str | int, ...]

MAX_DEPTH = 32
"""Deepest allowed nesting of mappings and lists (the top-level mapping is level 1).

Real fact files need about 8 levels; the limit keeps the recursive walk far from Python's
recursion limit. libyaml itself stops at 1000 levels with a syntax error."""

# A tag (!), anchor (&name) or alias (*name) can only start a node: at the start of a line or
# after white space, a flow indicator or ':'. '&' and '*' need a name right after them. This is
# a superset, so text without a match has none of them and skips the event scan.
# libyaml skips a byte order mark anywhere in the stream, so a property may follow one.
_MAYBE_PROPERTIES = re.compile(r"(?:^|[\s\[{,:\ufeff])(?:!|[&*](?=\S))")
_NESTING = "exceeded maximum nesting depth"  # libyaml's message at 1000 levels

TOO_DEEP = (
    f"nesting is deeper than {MAX_DEPTH} levels",
    "fact files need only a few levels; check the indentation or the brackets",
)

_SYNTAX_HINTS = (
    ("mapping values are not allowed", "a value that contains ': ' must be put in quotes"),
    ("could not find expected ':'", "a key needs ': ' after it; quote a text that spans lines"),
    ("expected '-' indicator", "items of one list start with '- ' in the same column"),
    ("did not find expected key", "items of one mapping must start in the same column"),
    ("expected <block end>", "items of one mapping or list must start in the same column"),
    ("end of stream", "close the quote or bracket that starts earlier"),
    ("did not find expected", "close the bracket or quote that starts earlier"),
)
_GENERIC_HINT = "check the indentation, quotes and brackets at this position"
_TAB_HINT = "indent with spaces, never tabs"
_START_HINT = "put the value in quotes: a plain value cannot start with {0}"


class _TextParser(CParser):
    """libyaml's parser and C composer, with no tag resolution at all.

    The composer calls ``resolve``, ``descend_resolver`` and ``ascend_resolver`` for every node.
    We never use resolved tags (all scalars are text; explicit tags are rejected by the event
    scan), so the hooks are C functions that accept the arguments and do nothing that
    matters: ``resolve`` is ``"".format``, which takes any arguments and returns "" (the node
    tag). The other two run for every node, so they are the cheapest calls that take their
    arguments without building a tuple: ``operator.is_(parent, index)`` and ``tuple()`` (their
    results are ignored).
    """

    resolve = "".format
    descend_resolver = operator.is_
    ascend_resolver = tuple


def _mark(mark: Any) -> Mark:
    return Mark(mark.line + 1, mark.column + 1)


def span(node: Node) -> Mark:
    """The 1-based start and end of a node."""
    s, e = node.start_mark, node.end_mark
    return Mark(s.line + 1, s.column + 1, e.line + 1, e.column + 1)


def syntax_problem(file: str, exc: Exception, text: str = "") -> Problem:
    """A libyaml (or any unexpected) exception as a positioned ``yaml-syntax`` problem."""
    if not isinstance(exc, yaml.MarkedYAMLError):
        message = f"the YAML parser failed: {exc}"
        return Problem(file, Mark(1, 1), "yaml-syntax", message, _GENERIC_HINT)
    problem = str(exc.problem or exc.context or "invalid YAML")
    mark = exc.problem_mark or exc.context_mark
    message = problem
    if exc.context and exc.context_mark is not None and exc.problem_mark is not None:
        where = _mark(exc.context_mark)
        message = f"{problem} ({exc.context} that starts at line {where.line}:{where.col})"
    hint = next((h for key, h in _SYNTAX_HINTS if key in problem), _GENERIC_HINT)
    if "cannot start any token" in problem and mark is not None:
        # libyaml does not say which character; the text does.
        char = text[mark.index : mark.index + 1]
        hint = _TAB_HINT if char == "\t" else _START_HINT.format(repr(char)) if char else hint
    return Problem(
        file, _mark(mark) if mark is not None else Mark(1, 1), "yaml-syntax", message, hint
    )


def _maybe_properties(text: str) -> bool:
    # The 'in' tests are nearly free; the regex runs only for the few texts that pass them.
    if "!" not in text and "&" not in text and "*" not in text:
        return False
    return _MAYBE_PROPERTIES.search(text) is not None


def compose(
    text: str, file: str, encoded: bytes | None = None
) -> tuple[Node | None, list[Problem], bool]:
    """Parse ``text`` into the node of its single document (None if unusable), the problems
    found, and whether the event scan ran (then tags, anchors and aliases are reported).

    ``encoded`` is ``text`` in UTF-8 when the caller has it (the file's bytes): libyaml reads
    UTF-8, so a text would be encoded again. The same bytes give the same nodes and marks
    (libyaml counts characters either way); only a reader error would name the input
    differently, and none can occur on text that :mod:`factsheet.load.decode` accepted."""
    scanned = _maybe_properties(text)
    problems = scan_events(text, file) if scanned else []
    if problems and problems[-1].code in ("yaml-syntax", "yaml-too-deep"):
        return None, problems, True  # composing would only fail again at the same place
    parser = _TextParser(text if encoded is None else encoded)
    try:
        if not parser.check_node():
            return None, [_empty(file)], scanned
        node = parser.get_node()
        # What follows the first document is read before an empty one is called empty:
        # "---" then a stray directive is a syntax error, as the event scan finds too.
        if parser.check_node():  # a second document; the event scan positions its '---'
            return None, problems if scanned else scan_events(text, file), True
        if type(node) is ScalarNode and not node.style and node.value == "":
            return None, [_empty(file)], scanned  # only '---' and comments
    except Exception as exc:  # libyaml errors (and any bug below them) become problems
        # libyaml names a duplicate anchor in the context ("found duplicate anchor"), the
        # other errors in the problem.
        message = f"{getattr(exc, 'context', '')} {getattr(exc, 'problem', '')}"
        if not scanned and _NESTING in message:
            return None, scan_events(text, file), True
        if scanned and ("alias" in message or "anchor" in message):
            return None, problems, True  # undefined alias, duplicate anchor: reported by the scan
        return None, [*problems, syntax_problem(file, exc, text)], scanned
    finally:
        parser.dispose()
    return node, problems, scanned


def parse_single(text: str) -> Node | None:
    """The node tree of text that :func:`compose` accepted before, or None if it fails now."""
    try:
        node: Node | None = _TextParser(text).get_single_node()
    except Exception:  # the text loaded once; a failure now must not break error reporting
        return None
    return node


def _empty(file: str) -> Problem:
    return Problem(
        file,
        Mark(1, 1),
        "yaml-empty",
        "the file is empty (or has only comments)",
        "add content such as 'topic: <topic-id>' and 'facts:', or delete the file",
    )


def scan_events(text: str, file: str) -> list[Problem]:
    """Report tags, anchors, aliases, a second document and nesting beyond MAX_DEPTH.

    Reads libyaml's event stream, which (unlike composing) uses no recursion. Stops at a syntax
    error, a second document or the first node that is too deep, reporting it last.
    """
    problems: list[Problem] = []
    parser = CParser(text)
    try:
        _scan(parser, file, problems)
    except Exception as exc:  # every libyaml error becomes a problem
        problems.append(_nesting_problem(text, file, exc) or syntax_problem(file, exc, text))
    finally:
        parser.dispose()
    return problems


def _nesting_problem(text: str, file: str, exc: Exception) -> Problem | None:
    """For libyaml's "exceeded maximum nesting depth": the first node beyond MAX_DEPTH.

    The scanner reads ahead, so the error can come before the events reach MAX_DEPTH. Scanning
    only the text before the error's position cannot hit the limit again and does reach it.
    """
    mark = getattr(exc, "problem_mark", None)
    if _NESTING not in str(getattr(exc, "problem", "")) or mark is None:
        return None
    if not 0 < mark.index < len(text):  # nothing shorter to scan (and no endless recursion)
        return Problem(file, _mark(mark), "yaml-too-deep", *TOO_DEEP)
    found = scan_events(text[: mark.index], file)
    if found and found[-1].code == "yaml-too-deep":
        return found[-1]
    return Problem(file, _mark(mark), "yaml-too-deep", *TOO_DEEP)


def _scan(parser: Any, file: str, problems: list[Problem]) -> None:
    level = documents = 0
    while True:
        event = parser.get_event()
        kind = type(event)
        if kind is yaml.StreamEndEvent:
            return
        if kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                problems.append(_problem(file, event, "yaml-multiple-documents"))
                return
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            level += 1
            if level > MAX_DEPTH:
                problems.append(_problem(file, event, "yaml-too-deep"))
                return
            _properties(event, file, problems)
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            level -= 1
        elif kind is yaml.ScalarEvent:
            _properties(event, file, problems)
        elif kind is yaml.AliasEvent:
            problems.append(_problem(file, event, "yaml-alias", event.anchor))


def _properties(event: Any, file: str, problems: list[Problem]) -> None:
    if event.anchor is not None:
        problems.append(_problem(file, event, "yaml-anchor", event.anchor))
    if event.tag is not None:
        tag = str(event.tag).replace("tag:yaml.org,2002:", "!!")
        problems.append(_problem(file, event, "yaml-tag", tag))


_TEXTS = {
    "yaml-multiple-documents": (
        "a second YAML document starts here; a fact file holds one document",
        "remove the '---' line (and everything after it, or move it to its own file)",
    ),
    "yaml-too-deep": TOO_DEEP,
    "yaml-alias": (
        "the alias '*{0}' is not allowed: every value is written out where it is used",
        "replace '*{0}' with the value itself",
    ),
    "yaml-anchor": (
        "the anchor '&{0}' is not allowed",
        "remove '&{0}'; anchors and aliases make facts hard to review",
    ),
    "yaml-tag": (
        "the tag '{0}' is not allowed: values are typed by the schema, not by YAML tags",
        "remove '{0}'; put the value in quotes if it must stay text",
    ),
}


def _problem(file: str, event: Any, code: str, name: str = "") -> Problem:
    message, hint = _TEXTS[code]
    return Problem(file, _mark(event.start_mark), code, message.format(name), hint.format(name))
