"""The references check: unknown ids, duplicates, sections and stored paths, at exact places."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factsheet.checks import references
from factsheet.problems import Problem

from .helpers import FACT, Run, found, only

FACTS = """
topic: summit
facts:
  - id: length
    topic: sumit
    section: meeting
    subject: putn
    label: {ar: مدة, en: Length}
    statement: {ar: نص, en: Text}
    value: {type: entity, entity: sochi}
    as_of: 2022-10-31
    related: [length, width]
    claims:
      - source: sed
        speaker: putin
      - source: web
        speaker: lavrov
        value: {type: entity, entity: russa}
"""


def test_every_unknown_id_is_reported_where_it_is_written(run: Run) -> None:
    problems = run({"facts.yaml": FACTS})
    assert found(problems, "ref-") == [
        ("ref-unknown-topic", "facts/facts.yaml", 4, 12),
        ("ref-unknown-entity", "facts/facts.yaml", 6, 14),
        ("ref-unknown-entity", "facts/facts.yaml", 9, 35),
        ("ref-self", "facts/facts.yaml", 11, 15),
        ("ref-unknown-fact", "facts/facts.yaml", 11, 23),
        ("ref-unknown-source", "facts/facts.yaml", 13, 17),
        ("ref-unknown-entity", "facts/facts.yaml", 16, 18),
        ("ref-unknown-entity", "facts/facts.yaml", 17, 39),
    ]
    assert only(problems, "ref-unknown-topic").hint == (
        "did you mean 'summit'? (topic ids are defined under 'topics:')"
    )
    assert only(problems, "ref-unknown-source").hint.startswith("did you mean 'seed'?")
    hints = [p.hint for p in problems if p.code == "ref-unknown-entity"]
    assert hints[0].startswith("did you mean 'putin'?")
    assert hints[3].startswith("did you mean 'russia'?")


def test_unknown_file_topic_is_reported_once_at_the_top(run: Run) -> None:
    problems = run({"facts.yaml": FACT.replace("topic: summit", "topic: summits")})
    assert found(problems, "ref-") == [("ref-unknown-topic", "facts/facts.yaml", 1, 8)]


def test_section_must_belong_to_the_topic(run: Run) -> None:
    problems = run({"facts.yaml": FACT.replace("section: meeting", "section: meting")})
    assert found(problems, "ref-") == [("ref-unknown-section", "facts/facts.yaml", 4, 14)]
    problem = only(problems, "ref-unknown-section")
    assert "its sections: meeting" in problem.message
    assert problem.hint == "did you mean 'meeting'?"


REGISTRY_REFS = """
entities:
  - id: putin
    kind: person
    label: {ar: بوتين, en: Putin}
    variants:
      - {text: بوتن, lang: ar, sources: [nowhere]}
    roles:
      - title: {ar: رئيس, en: President}
        of: rusia
        as_of: 2022-10-31
        sources: [seed, sputnik]
sources:
  - id: seed
    kind: news-article
    publisher: {ar: ناشر, en: Publisher}
    title: {ar: عنوان, en: Title}
    language: ar
    credits: [sputnik]
"""


def test_entity_and_source_references(run: Run) -> None:
    problems = run({"registry.yaml": REGISTRY_REFS})
    assert found(problems, "ref-") == [
        ("ref-unknown-source", "facts/registry.yaml", 6, 42),
        ("ref-unknown-entity", "facts/registry.yaml", 9, 13),
        ("ref-unknown-source", "facts/registry.yaml", 11, 25),
        ("ref-unknown-entity", "facts/registry.yaml", 18, 15),
    ]


def test_duplicate_ids_name_the_first_definition(run: Run) -> None:
    other = """
    entities:
      - id: russia
        kind: state
        label: {ar: روسيا, en: Russia}
    sources:
      - id: russia
        kind: reference
        publisher: {ar: ناشر, en: Publisher}
        title: {ar: عنوان, en: Title}
        language: en
      - id: web
        kind: reference
        publisher: {ar: ناشر, en: Publisher}
        title: {ar: عنوان, en: Title}
        language: en
    """
    # Files load in name order, so registry.yaml holds the first definitions.
    problems = run({"facts.yaml": FACT, "xtra.yaml": other})
    # A source may share an id with an entity: kinds have their own namespaces.
    assert found(problems, "ref-") == [
        ("ref-duplicate-id", "facts/xtra.yaml", 2, 9),
        ("ref-duplicate-id", "facts/xtra.yaml", 11, 9),
    ]
    first = next(p for p in problems if p.code == "ref-duplicate-id")
    assert "already defined at facts/registry.yaml:10" in first.message
    assert first.related[0][0] == "facts/registry.yaml"
    assert first.related[0][1].line == 10


# A topic whose section id is written twice (its second at line 8, column 14).
DUPLICATE_SECTION = """
    topics:
      - id: war
        order: 2
        title: {ar: الحرب, en: The war}
        summary: {ar: الحرب, en: The war}
        sections:
          - {id: casualties, title: {ar: الضحايا, en: Casualties}}
          - {id: casualties, title: {ar: الضحايا, en: Casualties}}
    """


def test_duplicate_section_in_a_topic(run: Run) -> None:
    topics = DUPLICATE_SECTION
    problems = run({"facts.yaml": FACT, "topics.yaml": topics})
    assert found(problems, "ref-") == [("ref-duplicate-section", "facts/topics.yaml", 8, 14)]
    assert "(line 7)" in only(problems, "ref-duplicate-section").message


def _source(stored: str) -> str:
    return f"""
    sources:
      - id: other
        kind: reference
        publisher: {{ar: ناشر, en: Publisher}}
        title: {{ar: عنوان, en: Title}}
        language: ar
        stored: {stored}
    """


def test_stored_path_must_stay_under_seeds(run: Run) -> None:
    for stored in ("/etc/passwd", "seeds/../facts/registry.yaml", "facts/registry.yaml"):
        problems = run({"facts.yaml": FACT, "more.yaml": _source(stored)})
        assert found(problems, "ref-") == [("ref-stored-path", "facts/more.yaml", 7, 13)], stored


def test_stored_file_must_exist(run: Run) -> None:
    problems = run({"facts.yaml": FACT, "more.yaml": _source("seeds/missing.txt")})
    assert found(problems, "ref-") == [("ref-stored-missing", "facts/more.yaml", 7, 13)]


def test_stored_symlink_out_of_seeds_is_rejected(run: Run, tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "outside.txt").write_text("text", encoding="utf-8")
    os.symlink(tmp_path / "outside.txt", tmp_path / "seeds" / "link.txt")
    problems = run({"facts.yaml": FACT, "more.yaml": _source("seeds/link.txt")})
    assert found(problems, "ref-") == [("ref-stored-path", "facts/more.yaml", 7, 13)]
    assert "link" in only(problems, "ref-stored-path").message


def test_every_code_is_documented() -> None:
    assert all(code.startswith("ref-") for code in references.CODES)
    assert references.__doc__ is not None and "Passes::" in references.__doc__


def test_an_id_defined_in_a_file_that_failed_the_schema_is_not_reported_again(run: Run) -> None:
    # other.yaml fails the schema (a misspelt field), so its fact is not in the project; the
    # reference to it from facts.yaml is not a second mistake and must not be reported.
    broken = FACT.replace("id: summit-length", "id: other").replace("as_of:", "as_off:")
    referring = FACT.replace("    claims:", "    related: [other]\n    claims:", 1)
    problems = run({"facts.yaml": referring, "other.yaml": broken})
    assert found(problems, "ref-") == []
    assert [p.code for p in problems if p.file == "facts/other.yaml"] == [
        "schema-missing",
        "schema-unknown-field",
    ]
    # A reference to an id that no file defines is still reported.
    problems = run({"facts.yaml": referring.replace("[other]", "[nowhere]"), "other.yaml": broken})
    assert [p.code for p in problems if p.code.startswith("ref-")] == ["ref-unknown-fact"]


def test_an_id_written_in_a_file_that_is_not_yaml_is_not_reported_again(run: Run) -> None:
    # other.yaml has a YAML syntax error, so nothing of it is loaded; its "id: other" line
    # still tells that the reference from facts.yaml is not a second mistake.
    broken = FACT.replace("id: summit-length", "id: other") + "      - [unclosed\n"
    referring = FACT.replace("    claims:", "    related: [other]\n    claims:", 1)
    problems = run({"facts.yaml": referring, "other.yaml": broken})
    assert [p.code for p in problems if p.file == "facts/other.yaml"] == ["yaml-syntax"]
    assert found(problems, "ref-") == []
    # A reference to an id that no file writes is still reported.
    problems = run({"facts.yaml": referring.replace("[other]", "[nowhere]"), "other.yaml": broken})
    assert [p.code for p in problems if p.code.startswith("ref-")] == ["ref-unknown-fact"]


def _texts(problems: list[Problem]) -> list[tuple[str, str | None]]:
    return [(p.message, p.hint) for p in problems if p.code.startswith("ref-")]


def test_each_reference_problem_says_what_is_wrong_and_how_to_fix_it(run: Run) -> None:
    entities = "(entity ids are defined under 'entities:')"
    assert _texts(run({"facts.yaml": FACTS})) == [
        ("unknown topic 'sumit'", "did you mean 'summit'? (topic ids are defined under 'topics:')"),
        ("unknown entity 'putn'", f"did you mean 'putin'? {entities}"),
        ("unknown entity 'sochi'", f"known ids: putin, russia {entities}"),
        ("fact 'length' lists itself as related", "remove it from 'related'"),
        ("unknown fact 'width'", "known ids: length (fact ids are defined under 'facts:')"),
        ("unknown source 'sed'", "did you mean 'seed'? (source ids are defined under 'sources:')"),
        ("unknown entity 'lavrov'", f"known ids: putin, russia {entities}"),
        ("unknown entity 'russa'", f"did you mean 'russia'? {entities}"),
    ]
    section = run({"facts.yaml": FACT.replace("section: meeting", "section: meting")})
    assert _texts(section) == [
        (
            "topic 'summit' has no section 'meting' (its sections: meeting)",
            "did you mean 'meeting'?",
        )
    ]


def test_each_duplicate_says_where_the_first_is_and_what_to_do(run: Run) -> None:
    other = "entities:\n  - id: russia\n    kind: state\n    label: {ar: روسيا, en: Russia}\n"
    assert _texts(run({"facts.yaml": FACT, "xtra.yaml": other})) == [
        (
            "entity id 'russia' is already defined at facts/registry.yaml:10",
            "give this entity another id, or merge it with the first one",
        )
    ]


def test_duplicate_section_says_what_to_do(run: Run) -> None:
    topics = DUPLICATE_SECTION
    assert _texts(run({"facts.yaml": FACT, "topics.yaml": topics})) == [
        (
            "section id 'casualties' is already used in topic 'war' (line 7)",
            "give each section of a topic its own id",
        )
    ]


@pytest.mark.parametrize(
    ("stored", "message"),
    [
        ("/etc/passwd", "stored path '/etc/passwd' is not allowed"),
        (
            "seeds/../facts/registry.yaml",
            "stored path 'seeds/../facts/registry.yaml' is not allowed",
        ),
        ("facts/registry.yaml", "stored path 'facts/registry.yaml' is not under seeds/"),
    ],
)
def test_a_stored_path_outside_seeds_says_how_to_write_it(
    run: Run, stored: str, message: str
) -> None:
    assert _texts(run({"facts.yaml": FACT, "more.yaml": _source(stored)})) == [
        (message, "write the path relative to the project root, e.g. seeds/<file>.txt")
    ]


@pytest.mark.parametrize("stored", ["seeds/missing.txt", "seeds"])
def test_a_stored_copy_that_is_not_a_file_says_what_to_do(run: Run, stored: str) -> None:
    assert _texts(run({"facts.yaml": FACT, "more.yaml": _source(stored)})) == [
        (
            f"stored copy '{stored}' is not a readable UTF-8 file",
            "add the file under seeds/ or correct the path (it is case-sensitive)",
        )
    ]


def test_a_stored_link_out_of_seeds_says_to_copy_the_file(run: Run, tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "outside.txt").write_text("text", encoding="utf-8")
    os.symlink(tmp_path / "outside.txt", tmp_path / "seeds" / "link.txt")
    assert _texts(run({"facts.yaml": FACT, "more.yaml": _source("seeds/link.txt")})) == [
        (
            "stored path 'seeds/link.txt' is a link that leads out of seeds/",
            "copy the file into seeds/ instead of linking to it",
        )
    ]


TOPICS = """
topics:
  - id: war
    order: 2
    title: {ar: الحرب, en: The war}
    summary: {ar: الحرب, en: The war}
    sections:
      - {id: casualties, title: {ar: الضحايا, en: Casualties}}
      - {id: talks, title: {ar: المحادثات, en: Talks}}
  - id: empty
    order: 3
    title: {ar: فارغ, en: Empty}
    summary: {ar: فارغ, en: Empty}
"""


def _another(fact_id: str, old: str, new: str) -> str:
    """FACT's fact under another id, with ``old`` replaced by ``new``."""
    return FACT.split("facts:\n", 1)[1].replace("summit-length", fact_id).replace(old, new)


def test_a_single_unknown_id_in_an_otherwise_known_fact_is_found(run: Run) -> None:
    # Each fact has one unknown reference and everything else known, so the quick test that
    # clears a fact whose ids are all known must not clear it.
    facts = (
        FACT.replace("subject: putin", "subject: putn")
        + _another(
            "entity-value",
            "value: {type: quantity, unit: hour, best: 2, bound: more-than}",
            "value: {type: entity, entity: sochi}",
        )
        + _another("war-section", "    section: meeting", "    topic: war\n    section: casualty")
        + _another("empty-section", "    section: meeting", "    topic: empty\n    section: any")
    )
    problems = run({"facts.yaml": facts, "topics.yaml": TOPICS})
    assert [(p.line, p.message, p.hint) for p in problems if p.code.startswith("ref-")] == [
        (5, "unknown entity 'putn'", f"did you mean 'putin'? {ENTITY_IDS}"),
        (17, "unknown entity 'sochi'", f"known ids: putin, russia {ENTITY_IDS}"),
        (
            23,
            "topic 'war' has no section 'casualty' (its sections: casualties, talks)",
            "did you mean 'casualties'?",
        ),
        (33, "topic 'empty' has no section 'any' (its sections: none)", "remove 'section'"),
    ]


ENTITY_IDS = "(entity ids are defined under 'entities:')"


def test_a_single_unknown_id_in_a_claim_or_in_related_is_found(run: Run) -> None:
    claim = "      - source: web\n"
    facts = (
        FACT.replace(claim, "      - source: wbe\n")
        + _another("speaker", claim, claim + "        speaker: lavrov\n")
        + _another("claim-entity", claim, claim + "        value: {type: entity, entity: sochi}\n")
        + _another("related", "    as_of:", "    related: [nothing]\n    as_of:")
        + _another("itself", "    as_of:", "    related: [itself]\n    as_of:")
    )
    problems = run({"facts.yaml": facts})
    assert [(p.code, p.message) for p in problems if p.code.startswith("ref-")] == [
        ("ref-unknown-source", "unknown source 'wbe'"),
        ("ref-unknown-entity", "unknown entity 'lavrov'"),
        ("ref-unknown-entity", "unknown entity 'sochi'"),
        ("ref-unknown-fact", "unknown fact 'nothing'"),
        ("ref-self", "fact 'itself' lists itself as related"),
    ]


def test_a_duplicate_section_names_the_line_of_the_first_id(run: Run) -> None:
    topics = """
    topics:
      - id: war
        order: 2
        title: {ar: الحرب, en: The war}
        summary: {ar: الحرب, en: The war}
        sections:
          - title: {ar: الضحايا, en: Casualties}
            id: casualties
          - id: casualties
            title: {ar: الضحايا, en: Casualties}
    """
    problem = only(run({"facts.yaml": FACT, "topics.yaml": topics}), "ref-duplicate-section")
    assert (problem.line, problem.message) == (
        9,
        "section id 'casualties' is already used in topic 'war' (line 8)",
    )


@pytest.mark.parametrize("stored", ["seeds\\a.txt", "~/a.txt"])
def test_a_stored_path_with_a_backslash_or_a_tilde_is_not_allowed(run: Run, stored: str) -> None:
    assert _texts(run({"facts.yaml": FACT, "more.yaml": _source(stored)})) == [
        (
            f"stored path '{stored}' is not allowed",
            "write the path relative to the project root, e.g. seeds/<file>.txt",
        )
    ]


def test_a_duplicate_id_names_the_line_of_the_first_id(run: Run) -> None:
    other = """
    entities:
      - kind: state
        id: armenia
        label: {ar: أرمينيا, en: Armenia}
      - id: armenia
        kind: state
        label: {ar: أرمينيا, en: Armenia}
    """
    problem = only(run({"facts.yaml": FACT, "xtra.yaml": other}), "ref-duplicate-id")
    assert (problem.line, problem.message) == (
        5,
        "entity id 'armenia' is already defined at facts/xtra.yaml:3",
    )


def test_an_unknown_file_topic_says_what_and_where(run: Run) -> None:
    problem = only(
        run({"facts.yaml": FACT.replace("topic: summit", "topic: summits")}), "ref-unknown-topic"
    )
    assert (problem.path, problem.message, problem.hint) == (
        "topic",
        "unknown topic 'summits'",
        "did you mean 'summit'? (topic ids are defined under 'topics:')",
    )
