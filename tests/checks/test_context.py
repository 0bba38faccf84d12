"""What every check shares (factsheet.checks.context): the suggestion in a hint, the column of a
character inside a value, field names, the walk over a record's values and the file rules."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from factsheet.checks.context import EVERY, FileRule, at_offset, is_field, suggest, walk_values
from factsheet.checks.scan import FileScan
from factsheet.problems import Mark

IDS = [f"id-{n}" for n in range(9)]


@pytest.mark.parametrize(
    ("name", "known", "hint"),
    [
        ("russa", ["russia", "armenia"], "did you mean 'russia'?"),
        ("x", [], "none is defined yet"),
        # Nothing close: the known ids, sorted, each once.
        ("zzz", ["b", "a", "b"], "known ids: a, b"),
        ("zzz", IDS[:8], "known ids: " + ", ".join(IDS[:8])),
        ("zzz", IDS[::-1], "known ids: " + ", ".join(IDS[:8]) + ", ..."),
        # The cutoff is a likeness of 0.6: 'abcde' is 0.6 like 'abcxy', 0.4 like 'abxyz'.
        ("abcde", ["abcxy"], "did you mean 'abcxy'?"),
        ("abcde", ["abxyz"], "known ids: abxyz"),
    ],
)
def test_suggest_names_the_closest_id_or_a_few(name: str, known: list[str], hint: str) -> None:
    assert suggest(name, known) == hint


@pytest.mark.parametrize(
    ("mark", "value", "offset", "expected"),
    [
        (Mark(3, 10, 3, 15), "abcde", 2, Mark(3, 12, 3, 13)),  # plain: its characters
        (Mark(3, 10, 3, 17), "abcde", 0, Mark(3, 11, 3, 12)),  # quoted: one more at each end
        (Mark(3, 10, 3, 17), "abcde", 4, Mark(3, 15, 3, 16)),
        (Mark(3, 10, 3, 20), "abcde", 2, Mark(3, 10, 3, 20)),  # escapes: the value's start
        (Mark(3, 10, 4, 3), "abcde", 2, Mark(3, 10, 4, 3)),  # over two lines: the same
    ],
)
def test_at_offset_is_the_character_when_the_value_is_written_as_is(
    mark: Mark, value: str, offset: int, expected: Mark
) -> None:
    assert at_offset(mark, value, offset) == expected


def test_is_field_ends_at_a_model_field_not_at_a_translation_key() -> None:
    names = frozenset({"end", "url"})
    assert is_field(("end",), names)
    assert is_field(("period", "end"), names)
    assert not is_field(("quote", "translations", "end"), names)
    assert not is_field(("translations", "end"), names)
    assert not is_field(("period", "start"), names)


class Inner(BaseModel):
    text: str
    note: str | None = None


class Outer(BaseModel):
    name: str
    items: list[Inner]
    tags: dict[str, str]
    extra: str | None = None


def test_walk_values_goes_depth_first_in_field_order_and_skips_unset_fields() -> None:
    record = Outer(name="n", items=[Inner(text="a"), Inner(text="b", note="c")], tags={"ar": "t"})
    found = walk_values(record, ("facts", 0))
    assert [(sub, value if isinstance(value, str) else None) for sub, value in found] == [
        (("facts", 0, "name"), "n"),
        (("facts", 0, "items"), None),
        (("facts", 0, "items", 0), None),
        (("facts", 0, "items", 0, "text"), "a"),
        (("facts", 0, "items", 1), None),
        (("facts", 0, "items", 1, "text"), "b"),
        (("facts", 0, "items", 1, "note"), "c"),
        (("facts", 0, "tags"), None),
        (("facts", 0, "tags", "ar"), "t"),
    ]
    assert walk_values("just text") == []


def test_a_file_rule_applies_the_tests_of_the_key_and_of_every_string() -> None:
    rule = FileRule({EVERY: (str.isascii,), "ar": (str.isupper,)})
    assert rule.fine("ABC", "ar") and rule.fine("abc") and rule.fine("abc", "en")
    assert not rule.fine("abc", "ar")  # the key's test
    assert not rule.fine("ÄBC", "ar")  # every string's test
    assert not rule.fine("ä")


def test_a_file_rule_clears_a_file_only_when_every_string_passes() -> None:
    rule = FileRule({EVERY: (str.isascii,), "ar": (str.isupper,)})
    fine = FileScan(strings=["abc", "ABC"], by_key={"ar": ["ABC"]}, tagged=[("ar", "XY")])
    assert rule.clears(fine)
    assert not rule.clears(FileScan(strings=["abc", "ä"], by_key={"ar": []}))
    assert not rule.clears(FileScan(strings=["abc"], by_key={"ar": ["abc"]}))
    # A text tagged with the key's language is tested as the key's strings are.
    assert not rule.clears(FileScan(strings=["x"], by_key={"ar": []}, tagged=[("ar", "xy")]))
    assert rule.clears(FileScan(strings=["x"], by_key={"ar": []}, tagged=[("en", "xy")]))
