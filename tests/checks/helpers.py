"""Shared data and helpers for the check tests (the `run` fixture is in conftest.py).

``REGISTRY`` is a valid file of topics, entities and sources that most tests reuse; each test
writes its own facts file (or its own broken registry) and asserts the exact code, file, line
and column of every problem of the check under test. Line 1 is the first line after the
opening triple quote.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from datetime import date

from factsheet.problems import Problem

TODAY = date(2026, 11, 28)

SEED = (
    "روسيا وأرمينيا وأذربيجان تؤكد أهمية اتخاذ الإجراءات لإبرام معاهدة سلام بين باكو ويريفان\n"
    "\n"
    "أكد قادة روسيا وأرمينيا وأذربيجان أهمية الاستعداد واتخاذ الإجراءات الفعلية لإبرام معاهدة"
    " سلام بين باكو ويريفان.\n"
    'وأضاف: "روسيا من جانبها ستبذل قصارى جهدها لضمان التوصل إلى تسوية نهائية وشاملة".\n'
)

REGISTRY = """
topics:
  - id: summit
    order: 1
    title: {ar: القمة, en: The summit}
    summary: {ar: موعد القمة ومكانها., en: When and where the summit met.}
    sections:
      - id: meeting
        title: {ar: الاجتماع, en: The meeting}
entities:
  - id: russia
    kind: state
    label: {ar: روسيا, en: Russia}
  - id: putin
    kind: person
    label: {ar: فلاديمير بوتين, en: Vladimir Putin}
    roles:
      - title: {ar: رئيس روسيا, en: President of Russia}
        of: russia
        as_of: 2022-10-31
        sources: [seed]
sources:
  - id: seed
    kind: news-article
    publisher: {ar: ناشر تجريبي, en: Test publisher}
    title: {ar: مقال تجريبي, en: Test article}
    language: ar
    published: 2022-11-01
    retrieved: 2026-11-01
    stored: seeds/article.txt
  - id: web
    kind: news-article
    publisher: {ar: ناشر آخر, en: Other publisher}
    title: {ar: صفحة تجريبية, en: Test page}
    language: en
    url: https://example.org/news/1
    published: 2022-10-31
site:
  name: {ar: قمة تجريبية, en: A test summit}
  description: {ar: وقائع للاختبار., en: Facts for the tests.}
"""

FACT = """
topic: summit
facts:
  - id: summit-length
    section: meeting
    subject: putin
    label: {ar: مدة القمة, en: Length of the summit}
    statement: {ar: استمرت القمة أكثر من ساعتين., en: The summit lasted more than two hours.}
    value: {type: quantity, unit: hour, best: 2, bound: more-than}
    as_of: 2022-10-31
    claims:
      - source: web
"""

Run = Callable[..., list[Problem]]


def text(source: str) -> str:
    """Dedent and drop the newline right after the opening quotes, so line 1 is the first."""
    source = textwrap.dedent(source)
    return source[1:] if source.startswith("\n") else source


def found(problems: list[Problem], prefix: str) -> list[tuple[str, str, int, int]]:
    """(code, file, line, col) of every problem whose code starts with ``prefix``."""
    return [(p.code, p.file, p.line, p.col) for p in problems if p.code.startswith(prefix)]


def only(problems: list[Problem], code: str) -> Problem:
    """The one problem with ``code`` (fails when there are none or several)."""
    matching = [p for p in problems if p.code == code]
    assert len(matching) == 1, [(p.code, p.line, p.col, p.message) for p in problems]
    return matching[0]
