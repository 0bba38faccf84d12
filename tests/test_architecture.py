"""The package's layout holds its promises: only ``factsheet.plugin`` imports MkDocs, Material
or Jinja2; the package has no import cycle; the generator names nothing of this fact sheet."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import yaml

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "factsheet"
FACTS = Path(__file__).resolve().parents[1] / "facts"
HOST = ("mkdocs", "material", "jinja2")


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports(path: Path) -> set[str]:
    """Every module ``path`` imports, at any level (type-checking imports included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                found.add(full if full in MODULES else node.module)
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return out


def test_only_the_plugin_imports_mkdocs_material_or_jinja2() -> None:
    offenders = {
        name: sorted(m for m in imports(path) if m.split(".")[0] in HOST)
        for name, path in MODULES.items()
        if not (name == "factsheet.plugin" or name.startswith("factsheet.plugin."))
    }
    assert {name: found for name, found in offenders.items() if found} == {}


def test_the_package_has_no_import_cycle() -> None:
    graph = {name: {m for m in imports(path) if m in MODULES} for name, path in MODULES.items()}
    assert cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def fact_sheet_ids() -> set[str]:
    """The ids of this fact sheet's topics, sections and facts."""
    ids: set[str] = set()
    for path in FACTS.glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for topic in data.get("topics", []):
            ids.add(topic["id"])
            ids.update(section["id"] for section in topic.get("sections", []))
        ids.update(fact["id"] for fact in data.get("facts", []))
    return ids


def unit_words() -> set[str]:
    """The ids and English labels of the units: the generator's own vocabulary of counted
    nouns, which may share a word with a section (``peacekeepers``)."""
    from factsheet.model.units import UNITS

    return {w for u in UNITS.values() for w in (u.id, u.label("en", plural=True))}


def test_the_generator_names_no_topic_section_or_fact_of_this_fact_sheet() -> None:
    ids = fact_sheet_ids() - unit_words()
    assert {"war", "casualties", "summit-date"} <= ids  # the ids are really read
    found = {
        f"{path.relative_to(SRC)}: {word}"
        for path in MODULES.values()
        for word in re.findall(r"[\"']([a-z0-9-]+)[\"']", path.read_text(encoding="utf-8"))
        if word in ids
    }
    assert found == set()
