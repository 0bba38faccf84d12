"""Generate the JSON Schema of a fact file, for editors' YAML language servers.

The schema is generated from :class:`factsheet.model.records.FactFile`, so it can never disagree
with the validator about which fields exist, which are required and what they mean: every field's
``description`` becomes the hover text in the editor. It is committed as
``schema/factsheet.schema.json`` (``factsheet schema --out schema/factsheet.schema.json``) and a
test fails when the committed copy drifts from the model.

It is written as **draft-07**, the draft YAML language servers (VS Code's Red Hat YAML
extension, yaml-language-server in other editors) implement best: pydantic's ``$defs`` become
``definitions`` and every ``$ref`` follows, and pydantic's OpenAPI-only ``discriminator``
keyword is dropped (the ``oneOf`` beside it already selects the one matching value type). A
``$ref`` with sibling keywords (a field's description) is wrapped in ``allOf``, because
draft-07 ignores the siblings of a ``$ref``. A date may also be an integer, because a
language server reads a bare year (``published: 2021``) as a number.

The schema is the editor's first line of defence, not the validator: it cannot check that a
date exists, that an id is defined, or that a quote is in the stored text. ``factsheet
validate`` does all of that, with positions.
"""

from __future__ import annotations

import json
from typing import Any

from factsheet.model.records import DATE_PATTERN, FactFile

DRAFT_07 = "http://json-schema.org/draft-07/schema#"
SCHEMA_PATH = "schema/factsheet.schema.json"
TITLE = "factsheet fact file"
DESCRIPTION = (
    "One YAML file under facts/ of a factsheet project: any mix of the registries (topics, "
    "entities, sources) and, for one topic, its facts. Every text a reader sees is given in "
    "Arabic (ar) and English (en). Generated from factsheet.model.records.FactFile by "
    "'factsheet schema'; do not edit by hand."
)
_PYDANTIC_REF = "#/$defs/"
_DRAFT_07_REF = "#/definitions/"


def _to_draft_07(node: Any) -> Any:
    """A copy of ``node`` with draft-07 references and no non-standard keywords."""
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key == "discriminator":
                continue
            if key == "$ref" and isinstance(value, str) and value.startswith(_PYDANTIC_REF):
                out[key] = _DRAFT_07_REF + value.removeprefix(_PYDANTIC_REF)
            else:
                out["definitions" if key == "$defs" else key] = _to_draft_07(value)
        if out.get("pattern") == DATE_PATTERN and out.get("type") == "string":
            # A bare year (published: 2021) is an integer to a YAML 1.2 language server, and
            # the model reads it as the text it is; accept both, as the validator does.
            out.update(type=["string", "integer"], minimum=1000, maximum=9999)
        if "$ref" in out and len(out) > 1:
            # Draft-07 ignores every keyword beside a $ref, which would hide the field's
            # description from the editor; allOf keeps both.
            return {"allOf": [{"$ref": out.pop("$ref")}], **out}
        return out
    if isinstance(node, list):
        return [_to_draft_07(item) for item in node]
    return node


def generate() -> dict[str, Any]:
    """The draft-07 JSON Schema of a fact file, with ``$schema``, a title and a description."""
    raw = FactFile.model_json_schema(mode="validation")
    converted = _to_draft_07(raw)
    head = {"$schema": DRAFT_07, "title": TITLE, "description": DESCRIPTION}
    converted.pop("title", None)
    converted.pop("description", None)
    # Head first and definitions last, so the file reads top-down in a diff.
    definitions = converted.pop("definitions", {})
    return {**head, **converted, "definitions": definitions}


def render() -> str:
    """The schema exactly as committed: two-space indent, UTF-8 text, final newline."""
    return json.dumps(generate(), indent=2, ensure_ascii=False) + "\n"
