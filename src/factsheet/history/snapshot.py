"""One state of a project's records as plain data, for comparing two states.

A snapshot is built from the loader's documents (:mod:`factsheet.load.loader`), before the
schema: a file that fails the schema still shows what it holds, so a diff or the history can
say what changed in a state that does not validate. Values stay the text the editor wrote;
the words layer types a figure only to write it as the site does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factsheet.load.loader import Document, load_bytes, load_tree
from factsheet.problems import Problem, Severity
from factsheet.project import FACTS_DIR

Record = dict[str, Any]
REGISTRIES = ("sources", "entities")


@dataclass
class Snapshot:
    """The facts (with their topic filled in), sources and entities of one state, by id."""

    facts: dict[str, Record] = field(default_factory=dict)
    fact_files: dict[str, str] = field(default_factory=dict)
    sources: dict[str, Record] = field(default_factory=dict)
    entities: dict[str, Record] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # Files that could not be read (not YAML, say): their records are unknown, not removed.
    unreadable: set[str] = field(default_factory=set)

    def registry(self, name: str) -> dict[str, Record]:
        return self.sources if name == "sources" else self.entities

    def add(self, doc: Document) -> None:
        """Every record of one loaded file; the first definition of an id wins."""
        data = doc.data if isinstance(doc.data, dict) else {}
        topic = data.get("topic")
        for item in _records(data.get("facts")):
            if "topic" not in item and isinstance(topic, str):
                item = {**item, "topic": topic}
            if item["id"] not in self.facts:
                self.facts[item["id"]] = item
                self.fact_files[item["id"]] = doc.file
        for name in REGISTRIES:
            registry = self.registry(name)
            for item in _records(data.get(name)):
                registry.setdefault(item["id"], item)

    def referrers(self, fact_id: str) -> list[str]:
        """Ids of the facts that list ``fact_id`` under ``related``."""
        return [
            other
            for other, fact in self.facts.items()
            if isinstance(fact.get("related"), list) and fact_id in fact["related"]
        ]


def _records(items: Any) -> Iterable[Record]:
    if isinstance(items, list):
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                yield item


def from_documents(docs: Iterable[Document], problems: Iterable[Problem] = ()) -> Snapshot:
    snapshot = Snapshot(problems=list(problems))
    read = set()
    for doc in docs:
        snapshot.add(doc)
        read.add(doc.file)
    errors = {p.file for p in snapshot.problems if p.severity is Severity.ERROR}
    snapshot.unreadable = errors - read
    return snapshot


def from_tree(root: Path) -> Snapshot:
    """The state of the files under ``root/facts`` (the loader's problems included)."""
    docs, problems = load_tree(root, FACTS_DIR)
    return from_documents(docs, problems)


def from_blobs(files: dict[str, bytes]) -> Snapshot:
    """The state of some files given as ``{project-relative path: bytes}``."""
    docs, problems = [], []
    for name in sorted(files):
        doc, found = load_bytes(files[name], name)
        problems.extend(found)
        if doc is not None:
            docs.append(doc)
    return from_documents(docs, problems)
