"""Check ``references``: every id that is used is defined, once, and stored copies exist.

Ids name records across files: a claim names its ``source`` and ``speaker``, a fact its
``topic``, ``section``, ``subject`` and ``related`` facts, an entity value its ``entity``, a
role the entity it is held ``of`` and its ``sources``, a spelling variant and a place's
``location`` their ``sources``, and a source the agencies it ``credits``. Each kind has its own
namespace (a source and an entity may share an id), but inside a kind an id is defined once
across all files, also when compared without case. A duplicate names the file and line of the
first definition. A ``section`` must belong to the fact's topic. An unknown id comes with the
closest known id as a hint. An id that a file which failed the schema defines, or that a file
which is not valid YAML writes on an ``id:`` line, is not reported as unknown: that file's
problem is reported, and fixing it fixes the reference.

A source's ``stored`` copy must be a relative path to a file under ``seeds/``: no absolute path,
no ``..``, no symbolic link that leads out of ``seeds/``.

Passes::

    sources:
      - id: seed
        stored: seeds/000_c700498ac00d7f2d.txt
        # ...
    facts:
      - id: summit-length
        claims:
          - source: seed

Fails (``ref-unknown-source``, hint "did you mean 'seed'?"; ``ref-stored-path``)::

    sources:
      - id: seed
        stored: ../secrets.txt
    facts:
      - id: summit-length
        claims:
          - source: sed
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import replace
from pathlib import PurePosixPath
from typing import Any

from factsheet.checks.context import CheckContext, suggest
from factsheet.load.loader import PathKey
from factsheet.model.records import Claim, Entity, EntityValue, Fact, Source, Topic
from factsheet.problems import Mark, Problem
from factsheet.project import SEEDS_DIR

CODES: dict[str, str] = {
    "ref-duplicate-id": "an id defined twice in one kind (topics, entities, sources, facts)",
    "ref-duplicate-section": "a section id appears twice in one topic",
    "ref-unknown-topic": "a topic id that no topic defines",
    "ref-unknown-section": "a section id that the fact's topic does not have",
    "ref-unknown-entity": "an entity id that no entity defines",
    "ref-unknown-source": "a source id that no source defines",
    "ref-unknown-fact": "a fact id in 'related' that no fact defines",
    "ref-self": "a fact lists itself in 'related'",
    "ref-stored-path": "a stored path that is absolute, climbs with '..' or is outside seeds/",
    "ref-stored-missing": "a stored path that is not a readable file under seeds/",
}

_KIND_PLURAL = {"topic": "topics", "entity": "entities", "source": "sources", "fact": "facts"}


def check(ctx: CheckContext) -> Iterator[Problem]:
    yield from _duplicates(ctx)
    yield from _file_topics(ctx)
    sections = {tid: {s.id for s in topic.sections} for tid, topic in ctx.project.topics.items()}
    for kind, record in ctx.records():
        if kind == "topic":
            yield from _sections(ctx, record)
        elif kind == "entity":
            yield from _entity_refs(ctx, record)
        elif kind == "source":
            yield from _source_refs(ctx, record)
        elif kind == "fact" and not _fact_refs_known(ctx, record, sections):
            yield from _fact_refs(ctx, record)


def _fact_refs_known(ctx: CheckContext, fact: Fact, sections: dict[str, set[str]]) -> bool:
    """True when :func:`_fact_refs` finds nothing: every id the fact uses is defined (its
    section in its topic) and it does not name itself. One quick test for most facts;
    ``sections`` holds the section ids of each topic."""
    project = ctx.project
    entities = project.entities
    if fact.topic is not None and (
        fact.topic not in sections
        or (fact.section is not None and fact.section not in sections[fact.topic])
    ):
        return False
    if (fact.subject is not None and fact.subject not in entities) or (
        isinstance(fact.value, EntityValue) and fact.value.entity not in entities
    ):
        return False
    if fact.id in fact.related or not all(map(project.facts.__contains__, fact.related)):
        return False
    return all(
        claim.source in project.sources
        and (claim.speaker is None or claim.speaker in entities)
        and (not isinstance(claim.value, EntityValue) or claim.value.entity in entities)
        for claim in fact.claims
    )


def _duplicates(ctx: CheckContext) -> Iterator[Problem]:
    first: dict[tuple[str, str], Any] = {}
    for kind, record in ctx.records(*_KIND_PLURAL):
        key = (kind, record.id.casefold())
        if key not in first:
            first[key] = record
            continue
        other = first[key]
        where = ctx.project.origin(other)
        mark = where.mark(("id",))
        same = "" if other.id == record.id else f" as '{other.id}' (ids are compared without case)"
        problem = ctx.problem(
            record,
            ("id",),
            "ref-duplicate-id",
            f"{kind} id '{record.id}' is already defined{same} at {where.doc.file}:{mark.line}",
            f"give this {kind} another id, or merge it with the first one",
        )
        yield _with_related(problem, where.doc.file, mark)


def _with_related(problem: Problem, file: str, mark: Mark) -> Problem:
    return replace(problem, related=((file, mark),))


def _file_topics(ctx: CheckContext) -> Iterator[Problem]:
    """The ``topic:`` at the top of a file, which its facts inherit, is checked once there."""
    topics = ctx.project.topics
    for doc in ctx.project.documents:
        ref = doc.data.get("topic") if isinstance(doc.data, dict) else None
        if isinstance(ref, str) and ref not in topics:
            yield Problem(
                doc.file,
                doc.mark(("topic",)),
                "ref-unknown-topic",
                f"unknown topic '{ref}'",
                f"{suggest(ref, topics)} (topic ids are defined under 'topics:')",
                path="topic",
            )


def _sections(ctx: CheckContext, topic: Topic) -> Iterator[Problem]:
    seen: dict[str, int] = {}
    for i, section in enumerate(topic.sections):
        if section.id in seen:
            line = ctx.project.mark(topic, ("sections", seen[section.id], "id")).line
            yield ctx.problem(
                topic,
                ("sections", i, "id"),
                "ref-duplicate-section",
                f"section id '{section.id}' is already used in topic '{topic.id}' (line {line})",
                "give each section of a topic its own id",
            )
        seen.setdefault(section.id, i)


def _unknown(
    ctx: CheckContext, record: Any, sub: PathKey, kind: str, ref: str, known: Collection[str]
) -> Iterator[Problem]:
    # ``known`` is one of the project's dicts by id: an O(1) lookup per reference; the
    # (slow, difflib) suggestion is only computed for an id that is really unknown.
    if ref in known:
        return
    if ref in ctx.project.untyped_ids.get(_KIND_PLURAL[kind], ()):
        # Defined in a file that failed the schema: that file's problem is already reported.
        return
    yield ctx.problem(
        record,
        sub,
        f"ref-unknown-{kind}",
        f"unknown {kind} '{ref}'",
        f"{suggest(ref, known)} ({kind} ids are defined under '{_KIND_PLURAL[kind]}:')",
    )


def _entity_refs(ctx: CheckContext, entity: Entity) -> Iterator[Problem]:
    entities, sources = ctx.project.entities, ctx.project.sources
    for i, variant in enumerate(entity.variants):
        for j, ref in enumerate(variant.sources):
            yield from _unknown(ctx, entity, ("variants", i, "sources", j), "source", ref, sources)
    for i, role in enumerate(entity.roles):
        if role.of is not None:
            yield from _unknown(ctx, entity, ("roles", i, "of"), "entity", role.of, entities)
        for j, ref in enumerate(role.sources):
            yield from _unknown(ctx, entity, ("roles", i, "sources", j), "source", ref, sources)
    if entity.location is not None:
        for j, ref in enumerate(entity.location.sources):
            yield from _unknown(ctx, entity, ("location", "sources", j), "source", ref, sources)


def _source_refs(ctx: CheckContext, source: Source) -> Iterator[Problem]:
    for i, ref in enumerate(source.credits):
        yield from _unknown(ctx, source, ("credits", i), "entity", ref, ctx.project.entities)
    if source.stored is not None:
        yield from _stored(ctx, source, source.stored)


def _stored(ctx: CheckContext, source: Source, stored: str) -> Iterator[Problem]:
    path = PurePosixPath(stored)
    hint = f"write the path relative to the project root, e.g. {SEEDS_DIR}/<file>.txt"
    if "\\" in stored or path.is_absolute() or ".." in path.parts or stored.startswith("~"):
        yield ctx.problem(
            source, ("stored",), "ref-stored-path", f"stored path '{stored}' is not allowed", hint
        )
        return
    if not path.parts or path.parts[0] != SEEDS_DIR:
        yield ctx.problem(
            source,
            ("stored",),
            "ref-stored-path",
            f"stored path '{stored}' is not under {SEEDS_DIR}/",
            hint,
        )
        return
    root = ctx.project.root
    seeds = (root / SEEDS_DIR).resolve()
    full = root / stored
    if not full.resolve().is_relative_to(seeds):
        yield ctx.problem(
            source,
            ("stored",),
            "ref-stored-path",
            f"stored path '{stored}' is a link that leads out of {SEEDS_DIR}/",
            f"copy the file into {SEEDS_DIR}/ instead of linking to it",
        )
    elif ctx.project.seed_text(stored) is None:
        yield ctx.problem(
            source,
            ("stored",),
            "ref-stored-missing",
            f"stored copy '{stored}' is not a readable UTF-8 file",
            f"add the file under {SEEDS_DIR}/ or correct the path (it is case-sensitive)",
        )


def _fact_refs(ctx: CheckContext, fact: Fact) -> Iterator[Problem]:
    project = ctx.project
    if fact.topic is not None:
        yield from _topic_ref(ctx, fact, fact.topic, _written(ctx, fact, "topic"))
    if fact.subject is not None:
        yield from _unknown(ctx, fact, ("subject",), "entity", fact.subject, project.entities)
    if isinstance(fact.value, EntityValue):
        ref = fact.value.entity
        yield from _unknown(ctx, fact, ("value", "entity"), "entity", ref, project.entities)
    for i, ref in enumerate(fact.related):
        if ref == fact.id:
            yield ctx.problem(
                fact,
                ("related", i),
                "ref-self",
                f"fact '{fact.id}' lists itself as related",
                "remove it from 'related'",
            )
        else:
            yield from _unknown(ctx, fact, ("related", i), "fact", ref, project.facts)
    for i, claim in enumerate(fact.claims):
        yield from _claim_refs(ctx, fact, i, claim)


def _written(ctx: CheckContext, record: Any, key: str) -> bool:
    """Whether ``key`` was written in the record itself (a fact's topic may be the file's)."""
    origin = ctx.project.origin(record)
    return (*origin.path, key) in origin.doc.marks


def _topic_ref(ctx: CheckContext, fact: Fact, topic_id: str, own: bool) -> Iterator[Problem]:
    topic = ctx.project.topics.get(topic_id)
    if topic is None:
        # A topic inherited from the file is reported once, at the file's 'topic:'.
        if own:
            yield from _unknown(ctx, fact, ("topic",), "topic", topic_id, ctx.project.topics)
        return
    if fact.section is not None and fact.section not in {s.id for s in topic.sections}:
        names = [s.id for s in topic.sections]
        where = ", ".join(names) or "none"
        close = suggest(fact.section, names) if names else "remove 'section'"
        yield ctx.problem(
            fact,
            ("section",),
            "ref-unknown-section",
            f"topic '{topic_id}' has no section '{fact.section}' (its sections: {where})",
            close,
        )


def _claim_refs(ctx: CheckContext, fact: Fact, i: int, claim: Claim) -> Iterator[Problem]:
    project = ctx.project
    yield from _unknown(ctx, fact, ("claims", i, "source"), "source", claim.source, project.sources)
    if claim.speaker is not None:
        speaker: PathKey = ("claims", i, "speaker")
        yield from _unknown(ctx, fact, speaker, "entity", claim.speaker, project.entities)
    if isinstance(claim.value, EntityValue):
        value: PathKey = ("claims", i, "value", "entity")
        yield from _unknown(ctx, fact, value, "entity", claim.value.entity, project.entities)
