"""The published JSON Schema: committed copy up to date, valid draft-07, accepts the real files."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest

from conftest import REPO_ROOT
from factsheet.load.loader import Document, PathKey, load_file
from factsheet.model.json_schema import DRAFT_07, SCHEMA_PATH, generate, render

COMMITTED = REPO_ROOT / SCHEMA_PATH
FACT_FILES = sorted((REPO_ROOT / "facts").rglob("*.yaml"))
MODELINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")

# YAML 1.2 core schema, which editors' language servers apply to plain scalars.
_CORE_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False}
_CORE_BOOL["FALSE"] = False
_CORE_INT = re.compile(r"^[-+]?[0-9]+$")
_CORE_FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")


def test_committed_schema_is_up_to_date() -> None:
    committed = COMMITTED.read_text(encoding="utf-8") if COMMITTED.is_file() else ""
    assert committed == render(), (
        f"{SCHEMA_PATH} differs from the model; run: factsheet schema --out {SCHEMA_PATH}"
    )


def test_schema_is_draft_07_with_title_and_descriptions() -> None:
    schema = generate()
    jsonschema.Draft7Validator.check_schema(schema)
    assert schema["$schema"] == DRAFT_07
    assert schema["title"] and schema["description"]
    text = json.dumps(schema)
    assert "$defs" not in text
    assert "discriminator" not in text
    refs = re.findall(r'"\$ref": "([^"]+)"', text)
    assert refs and all(ref.startswith("#/definitions/") for ref in refs)
    assert {ref.removeprefix("#/definitions/") for ref in refs} <= set(schema["definitions"])
    fact = schema["definitions"]["Fact"]["properties"]
    assert fact["as_of"]["description"] == "The date the fact refers to."
    # Draft-07 ignores a $ref's siblings, so a described reference is wrapped in allOf.
    assert fact["label"]["allOf"] == [{"$ref": "#/definitions/Text"}]
    assert fact["label"]["description"]


def _as_language_server_sees_it(doc: Document, lines: list[str]) -> Any:
    """The document's data typed as a YAML 1.2 language server types it.

    The project loader keeps every scalar as text; a plain (unquoted) scalar that looks like a
    YAML 1.2 core int, float or bool is what an editor sees as a number or boolean. Whether a
    scalar was quoted is read from the file at the position the loader recorded."""

    def walk(value: Any, path: PathKey) -> Any:
        if isinstance(value, dict):
            return {k: walk(v, (*path, k)) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v, (*path, i)) for i, v in enumerate(value)]
        if not isinstance(value, str):
            return value
        mark = doc.marks[path]
        if lines[mark.line - 1][mark.col - 1 : mark.col] in ("'", '"', "|", ">"):
            return value
        if value in _CORE_BOOL:
            return _CORE_BOOL[value]
        if _CORE_INT.match(value):
            return int(value)
        if _CORE_FLOAT.match(value):
            return float(value)
        return value

    return walk(doc.data, ())


@pytest.mark.parametrize("path", FACT_FILES, ids=lambda p: p.relative_to(REPO_ROOT).as_posix())
def test_schema_accepts_the_real_fact_files(path: Path) -> None:
    doc, problems = load_file(REPO_ROOT, path)
    assert doc is not None, problems
    data = _as_language_server_sees_it(doc, path.read_text(encoding="utf-8").splitlines())
    validator = jsonschema.Draft7Validator(generate())
    errors = [
        f"{doc.file} at {'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator.iter_errors(data)
    ]
    assert errors == []


@pytest.mark.parametrize("path", FACT_FILES, ids=lambda p: p.relative_to(REPO_ROOT).as_posix())
def test_fact_files_carry_the_schema_modeline(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = MODELINE.match(first)
    assert match, f"{path.name}: first line must be '# yaml-language-server: $schema=...'"
    assert (path.parent / match.group(1)).resolve() == COMMITTED.resolve()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"facts": [], "topicz": "summit"}, "Additional properties"),
        ({"topics": [{"id": "Bad Id", "title": {}, "summary": {}, "order": 1}]}, "does not match"),
        ({"sources": [{"id": "s", "kind": "blog"}]}, "is not one of"),
    ],
)
def test_schema_rejects_what_the_model_rejects(data: dict[str, Any], message: str) -> None:
    errors = list(jsonschema.Draft7Validator(generate()).iter_errors(data))
    assert any(message in e.message for e in errors), [e.message for e in errors]


def test_vscode_settings_map_fact_files_to_the_schema() -> None:
    settings = json.loads((REPO_ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert "facts/**/*.yaml" in settings["yaml.schemas"][f"./{SCHEMA_PATH}"]


def _source(published: object) -> dict[str, Any]:
    text = {"ar": "نص", "en": "text"}
    return {
        "sources": [
            {
                "id": "s",
                "kind": "news-article",
                "publisher": text,
                "title": text,
                "language": "ar",
                "published": published,
            }
        ]
    }


@pytest.mark.parametrize(("published", "valid"), [(2021, True), ("2021-03", True), (20210, False)])
def test_a_bare_year_is_a_date_to_the_language_server(published: object, valid: bool) -> None:
    errors = list(jsonschema.Draft7Validator(generate()).iter_errors(_source(published)))
    assert (errors == []) is valid
