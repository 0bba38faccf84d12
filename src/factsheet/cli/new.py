"""``factsheet new``: write a new fact, entity or source file with every required field.

Where new files go (a convention of ``factsheet new``; the loader reads any ``*.yaml`` under
``facts/``, so files may be moved or merged later)::

    factsheet new fact ID --topic T   ->  facts/T/ID.yaml         (topic: T, facts: [ID])
    factsheet new entity ID           ->  facts/entities/ID.yaml  (entities: [ID])
    factsheet new source ID           ->  facts/sources/ID.yaml   (sources: [ID])

Each scaffold is valid YAML with a ``yaml-language-server`` modeline (so editors complete and
check fields against ``schema/factsheet.schema.json``), every required field present and empty,
and a comment on each field. Untouched, it fails validation with one positioned problem per
empty field, which is the editor's to-do list. It is never written over an existing file, an
id already used by another record of the same kind is refused with that record's position, and
a new fact's topic must be one of the defined topics.
"""

from __future__ import annotations

import difflib
import os
import re
from pathlib import Path
from typing import Any, Literal, get_args

from factsheet.model.json_schema import SCHEMA_PATH
from factsheet.model.records import ID_PATTERN, EntityKind, SourceKind
from factsheet.problems import FactsheetError, Mark, Problem
from factsheet.project import FACTS_DIR, Project, load_project

Kind = Literal["fact", "entity", "source"]
KINDS: tuple[Kind, ...] = get_args(Kind)
SCHEMA_FILE = SCHEMA_PATH
_SLUG = re.compile(ID_PATTERN)

_HEADER = """\
# yaml-language-server: $schema={schema}
# A new {kind}, made by `factsheet new`. Fill in every empty value, delete the optional parts
# you do not need, then run `factsheet validate`: it names the file, line and column of
# anything still missing. Write every text in Arabic (ar) and in English (en).
# Never invent a number, date, name or quote: everything here must come from a source.
"""

_FACT = """\
topic: {topic}
facts:
  - id: {id}
    # Optional: the section of the topic page this fact goes under (a section id).
    # section:
    # Optional: the id of the entity the fact is about (see facts/entities/).
    # subject:
    # A short name for the fact, shown on cards, in tables and on the timeline.
    label:
      ar:
      en:
    # The fact itself, as one or two sentences.
    statement:
      ar:
      en:
    # The typed value. "text" means the statement is the value. For a number write instead
    #   type: quantity, unit: <unit id such as person or hour>, best: <ASCII digits>,
    #   and approximate: true when the source says "about";
    # for a date: type: date, date: YYYY-MM-DD; for an entity: type: entity, entity: <id>.
    value:
      type: text
    # The date the fact refers to: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known.
    as_of:
    # Every source that states the fact, one claim each; at least one.
    claims:
      # source: the id of a source in facts/sources/.
      - source:
        # The source's own words, verbatim, in the source's language. A quote from a stored
        # source (seeds/) is checked against the stored text. Delete it if there is none.
        quote:
          text:
          lang: ar
        # Where in the source: for a stored text, the number of the non-empty line, counting
        # the headline as 1. Delete it if unknown.
        locator:
          paragraph:
"""

_ENTITY = """\
entities:
  - id: {id}
    # One of: {kinds}.
    kind:
    # The name as the site shows it.
    label:
      ar:
      en:
    # Optional: one sentence on who or what this is.
    # description:
    #   ar:
    #   en:
    # Optional: other spellings found in sources (used by the glossary and by search):
    # variants:
    #   - text: <the spelling, as the source writes it>
    #     lang: ar
    #     sources: [<source id>]
    # Optional: dated roles (an office held on a date), each with its sources:
    # roles:
    #   - title: {{ar: <...>, en: <...>}}
    #     of: <entity id of the state or organisation>
    #     as_of: YYYY-MM-DD
    #     sources: [<source id>]
    # Optional: the Wikidata item id, Q followed by digits (look it up; never guess).
    # wikidata:
"""

_SOURCE = """\
sources:
  - id: {id}
    # One of: {kinds}.
    kind:
    # Who published it: the outlet, agency or office.
    publisher:
      ar:
      en:
    # The page's own title; if it was not recorded, a short description (say so in a note).
    title:
      ar:
      en:
    # The language the source is written in: an ISO 639 code such as ar, en or ru.
    language:
    # The https URL of the page, if it has one.
    url:
    # When it was published, and when it was read: YYYY-MM-DD.
    published:
    retrieved:
    # If a copy of the text is stored under seeds/, its path (seeds/<name>.txt): quotes
    # from this source are then checked against it. Leave empty otherwise.
    stored:
"""


def check_slug(value: str, what: str) -> None:
    """Raise ValueError unless ``value`` is an id slug (which also keeps it inside facts/)."""
    if not _SLUG.match(value) or len(value) > 80:
        raise ValueError(
            f"{what} '{value}' is not a valid id: use lowercase ASCII letters, digits and "
            "single hyphens, e.g. sochi-summit-2022"
        )


def relative_path(kind: Kind, ident: str, topic: str | None = None) -> str:
    """Where ``factsheet new`` puts the file, relative to the project root (see module doc)."""
    check_slug(ident, f"{kind} id")
    if kind == "fact":
        if topic is None:
            raise ValueError("a new fact needs its topic: add --topic TOPIC-ID")
        check_slug(topic, "topic")
        folder = topic
    else:
        folder = "entities" if kind == "entity" else "sources"
    return f"{FACTS_DIR}/{folder}/{ident}.yaml"


def scaffold_text(kind: Kind, ident: str, topic: str | None, rel_path: str) -> str:
    """The file's text: the modeline (relative to the file), the header and the body."""
    schema = Path(os.path.relpath(SCHEMA_FILE, Path(rel_path).parent)).as_posix()
    header = _HEADER.format(schema=schema, kind=kind)
    if kind == "fact":
        return header + _FACT.format(topic=topic, id=ident)
    if kind == "entity":
        return header + _ENTITY.format(id=ident, kinds=", ".join(get_args(EntityKind)))
    return header + _SOURCE.format(id=ident, kinds=", ".join(get_args(SourceKind)))


def _id_in_use(project: Project, kind: Kind, ident: str) -> Problem | None:
    """A problem at the record that already has this id, if there is one."""
    registry: dict[str, dict[str, Any]] = {
        "fact": project.facts,
        "entity": project.entities,
        "source": project.sources,
    }
    record = registry[kind].get(ident)
    if record is None:
        return None
    return Problem(
        project.file_of(record),
        project.mark(record, ("id",)),
        "new-id-in-use",
        f"{kind} id '{ident}' is already used here",
        "choose another id, or edit this record instead",
    )


def _check_topic(project: Project, topic: str | None) -> None:
    """A misspelt topic would make a new folder under facts/: refuse it while topics are
    defined (a project with none yet, or a broken topics file, lets it through)."""
    if topic is not None and project.topics and topic not in project.topics:
        close = difflib.get_close_matches(topic, list(project.topics), n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        raise ValueError(
            f"topic '{topic}' is not defined; {hint}known topics: {', '.join(project.topics)}"
        )


def create(root: Path, kind: Kind, ident: str, topic: str | None = None) -> Path:
    """Write the scaffold and return its path. ValueError for a bad id, or a topic that is
    not a slug or not defined (usage); FactsheetError when the file exists or the id is taken
    (nothing is written then)."""
    rel = relative_path(kind, ident, topic)
    facts = (root / FACTS_DIR).resolve()
    target = root / rel
    # The slug rules keep ids inside facts/; a symlinked folder could still lead out of it.
    if not target.parent.resolve().is_relative_to(facts) and target.parent.exists():
        raise ValueError(f"{rel} would be written outside {FACTS_DIR}/ (a symlinked folder)")
    # is_symlink: a dangling link does not "exist", but writing would follow it.
    if target.exists() or target.is_symlink():
        raise FactsheetError(
            [
                Problem(
                    rel,
                    Mark(1, 1),
                    "new-file-exists",
                    f"{rel} already exists; factsheet new never overwrites a file",
                    "edit that file, or choose another id",
                )
            ]
        )
    project, _ = load_project(root)
    if kind == "fact":
        _check_topic(project, topic)
    taken = _id_in_use(project, kind, ident)
    if taken is not None:
        raise FactsheetError([taken])
    target.parent.mkdir(parents=True, exist_ok=True)
    # "x" refuses to write over a file created between the check above and now.
    with target.open("x", encoding="utf-8", newline="\n") as handle:
        handle.write(scaffold_text(kind, ident, topic, rel))
    return target
