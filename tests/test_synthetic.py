"""The synthetic project generator (used by scripts/bench.py) makes projects that validate."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from factsheet.pipeline import validate
from factsheet.problems import Severity
from synthetic import Shape, generate

TODAY = date(2026, 11, 28)


def test_tiny_project_validates_without_errors(tmp_path: Path) -> None:
    shape = generate(tmp_path, 40, seed=1)
    project, problems = validate(tmp_path, TODAY)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    assert errors == []
    assert len(project.facts) == shape.facts == 40
    assert len(project.sources) == shape.sources
    assert len(project.entities) == shape.entities
    # Two quotes could in theory be drawn at this size; a seed that draws them is used, and
    # every quote must be found in its stored text (the quote check really ran).
    claims = [c for f in project.facts.values() for c in f.claims if c.quote]
    assert claims
    assert {project.quote_status(c) for c in claims} == {"verified"}


def test_every_value_type_and_section_is_used(tmp_path: Path) -> None:
    generate(tmp_path, 60, seed=2)
    project, _ = validate(tmp_path, TODAY)
    kinds = Counter(f.value.type for f in project.facts.values())
    assert set(kinds) == {"text", "date", "quantity", "entity"}
    (topic,) = project.topics.values()
    assert [s.id for s in topic.sections] == [f"section-{i:02d}" for i in range(1, 7)]
    assert {f.section for f in project.facts.values()} == {s.id for s in topic.sections}


def test_same_size_and_seed_give_the_same_files(tmp_path: Path) -> None:
    generate(tmp_path / "a", 25, seed=3)
    generate(tmp_path / "b", 25, seed=3)
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.*"))
    assert files
    for rel in files:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes()


@pytest.mark.parametrize(
    ("facts", "topics", "sources", "entities", "stored"),
    [(1, 1, 3, 3, 1), (100, 1, 20, 10, 1), (1000, 10, 200, 100, 2), (10000, 100, 2000, 1000, 20)],
)
def test_shape_grows_like_a_real_site(
    facts: int, topics: int, sources: int, entities: int, stored: int
) -> None:
    assert Shape.for_size(facts) == Shape(facts, topics, sources, entities, stored)


def test_shape_refuses_an_empty_project() -> None:
    with pytest.raises(ValueError, match="at least one fact"):
        Shape.for_size(0)
