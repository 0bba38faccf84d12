"""Validate a loaded document against the model, and put every error at its file:line:col.

Pydantic reports errors by data path (``loc``); the loader kept the span of every path, so each
error lands on the value it is about (or on the key, for unknown fields). Custom error types
raised by our own validators (``value-*``, ``schema-bool``) keep their code; pydantic's own
types become ``schema-<type>``.
"""

from __future__ import annotations

import difflib
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from factsheet.load.loader import Document, PathKey
from factsheet.model.json_schema import SCHEMA_PATH
from factsheet.model.records import DATE_PATTERN, ID_PATTERN, LANG_PATTERN, FactFile
from factsheet.problems import Mark, Problem, data_path

_CODES = {
    "missing": "schema-missing",
    "extra_forbidden": "schema-unknown-field",
    "string_pattern_mismatch": "schema-pattern",
    "literal_error": "schema-choice",
    "union_tag_invalid": "schema-choice",
    "union_tag_not_found": "schema-missing",
    "too_short": "schema-too-short",
}


def _fields_of(path: PathKey, data: Any) -> list[str]:
    """The field names the mapping at ``path`` may have, for "did you mean" suggestions.

    Walks the model classes along the path; list indices keep the item's model, and where a
    field holds one of several models (the value types) the data's ``type`` picks the one."""
    current: Any = FactFile
    for part in path:
        data = data[part] if _has(data, part) else None
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        current = _model_class(field.annotation, data)
    return list(getattr(current, "model_fields", {}))


def _has(data: Any, part: str | int) -> bool:
    if isinstance(data, dict):
        return part in data
    return isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data)


def _model_class(annotation: Any, data: Any) -> Any:
    """The pydantic model inside ``annotation`` (list[X], X | None, Annotated[...], unions);
    of several, the one whose ``type`` literal is the data's ``type``."""
    models: list[type[BaseModel]] = []
    stack = [annotation]
    while stack:
        item = stack.pop(0)
        if isinstance(item, type) and issubclass(item, BaseModel):
            models.append(item)
        else:
            stack.extend(get_args(item))
    tag = data.get("type") if isinstance(data, dict) else None
    for model in models:
        type_field = model.model_fields.get("type")
        if type_field is not None and tag in get_args(type_field.annotation):
            return model
    return models[0] if models else None


def _loc_to_path(loc: tuple[Any, ...], data: Any) -> PathKey:
    """Follow pydantic's ``loc`` through the data, dropping the parts that are not data keys
    (the discriminator tag 'quantity', validator names); a missing key is kept at the end.

    A value mapping ``{type: date, date: ...}`` is entered with the tag first: the loc of its
    field ``date`` is ``(..., 'value', 'date', 'date')``, so the tag is skipped once per mapping
    before the same name is taken as a key."""
    path: list[str | int] = []
    current = data
    tag_skipped = False
    for part in loc:
        if isinstance(current, dict) and isinstance(part, str):
            if not tag_skipped and part == current.get("type"):
                tag_skipped = True  # a discriminator tag, not a key
            elif part in current:
                path.append(part)
                current, tag_skipped = current[part], False
            elif "[" not in part and "(" not in part:  # not a validator name: a missing field
                path.append(part)
                current = None
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            path.append(part)
            current, tag_skipped = current[part], False
    return tuple(path)


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
_PATTERN_NAMES = {
    ID_PATTERN: "an id",
    DATE_PATTERN: "a date",
    LANG_PATTERN: "a language code",
    r"^Q[1-9][0-9]*$": "a Wikidata id",
}
# Pydantic's messages name Python types ("a valid dictionary or instance of Text"); editors
# read these instead.
_EXPECTED = {
    "string_type": "a text",
    "list_type": "a list",
    "model_type": "a mapping (field: value)",
    "model_attributes_type": "a mapping (field: value)",
    "dict_type": "a mapping (key: value)",
    "int_type": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
}
_EMPTY_HINT = "the value is empty: write it after the ':', or delete the line if it is optional"
_EMPTY_ITEM_HINT = "the list item is empty: write it after the '-', or delete the line"
_FALLBACK_HINT = f"see {SCHEMA_PATH} for what this field holds"


def _hint(kind: str, err: Any, in_list: bool = False) -> str:
    """A fix for an error pydantic found; every schema error gets one."""
    ctx = err.get("ctx") or {}
    if kind == "string_pattern_mismatch":
        return _PATTERN_HINTS.get(str(ctx.get("pattern")), f"write it as {ctx.get('pattern')}")
    if kind in ("literal_error", "union_tag_invalid"):
        return f"expected one of: {ctx.get('expected', '')}"
    if err.get("input") is None and kind.endswith("_type"):
        return _EMPTY_HINT if not in_list else _EMPTY_ITEM_HINT
    return _TYPE_HINTS.get(kind, _FALLBACK_HINT)


def _quote(value: Any) -> str:
    text = str(value)
    return f"'{text if len(text) <= 40 else text[:37] + '...'}'"


def _found(value: Any) -> str:
    if value is None:
        return "an empty value"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"the text {_quote(value)}"


def _message(kind: str, err: Any) -> str:
    """The error in the editor's words; pydantic's own message where it is already clear."""
    ctx = err.get("ctx") or {}
    value = err.get("input")
    if kind in _EXPECTED:
        return f"expected {_EXPECTED[kind]}, found {_found(value)}"
    if kind == "string_pattern_mismatch" and ctx.get("pattern") in _PATTERN_NAMES:
        return f"{_quote(value)} is not {_PATTERN_NAMES[ctx['pattern']]}"
    if kind == "literal_error":
        return f"{_quote(value)} is not allowed here; expected {ctx.get('expected', '')}"
    if kind == "too_short" and isinstance(value, list):
        return f"the list has {len(value)} items; it needs at least {ctx.get('min_length', 1)}"
    return str(err["msg"])


def _problem(doc: Document, err: Any) -> Problem:
    kind = err["type"]
    loc = tuple(err["loc"])
    path = _loc_to_path(loc, doc.data)
    code = _CODES.get(kind, kind if "-" in kind else f"schema-{kind.replace('_', '-')}")
    if kind == "extra_forbidden":
        mark, message, hint = _unknown_field(doc, path)
    elif kind in ("missing", "union_tag_not_found"):
        if kind == "union_tag_not_found":  # the value has no 'type': that field is missing
            path = (*path, _discriminator(err))
        mark = doc.mark(path[:-1])  # the mapping that lacks the field
        message = f"missing required field '{path[-1]}'" if path else err["msg"]
        hint = f"add it; see {SCHEMA_PATH} for its type"
    elif kind == "union_tag_invalid":
        field = _discriminator(err)
        path = (*path, field)
        mark = doc.mark(path)
        ctx = err.get("ctx") or {}
        message = f"'{ctx.get('tag')}' is not a known {field}"
        hint = f"expected one of: {ctx.get('expected_tags', '')}"
    else:
        mark = _value_mark(doc, path, loc, err)
        in_list = bool(path) and isinstance(path[-1], int)
        message, hint = _message(kind, err), _hint(kind, err, in_list)
    where = data_path(path)
    if where:
        message = f"{where}: {message}"
    return Problem(doc.file, mark, code, message, hint, path=where)


def _discriminator(err: Any) -> str:
    return str((err.get("ctx") or {}).get("discriminator", "type")).strip("'")


def _unknown_field(doc: Document, path: PathKey) -> tuple[Mark, str, str]:
    """On the key, with the closest allowed field name."""
    name = str(path[-1])
    known = _fields_of(path[:-1], doc.data)
    close = difflib.get_close_matches(name, known, n=1)
    hint = f"did you mean '{close[0]}'?" if close else f"allowed fields: {', '.join(known)}"
    return doc.key_mark(path), f"unknown field '{name}'", hint


def _value_mark(doc: Document, path: PathKey, loc: tuple[Any, ...], err: Any) -> Mark:
    """Where a wrong value is: the value itself; the key when the key is what is wrong
    (a dict key such as a language code) or when the value is empty (nothing to point at)."""
    if loc and loc[-1] == "[key]":
        return doc.key_mark(path)
    if err["type"] == "schema-missing-topic" and "facts" in doc.data:
        return doc.key_mark(("facts",))  # the facts that have no topic
    if err.get("input") is None and path and isinstance(path[-1], str):
        return doc.key_mark(path)
    return doc.mark(path)
