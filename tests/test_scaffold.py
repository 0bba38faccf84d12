"""``factsheet new``: where scaffolds go, that they are valid YAML with the modeline, that an
untouched scaffold gives positioned problems, and that a filled one passes validation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import REPO_ROOT, write_project
from factsheet.cli.new import KINDS, Kind, create, relative_path, scaffold_text
from factsheet.load.loader import load_file
from factsheet.pipeline import validate
from factsheet.problems import FactsheetError, Severity

TOPICS = """
topics:
  - id: summit
    order: 1
    title: {ar: قمة سوتشي, en: The Sochi summit}
    summary: {ar: موعد القمة ومكانها., en: When and where the summit met.}
site:
  name: {ar: قمة تجريبية, en: A test summit}
  description: {ar: وقائع للاختبار., en: Facts for the tests.}
"""
# What an editor types into the empty values, in file order: (key, value).
FILLED: dict[Kind, list[tuple[str, str]]] = {
    "source": [
        ("kind", "news-article"),
        ("ar", "ناشر المقال"),
        ("en", "The article's publisher"),
        ("ar", "روسيا وأرمينيا وأذربيجان تؤكد أهمية اتخاذ الإجراءات لإبرام معاهدة سلام"),
        ("en", "Russia, Armenia and Azerbaijan stress steps towards a peace treaty"),
        ("language", "ar"),
        ("stored", "seeds/000_c700498ac00d7f2d.txt"),
    ],
    "entity": [("kind", "person"), ("ar", "فلاديمير بوتين"), ("en", "Vladimir Putin")],
    "fact": [
        ("ar", "جلسات القمة"),
        ("en", "Rounds of talks"),
        ("ar", "عقدت القمة الثلاثية ثلاث جلسات من المفاوضات."),
        ("en", "The trilateral summit held three rounds of talks."),
        ("as_of", "2022-10-31"),
        ("source", "sochi-article"),
        ("text", "وعقدت ثلاث جلسات من المفاوضات"),
        ("paragraph", "4"),
    ],
}
IDS: dict[Kind, str] = {"fact": "summit-rounds", "entity": "putin", "source": "sochi-article"}


def fill(text: str, values: list[tuple[str, str]]) -> str:
    """Give the empty ``key:`` lines their values, each after the previous one."""
    lines = text.splitlines()
    at = 0
    for key, value in values:
        pattern = re.compile(rf"^\s*(- )?{key}:$")
        while not pattern.match(lines[at]):
            at += 1
        lines[at] = f"{lines[at]} {value}"
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("kind", "ident", "topic", "expected"),
    [
        ("fact", "summit-rounds", "summit", "facts/summit/summit-rounds.yaml"),
        ("entity", "putin", None, "facts/entities/putin.yaml"),
        ("source", "sochi-article", None, "facts/sources/sochi-article.yaml"),
        ("source", "sochi-article", "ignored", "facts/sources/sochi-article.yaml"),
    ],
)
def test_where_new_files_go(kind: Kind, ident: str, topic: str | None, expected: str) -> None:
    assert relative_path(kind, ident, topic) == expected


@pytest.mark.parametrize(
    ("kind", "ident", "topic", "message"),
    [
        ("fact", "x", None, "a new fact needs its topic"),
        ("fact", "../x", "summit", "fact id '../x' is not a valid id"),
        ("fact", "x", "../..", "topic '../..' is not a valid id"),
        ("entity", "Putin", None, "entity id 'Putin' is not a valid id"),
        ("source", "a--b", None, "not a valid id"),
        ("source", "a" * 81, None, "not a valid id"),
    ],
)
def test_bad_ids_are_refused(kind: Kind, ident: str, topic: str | None, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        relative_path(kind, ident, topic)


@pytest.mark.parametrize("kind", KINDS)
def test_scaffold_is_yaml_with_the_modeline(kind: Kind, tmp_path: Path) -> None:
    root = write_project(tmp_path, {})
    path = create(root, kind, IDS[kind], "summit")
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../schema/factsheet.schema.json"
    schema = (path.parent / first.split("=", 1)[1]).resolve()
    assert schema == (root / "schema/factsheet.schema.json").resolve()
    doc, problems = load_file(root, path)
    assert problems == []
    assert doc is not None and isinstance(doc.data, dict)


def test_untouched_scaffolds_give_positioned_problems(tmp_path: Path) -> None:
    root = write_project(tmp_path, {"facts/topics.yaml": TOPICS})
    paths = {kind: create(root, kind, IDS[kind], "summit") for kind in KINDS}
    _, problems = validate(root)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    assert {p.file for p in errors} == {
        path.relative_to(root).as_posix() for path in paths.values()
    }
    for p in errors:
        # Each error sits on the line of the empty field it names (e.g. facts[0].label.ar).
        line = (root / p.file).read_text(encoding="utf-8").splitlines()[p.line - 1]
        field = p.path.rsplit(".", 1)[-1]
        assert re.match(rf"^\s*(- )?{field}:", line), (p, line)
        assert p.code.startswith(("schema-", "bilingual-", "value-"))


def test_filled_scaffolds_pass_validation(tmp_path: Path) -> None:
    root = write_project(tmp_path, {"facts/topics.yaml": TOPICS}, seed=True)
    for kind in KINDS:
        path = create(root, kind, IDS[kind], "summit")
        path.write_text(fill(path.read_text(encoding="utf-8"), FILLED[kind]), encoding="utf-8")
    project, problems = validate(root)
    assert [p for p in problems if p.severity is Severity.ERROR] == []
    assert set(project.facts) == {"summit-rounds"}
    assert set(project.entities) == {"putin"}
    assert set(project.sources) == {"sochi-article"}


def test_never_overwrites(tmp_path: Path) -> None:
    root = write_project(tmp_path, {"facts/entities/putin.yaml": "# mine\n"})
    with pytest.raises(FactsheetError) as raised:
        create(root, "entity", "putin")
    (problem,) = raised.value.problems
    assert (problem.file, problem.line, problem.col, problem.code) == (
        "facts/entities/putin.yaml",
        1,
        1,
        "new-file-exists",
    )
    assert (root / "facts/entities/putin.yaml").read_text(encoding="utf-8") == "# mine\n"


def test_refuses_an_id_defined_elsewhere(tmp_path: Path) -> None:
    entities = """
    # yaml-language-server: $schema=../schema/factsheet.schema.json
    entities:
      - id: putin
        kind: person
        label: {ar: فلاديمير بوتين, en: Vladimir Putin}
    """
    root = write_project(tmp_path, {"facts/entities.yaml": entities})
    with pytest.raises(FactsheetError) as raised:
        create(root, "entity", "putin")
    (problem,) = raised.value.problems
    assert (problem.file, problem.line, problem.col) == ("facts/entities.yaml", 3, 9)
    assert problem.message == "entity id 'putin' is already used here"
    assert not (root / "facts/entities/putin.yaml").exists()


def test_refuses_a_symlinked_folder_leading_out_of_facts(tmp_path: Path) -> None:
    root = write_project(tmp_path, {})
    outside = tmp_path / "outside"
    outside.mkdir()
    (root / "facts" / "summit").symlink_to(outside, target_is_directory=True)
    with pytest.raises(ValueError, match="outside facts/"):
        create(root, "fact", "x", "summit")
    assert list(outside.iterdir()) == []


def test_scaffold_lists_the_model_choices() -> None:
    text = scaffold_text("source", "s", None, "facts/sources/s.yaml")
    assert "# One of: news-article, news-agency-report, official-statement," in text
    assert "social-media." in text


def test_committed_repo_has_the_schema_the_modeline_points_to() -> None:
    assert (REPO_ROOT / "schema/factsheet.schema.json").is_file()


def test_a_new_fact_needs_a_defined_topic(tmp_path: Path) -> None:
    root = write_project(tmp_path, {"facts/topics.yaml": TOPICS})
    message = "topic 'sumit' is not defined; did you mean 'summit'?"
    with pytest.raises(ValueError, match=re.escape(message)):
        create(root, "fact", "x", "sumit")
    assert not (root / "facts" / "sumit").exists()
