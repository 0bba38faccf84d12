"""Validate a loaded document against the model, and put every error at its file:line:col.

Pydantic reports errors by data path (``loc``); the loader kept the span of every path, so each
error lands on the value it is about (or on the key, for unknown fields). Custom error types
raised by our own validators (``value-*``, ``schema-bool``) keep their code; pydantic's own
types become ``schema-<type>``.
"""

from __future__ import annotations

import difflib
from typing import Any

from pydantic import ValidationError

from factsheet.loader import Document, PathKey
from factsheet.model import DATE_PATTERN, ID_PATTERN, LANG_PATTERN, FactFile
from factsheet.problems import Problem

_CODES = {
    "missing": "schema-missing",
    "extra_forbidden": "schema-unknown-field",
    "string_pattern_mismatch": "schema-pattern",
    "literal_error": "schema-choice",
    "union_tag_invalid": "schema-choice",
    "union_tag_not_found": "schema-missing",
    "too_short": "schema-too-short",
}


def _fields_of(model: type, path: PathKey) -> list[str]:
    """The field names a mapping at ``path`` may have, for "did you mean" suggestions."""
    from factsheet import model as m

    # Walk the model classes along the path (skipping list indices and dict keys).
    current: Any = model
    for part in path:
        if isinstance(part, int) or current is None:
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        current = _model_class(field.annotation, m)
    return list(getattr(current, "model_fields", {}))


def _model_class(annotation: Any, m: Any) -> Any:
    # Unwrap list[X], X | None and Annotated[...] to the first pydantic model inside.
    from pydantic import BaseModel

    stack = [annotation]
    while stack:
        item = stack.pop(0)
        if isinstance(item, type) and issubclass(item, BaseModel):
            return item
        stack.extend(getattr(item, "__args__", ()))
        stack.extend(getattr(item, "__metadata__", ()))
    return None


def _loc_to_path(loc: tuple[Any, ...], data: Any) -> PathKey:
    """Follow pydantic's ``loc`` through the data, dropping the parts that are not data keys
    (the discriminator tag 'quantity', validator names); a missing key is kept at the end."""
    path: list[str | int] = []
    current = data
    for part in loc:
        if isinstance(current, dict) and isinstance(part, str):
            if part in current:
                path.append(part)
                current = current[part]
            elif part == current.get("type") or "[" in part or "(" in part:
                continue  # a discriminator tag or validator name, not a key
            else:
                path.append(part)  # a missing or unknown field
                current = None
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            path.append(part)
            current = current[part]
    return tuple(path)


def _describe(path: PathKey) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def validate_document(doc: Document) -> tuple[FactFile | None, list[Problem]]:
    """Type one document. Returns the model, or None with every schema problem found."""
    if not isinstance(doc.data, dict):
        return None, [
            Problem(
                doc.file,
                doc.mark(()),
                "yaml-top-level",
                "the top level of a fact file must be a mapping (key: value)",
                "start the file with 'topic:', 'facts:', 'sources:', 'entities:' or 'topics:'",
            )
        ]
    try:
        return FactFile.model_validate(doc.data), []
    except ValidationError as exc:
        return None, [_problem(doc, err) for err in exc.errors(include_url=False)]


_PATTERN_HINTS = {
    ID_PATTERN: "ids are lowercase ASCII slugs such as 'sochi-summit-2022'",
    DATE_PATTERN: "dates are written YYYY-MM-DD (or YYYY-MM, YYYY)",
    LANG_PATTERN: "write an ISO 639 language code in lower case, such as ar, en or ru",
    r"^Q[1-9][0-9]*$": "a Wikidata id is Q followed by digits, such as Q212",
}
_TYPE_HINTS = {
    "string_type": "write a text here (in quotes if it could be read as something else)",
    "list_type": "write a list here: one '- item' per line, or [a, b]",
    "model_type": "write a mapping here: one 'field: value' per line",
    "dict_type": "write a mapping here: one 'key: value' per line",
    "model_attributes_type": "write a mapping here: one 'field: value' per line",
    "too_short": "add at least one item",
    "string_too_long": "shorten it (ids have at most 80 characters)",
}
_EMPTY_HINT = "the value is empty: write it after the ':', or delete the line if it is optional"
_FALLBACK_HINT = "see schema/factsheet.schema.json for what this field holds"


def _hint(kind: str, err: Any) -> str:
    """A fix for an error pydantic found; every schema error gets one."""
    ctx = err.get("ctx") or {}
    if kind == "string_pattern_mismatch":
        return _PATTERN_HINTS.get(str(ctx.get("pattern")), f"write it as {ctx.get('pattern')}")
    if kind in ("literal_error", "union_tag_invalid"):
        return f"expected one of: {ctx.get('expected', '')}"
    if err.get("input") is None and kind.endswith("_type"):
        return _EMPTY_HINT
    return _TYPE_HINTS.get(kind, _FALLBACK_HINT)


def _problem(doc: Document, err: Any) -> Problem:
    path = _loc_to_path(err["loc"], doc.data)
    kind = err["type"]
    code = _CODES.get(kind, kind if "-" in kind else f"schema-{kind.replace('_', '-')}")
    message = err["msg"]
    hint = None
    where = _describe(path)
    if kind == "extra_forbidden":
        mark = doc.key_mark(path)
        name = str(path[-1])
        known = _fields_of(FactFile, path[:-1])
        close = difflib.get_close_matches(name, known, n=1)
        message = f"unknown field '{name}'"
        hint = f"did you mean '{close[0]}'?" if close else f"allowed fields: {', '.join(known)}"
    elif kind in ("missing", "union_tag_not_found"):
        mark = doc.mark(path[:-1])
        message = f"missing required field '{path[-1]}'" if path else message
        hint = "add it; see schema/factsheet.schema.json for its type"
    else:
        mark = doc.mark(path)
        hint = _hint(kind, err)
    if where:
        message = f"{where}: {message}"
    return Problem(doc.file, mark, code, message, hint, path=where)
