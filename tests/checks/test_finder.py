"""The finder returns exactly the matching values of the full walk, in its order.

The checks trust it to say that a record has nothing to report, so a value it missed would
be a problem silently lost.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from factsheet.checks import CheckContext, urls, walk_values
from factsheet.checks.dates import DATE_FIELDS
from factsheet.checks.finder import Finder, Reads, finder_for
from factsheet.checks.urls import URL_FIELDS
from factsheet.model import DateValue, Quote, Text, Variant
from factsheet.project import Project, load_project

from .helpers import FACT, REGISTRY, text

# Translations are keyed by language codes, which can spell a field name ("end", "url").
ODD_KEYS = """
topic: summit
facts:
  - id: odd-keys
    label: {ar: مدة, en: Length}
    statement: {ar: استمرت القمة, en: The summit lasted.}
    value: {type: date, date: 2022-10, precision: month}
    period: {start: 2022-10-01, end: 2022-10-31}
    as_of: 2022-10-31
    related: [summit-length]
    claims:
      - source: web
        stated_on: 2022-10-30
        quote: {text: "the words", lang: en, translations: {ar: كلمات, url: x, end: y}}
        locator: {section: {ar: قسم, en: Section}}
"""

QUERIES: list[tuple[tuple[type, ...], frozenset[str]]] = [
    ((Text, Quote, Variant), frozenset()),
    ((DateValue,), DATE_FIELDS),
    ((), URL_FIELDS),
    ((str,), frozenset()),
    ((), frozenset({"ar", "source", "sources"})),
]


@pytest.fixture
def records(tmp_path: Path) -> list[Any]:
    (tmp_path / "facts").mkdir()
    for name, content in {"registry.yaml": REGISTRY, "a.yaml": FACT, "b.yaml": ODD_KEYS}.items():
        (tmp_path / "facts" / name).write_text(text(content), encoding="utf-8")
    project, problems = load_project(tmp_path)
    assert not problems
    return [record for _kind, record, _origin in project.records]


@pytest.mark.parametrize(("kinds", "keys"), QUERIES)
def test_finder_matches_the_walk(
    records: list[Any], kinds: tuple[type, ...], keys: frozenset[str]
) -> None:
    reads = Reads(kinds, keys)
    alone = Finder(kinds, keys)
    together = finder_for(Reads(*query) for query in QUERIES)
    total = 0
    for record in records:
        expected = [v for sub, v in walk_values(record) if isinstance(v, kinds) or sub[-1] in keys]
        for finder in (alone, together):
            got = reads.pick(finder(record))
            assert [id(v) for v in got] == [id(v) for v in expected], record.id
        total += len(expected)
    assert total  # every query finds something in this project


def test_translation_keys_are_found_like_fields(records: list[Any]) -> None:
    odd = next(r for r in records if r.id == "odd-keys")
    assert Finder(keys=URL_FIELDS)(odd) == [("url", "x")]
    assert ("end", "y") in Finder(keys=DATE_FIELDS)(odd)


def test_every_check_reads_through_the_context(records: list[Any]) -> None:
    """The context answers only the READS of registered checks (the one pass per record
    is planned from them)."""
    ctx = CheckContext(project=Project(root=Path()), today=date(2026, 1, 1))
    with pytest.raises(ValueError, match="not the READS"):
        ctx.find(records[0], Reads((Text,)))
    assert ctx.find(records[0], urls.READS) == Reads(keys=URL_FIELDS).pick(
        Finder(keys=URL_FIELDS)(records[0])
    )
