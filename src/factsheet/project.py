"""A whole fact sheet: every typed record, where it was written, and the stored source texts.

:func:`load_project` runs the pipeline up to the model (load, then schema) and returns the
:class:`Project` with the problems found so far; the checks (``factsheet.checks``) then look at
the project as a whole. A file that fails the schema contributes nothing, so the checks never
see half-typed data; its problems are already reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factsheet.load.loader import Document, PathKey, load_tree
from factsheet.model.errors import validate_document
from factsheet.model.records import Claim, Entity, Fact, FactFile, Site, Source, Topic
from factsheet.problems import Mark, Problem
from factsheet.seeds import FoldedText, QuoteStatus

FACTS_DIR = "facts"
SEEDS_DIR = "seeds"


@dataclass(frozen=True)
class Origin:
    """Where a record was written: its document and its data path inside it."""

    doc: Document
    path: PathKey

    def mark(self, sub: PathKey = ()) -> Mark:
        return self.doc.mark((*self.path, *sub))

    def key_mark(self, sub: PathKey) -> Mark:
        return self.doc.key_mark((*self.path, *sub))


@dataclass
class Project:
    """Every record by id, in file order, with the origin of each."""

    root: Path
    site: Site | None = None
    """The first ``site`` defined (a second is reported by the site check)."""
    topics: dict[str, Topic] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    facts: dict[str, Fact] = field(default_factory=dict)
    documents: list[Document] = field(default_factory=list)
    # Records that lost an id clash are still kept here so the references check can name both.
    records: list[tuple[str, Any, Origin]] = field(default_factory=list)
    # Ids written in files that failed the schema or are not YAML at all (by registry key,
    # e.g. "facts"): their records are not in the project, but a reference to them is not a
    # second mistake.
    untyped_ids: dict[str, set[str]] = field(default_factory=dict)
    _origins: dict[int, Origin] = field(default_factory=dict)
    _seed_texts: dict[str, str | None] = field(default_factory=dict, repr=False)
    _folded_seeds: dict[str, FoldedText | None] = field(default_factory=dict, repr=False)

    def origin(self, record: Any) -> Origin:
        return self._origins[id(record)]

    def mark(self, record: Any, sub: PathKey = ()) -> Mark:
        return self.origin(record).mark(sub)

    def file_of(self, record: Any) -> str:
        return self.origin(record).doc.file

    def seed_text(self, stored: str) -> str | None:
        """The stored copy of a source (``seeds/...``), or None if it is not a readable file.

        Read once per project: a project lives for one validation or build (``mkdocs serve``
        loads a new one for every rebuild), so an edited seed file is always read afresh.
        """
        if stored not in self._seed_texts:
            self._seed_texts[stored] = self._read_seed(stored)
        return self._seed_texts[stored]

    def folded_seed(self, stored: str) -> FoldedText | None:
        """The stored copy split into paragraphs and folded, once per project (quotes are
        looked up in it; folding the whole text per quote was quadratic)."""
        if stored not in self._folded_seeds:
            text = self.seed_text(stored)
            self._folded_seeds[stored] = None if text is None else FoldedText.of(text)
        return self._folded_seeds[stored]

    def _read_seed(self, stored: str) -> str | None:
        path = (self.root / stored).resolve()
        seeds = (self.root / SEEDS_DIR).resolve()
        if not path.is_relative_to(seeds) or not path.is_file():
            return None
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def facts_by_topic(self) -> dict[str, list[Fact]]:
        out: dict[str, list[Fact]] = {t: [] for t in self.topics}
        for fact in self.facts.values():
            out.setdefault(fact.topic or "", []).append(fact)
        return out

    def quote_status(self, claim: Claim) -> QuoteStatus:
        """Whether the claim's quote was found in the stored copy of its source.

        ``verified``: found (in the paragraph its locator names, when it names one);
        ``not-found``: the source is stored and the quote is not there (validation fails);
        ``not-checked``: no quote, or the source has no readable stored copy.
        """
        if claim.quote is None:
            return "not-checked"
        source = self.sources.get(claim.source)
        text = self.folded_seed(source.stored) if source and source.stored else None
        if text is None:
            return "not-checked"
        paragraph = claim.locator.paragraph if claim.locator else None
        if paragraph is not None:
            found = text.in_paragraph(claim.quote.text, paragraph)
        else:
            found = text.locate(claim.quote.text) is not None
        return "verified" if found else "not-found"

    def quote_verified(self, claim: Claim) -> bool:
        """Whether the site may call the claim's quote verified (see :meth:`quote_status`)."""
        return self.quote_status(claim) == "verified"

    def _add(self, kind: str, registry: dict[str, Any], record: Any, origin: Origin) -> None:
        self._origins[id(record)] = origin
        self.records.append((kind, record, origin))
        registry.setdefault(record.id, record)


def assemble(root: Path, typed: list[tuple[Document, FactFile]]) -> Project:
    """Merge typed files into one project, first definition of an id wins (clashes are
    reported by the references check, which sees every record)."""
    project = Project(root=root, documents=[doc for doc, _ in typed])
    for doc, file in typed:
        if file.site is not None:
            project.site = project.site or file.site
            project._origins[id(file.site)] = Origin(doc, ("site",))
            project.records.append(("site", file.site, Origin(doc, ("site",))))
        for i, topic in enumerate(file.topics):
            project._add("topic", project.topics, topic, Origin(doc, ("topics", i)))
        for i, entity in enumerate(file.entities):
            project._add("entity", project.entities, entity, Origin(doc, ("entities", i)))
        for i, source in enumerate(file.sources):
            project._add("source", project.sources, source, Origin(doc, ("sources", i)))
        for i, fact in enumerate(file.facts_with_topic()):
            project._add("fact", project.facts, fact, Origin(doc, ("facts", i)))
    return project


def load_project(root: Path) -> tuple[Project, list[Problem]]:
    """Load and type every file under ``root/facts``; returns the project and the problems."""
    docs, problems = load_tree(root, FACTS_DIR)
    typed: list[tuple[Document, FactFile]] = []
    untyped: list[Document] = []
    for doc in docs:
        model, found = validate_document(doc)
        problems.extend(found)
        if model is not None:
            typed.append((doc, model))
        else:
            untyped.append(doc)
    project = assemble(root, typed)
    project.untyped_ids = _declared_ids(untyped)
    for key, ids in _written_ids(root, problems).items():
        project.untyped_ids.setdefault(key, set()).update(ids)
    return project, problems


# An "id: x" line, as every record of a fact file starts ("- id: x").
_ID_LINE = re.compile(r"^[ \t]*(?:-[ \t]+)?id:[ \t]*[\"']?([A-Za-z0-9][\w.-]*)", re.MULTILINE)


def _written_ids(root: Path, problems: list[Problem]) -> dict[str, set[str]]:
    """The ids written in files that are not YAML at all (``yaml-syntax``), found by their
    ``id:`` lines, under every registry key: whatever kind of record the file holds, a
    reference to one of its ids is not a second mistake. Other refused files (too large, a
    symbolic link, not UTF-8) are not read again."""
    ids: set[str] = set()
    for file in sorted({p.file for p in problems if p.code == "yaml-syntax"}):
        try:
            text = (root / file).read_bytes().decode("utf-8", errors="replace")
        except OSError:  # gone since it was read: nothing to learn from it
            continue
        ids.update(_ID_LINE.findall(text))
    return {key: set(ids) for key in ("topics", "entities", "sources", "facts")} if ids else {}


def _declared_ids(docs: list[Document]) -> dict[str, set[str]]:
    """The ids that files which failed the schema declare under each registry key."""
    declared: dict[str, set[str]] = {}
    for doc in docs:
        if not isinstance(doc.data, dict):
            continue
        for key in ("topics", "entities", "sources", "facts"):
            items = doc.data.get(key)
            if isinstance(items, list):
                ids = {
                    i["id"] for i in items if isinstance(i, dict) and isinstance(i.get("id"), str)
                }
                declared.setdefault(key, set()).update(ids)
    return declared
