"""Every schema error lands on the right line:col of the YAML file.

Unknown field -> on the key (with "did you mean"); missing field -> on the mapping that lacks
it; wrong value -> on the value; wrong type -> on that value; empty value -> on its key.
Each test edits one line of a valid fact file (``BASE``) and asserts the exact span.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factsheet.load.loader import load_file
from factsheet.model.errors import validate_document
from factsheet.problems import Mark, Problem

ProjectFactory = Callable[..., Path]

BASE = """\
topic: summit
facts:
  - id: summit-length
    label: {ar: مدة القمة, en: Summit length}
    statement:
      ar: استمرت القمة ثلاث ساعات.
      en: The summit lasted three hours.
    value:
      type: quantity
      unit: hour
      best: 3
    as_of: 2022-10-31
    claims:
      - source: seed-article
        quote:
          text: ثلاث ساعات
          lang: ar
          translations: {en: three hours}
"""


def problems_for(make_project: ProjectFactory, text: str) -> list[Problem]:
    root = make_project({"facts/a.yaml": text})
    doc, loaded = load_file(root, root / "facts" / "a.yaml")
    assert loaded == [] and doc is not None
    model, found = validate_document(doc)
    assert (model is None) == bool(found)
    return found


def edit(old: str, new: str) -> str:
    assert BASE.count(old) == 1, old
    return BASE.replace(old, new)


def single(make_project: ProjectFactory, text: str) -> Problem:
    found = problems_for(make_project, text)
    assert len(found) == 1, found
    assert found[0].file == "facts/a.yaml"
    assert found[0].hint
    return found[0]


def test_base_is_valid(make_project: ProjectFactory) -> None:
    assert problems_for(make_project, BASE) == []


# --- unknown fields: on the key -------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "mark", "name", "suggestion"),
    [
        ("topic: summit\n", "topic: summit\ntopik: x\n", Mark(2, 1, 2, 6), "topik", "topic"),
        ("    as_of:", "    statment: x\n    as_of:", Mark(12, 5, 12, 13), "statment", "statement"),
        (
            "      - source: seed-article\n",
            "      - source: seed-article\n        sauce: x\n",
            Mark(15, 9, 15, 14),
            "sauce",
            "source",
        ),
        ("      best: 3\n", "      best: 3\n      bets: 4\n", Mark(12, 7, 12, 11), "bets", "best"),
        ("Summit length}", "Summit length, enn: x}", Mark(4, 47, 4, 50), "enn", "en"),
    ],
)
def test_unknown_field_is_on_the_key_with_a_suggestion(
    make_project: ProjectFactory, old: str, new: str, mark: Mark, name: str, suggestion: str
) -> None:
    problem = single(make_project, edit(old, new))
    assert (problem.code, problem.mark) == ("schema-unknown-field", mark)
    assert problem.message.endswith(f"unknown field '{name}'")
    assert problem.hint == f"did you mean '{suggestion}'?"


def test_unknown_field_lists_the_fields_of_the_value_type_written(
    make_project: ProjectFactory,
) -> None:
    # A date value: the allowed fields are DateValue's, not QuantityValue's.
    text = edit(
        "      type: quantity\n      unit: hour\n      best: 3\n",
        "      type: date\n      date: 2022-10-31\n      xyzzy: 1\n",
    )
    problem = single(make_project, text)
    assert problem.mark == Mark(11, 7, 11, 12)
    assert problem.hint == "allowed fields: type, date, precision"


# --- missing fields: on the mapping that lacks them -----------------------------------------


def test_missing_field_is_on_the_parent_mapping(make_project: ProjectFactory) -> None:
    text = edit("      en: The summit lasted three hours.\n", "")
    problem = single(make_project, text)
    assert (problem.code, problem.line, problem.col) == ("schema-missing", 6, 7)
    assert problem.message == "facts[0].statement.en: missing required field 'en'"
    assert problem.path == "facts[0].statement.en"


def test_missing_field_of_a_list_item(make_project: ProjectFactory) -> None:
    problem = single(make_project, edit("    as_of: 2022-10-31\n", ""))
    assert (problem.code, problem.line, problem.col) == ("schema-missing", 3, 5)
    assert problem.message.endswith("missing required field 'as_of'")


def test_missing_value_type_is_on_the_value_mapping(make_project: ProjectFactory) -> None:
    problem = single(make_project, edit("      type: quantity\n", ""))
    assert (problem.code, problem.line, problem.col) == ("schema-missing", 9, 7)
    assert problem.message == "facts[0].value.type: missing required field 'type'"


def test_every_missing_field_is_reported(make_project: ProjectFactory) -> None:
    found = problems_for(make_project, "facts:\n  - id: a\n")
    missing = sorted(p.message.rsplit("'", 2)[1] for p in found if p.code == "schema-missing")
    assert missing == ["as_of", "claims", "label", "statement", "value"]
    assert {(p.line, p.col) for p in found if p.code == "schema-missing"} == {(2, 5)}


# --- wrong values: on the value -------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "code", "mark", "message"),
    [
        (
            "id: summit-length",
            "id: Summit_Length",
            "schema-pattern",
            Mark(3, 9, 3, 22),
            "'Summit_Length' is not an id",
        ),
        (
            "as_of: 2022-10-31",
            "as_of: 31/10/2022",
            "schema-pattern",
            Mark(12, 12, 12, 22),
            "'31/10/2022' is not a date",
        ),
        ("best: 3", "best: three", "value-not-number", Mark(11, 13, 11, 18), "'three'"),
        (
            "    as_of:",
            "    rank: best\n    as_of:",
            "schema-choice",
            Mark(12, 11, 12, 15),
            "'best' is not allowed here",
        ),
        (
            "      best: 3\n",
            "      best: 3\n      approximate: yes\n",
            "schema-bool",
            Mark(12, 20, 12, 23),
            "'yes' is not a boolean",
        ),
        (
            "type: quantity",
            "type: money",
            "schema-choice",
            Mark(9, 13, 9, 18),
            "'money' is not a known type",
        ),
        (
            "          lang: ar\n",
            "          lang: Arabic\n",
            "schema-pattern",
            Mark(17, 17, 17, 23),
            "'Arabic' is not a language code",
        ),
    ],
)
def test_wrong_value_is_on_the_value(
    make_project: ProjectFactory, old: str, new: str, code: str, mark: Mark, message: str
) -> None:
    problem = single(make_project, edit(old, new))
    assert (problem.code, problem.mark) == (code, mark)
    assert message in problem.message


def test_wrong_dictionary_key_is_on_the_key(make_project: ProjectFactory) -> None:
    problem = single(make_project, edit("translations: {en:", "translations: {EN:"))
    assert (problem.code, problem.mark) == ("schema-pattern", Mark(18, 26, 18, 28))
    assert problem.message.endswith("'EN' is not a language code")


def test_quantity_without_a_number_is_on_the_value_mapping(make_project: ProjectFactory) -> None:
    problem = single(make_project, edit("      best: 3\n", ""))
    assert (problem.code, problem.line, problem.col) == ("value-missing-number", 9, 7)


def test_facts_without_topic_point_at_facts(make_project: ProjectFactory) -> None:
    problem = single(make_project, edit("topic: summit\n", ""))
    assert (problem.code, problem.mark) == ("schema-missing-topic", Mark(1, 1, 1, 6))


# --- wrong types: on the value --------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "code", "mark", "message"),
    [
        (
            "label: {ar: مدة القمة, en: Summit length}",
            "label: [a, b]",
            "schema-model-type",
            Mark(4, 12, 4, 18),
            "expected a mapping (field: value), found a list",
        ),
        (
            "label: {ar: مدة القمة, en: Summit length}",
            "label: Summit length",
            "schema-model-type",
            Mark(4, 12, 4, 25),
            "found the text 'Summit length'",
        ),
        (
            "        quote:\n          text: ثلاث ساعات\n          lang: ar\n"
            "          translations: {en: three hours}\n",
            "        quote: [ثلاث ساعات]\n",
            "schema-model-type",
            Mark(15, 16, 15, 28),
            "found a list",
        ),
        (
            "      - source: seed-article\n",
            "      - source: {id: seed-article}\n",
            "schema-string-type",
            Mark(14, 17, 14, 35),
            "expected a text, found a mapping",
        ),
    ],
)
def test_wrong_type_is_on_the_value(
    make_project: ProjectFactory, old: str, new: str, code: str, mark: Mark, message: str
) -> None:
    problem = single(make_project, edit(old, new))
    assert (problem.code, problem.mark) == (code, mark)
    assert message in problem.message


def test_mapping_where_a_list_is_expected(make_project: ProjectFactory) -> None:
    problem = single(make_project, "topic: summit\nfacts:\n  id: a\n")
    assert (problem.code, problem.line, problem.col) == ("schema-list-type", 3, 3)
    assert problem.message == "facts: expected a list, found a mapping"


def test_empty_list_is_on_the_list(make_project: ProjectFactory) -> None:
    text = BASE.split("    claims:")[0] + "    claims: []\n"
    problem = single(make_project, text)
    assert (problem.code, problem.mark) == ("schema-too-short", Mark(13, 13, 13, 15))


def test_empty_value_is_on_its_key(make_project: ProjectFactory) -> None:
    problem = single(make_project, edit("label: {ar: مدة القمة, en: Summit length}", "label:"))
    assert (problem.code, problem.mark) == ("schema-model-type", Mark(4, 5, 4, 10))
    assert problem.message.endswith("found an empty value")


def test_empty_list_item_is_on_the_item(make_project: ProjectFactory) -> None:
    problem = single(make_project, "topic: summit\nfacts:\n  -\n")
    assert (problem.code, problem.line) == ("schema-model-type", 3)
    assert problem.hint is not None and "'-'" in problem.hint


def test_arabic_text_before_an_error_counts_characters(make_project: ProjectFactory) -> None:
    problem = single(make_project, edit("en: Summit length}", "en: Summit length, x: 1}"))
    # "    label: {ar: مدة القمة, en: Summit length, " is 46 characters (the Arabic is 9).
    assert (problem.code, problem.mark) == ("schema-unknown-field", Mark(4, 47, 4, 48))


def test_field_named_like_its_value_type_is_found(make_project: ProjectFactory) -> None:
    # {type: date, date: ...}: pydantic's loc names 'date' twice (the tag, then the field).
    text = edit(
        "      type: quantity\n      unit: hour\n      best: 3\n",
        "      type: date\n      date: 31 October\n",
    )
    problem = single(make_project, text)
    assert (problem.code, problem.mark) == ("schema-pattern", Mark(10, 13, 10, 23))
    assert problem.message == "facts[0].value.date: '31 October' is not a date"


def test_thousands_of_unknown_fields_each_on_its_key(make_project: ProjectFactory) -> None:
    found = problems_for(make_project, "".join(f"field{i}: x\n" for i in range(3000)))
    assert len(found) == 3000
    assert [(p.code, p.line, p.col) for p in found] == [
        ("schema-unknown-field", i + 1, 1) for i in range(3000)
    ]
