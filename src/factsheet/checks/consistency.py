"""Check ``consistency``: a number written in a statement is a number the fact records.

A statement is prose and can drift from the structured value when one of them is edited. Every
number written in digits in a fact's ``statement`` (Arabic and English) must be one of the
fact's own numbers:

- ``best``, ``low`` and ``high`` of the fact's value and of every claim's value;
- the year, month and day of every date of the fact: ``as_of``, the ``period``, a date value
  (the fact's and the claims'), the claims' ``stated_on``, and the ``published`` date of every
  source it cites ("27 September to 10 November 2020" is 27, 10 and 2020 from the period);
- the figures and dates of the facts it names in ``related`` (a statement may place the fact
  against them: "before the first term ended in November 2025");
- a number in digits inside a claim's ``quote`` (or its translations), the source's own words,
  or inside a claim's ``stated``, which records what that one source said: a secondary figure
  ("243 still missing") is sourced when the claim that reports it says it.

What counts as a number: digits (ASCII 0-9, and in Arabic text also Arabic-Indic ٠-٩), with
thousands separators ``6,500`` / ``6٬500`` and a decimal part ``2.5`` / ``2٫5``. Not compared:
numbers written in words ("two hours", "أربعة وأربعين"); digits glued to Latin letters, which
are decades, ordinals or names ("1990s", "31st", "S-300", "Su-25"); times of day ("13:00");
the number of a part of a document after "Point", "Article", "paragraph", "clause", "section",
"No." or البند / المادة / الفقرة / النقطة ("Point 5"). Facts whose value is text or an entity
are not compared: their statement is the value.
A number that matches none is an error: correct the statement, or record the figure (as the
value, a claim's value or a date) so that it is sourced.

Passes::

    statement: {ar: استمرت حرب 2020 أربعة وأربعين يومًا., en: The 2020 war lasted 44 days.}
    value: {type: quantity, unit: day, best: 44}
    as_of: 2020-11-10

Fails (``consistency-number`` on 45)::

    statement: {ar: استمرت حرب 2020 أربعة وأربعين يومًا., en: The 2020 war lasted 45 days.}
    value: {type: quantity, unit: day, best: 44}
    as_of: 2020-11-10
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace

from factsheet.checks.context import CheckContext, at_offset
from factsheet.checks.dates import span
from factsheet.languages import LANGUAGE_CODES
from factsheet.model.records import DateValue, Fact, QuantityValue, Value
from factsheet.problems import Problem

CODES: dict[str, str] = {
    "consistency-number": "a number in a statement that is none of the fact's numbers",
}

# Latin letters on either side (or "letter-" before) mark decades, ordinals and model names.
# The pattern starts with a digit and looks behind it (one character further back) instead of
# starting with the look-behinds: then the regex engine skips to the next digit in C instead
# of testing three look-behinds at every position. Group 1 is the whole number
# (``\d{1,3}(?:[,٬]\d{3})+`` or ``\d+``), the look-behinds ask what precedes its first digit.
_NUMBER = re.compile(
    r"(\d(?<![A-Za-z]\d)(?<![A-Za-z]-\d)(?<![\d.,٬٫:]\d)(?:\d{0,2}(?:[,٬]\d{3})+|\d*))"
    r"([.٫]\d+)?"
    r"(?![\d:])(?![A-Za-z])"
)
_DIGIT = re.compile(r"\d")
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
# "Point 5", "Article 9", "البند 4": the number names a part of a document, it is no figure.
_REFERENCE = re.compile(
    r"(?:\b(?:[Pp]oints?|[Aa]rticles?|[Pp]aragraphs?|[Cc]lauses?|[Ss]ections?|No\.)"
    r"|البند|بند|البنود|المادة|الفقرة|النقطة)\s*$"
)
# A word of _REFERENCE anywhere in a text (it holds one of these); most texts have none, so
# the per-number look-behind is skipped for them. Plain words, each starting with a literal
# letter: the regex engine then jumps to the few places where one can start.
_REFERENCE_WORD = re.compile(
    "|".join(
        re.escape(word)
        for word in (
            *("Point", "Article", "Paragraph", "Clause", "Section"),
            *("point", "article", "paragraph", "clause", "section"),
            *("No.", "بند", "البنود", "المادة", "الفقرة", "النقطة"),
        )
    )
)


def numbers_in(text: str) -> list[tuple[float, str, int]]:
    """Every number written in digits in ``text``, as (value, how it was written, offset)."""
    out: list[tuple[float, str, int]] = []
    if _DIGIT.search(text) is None:
        return out  # the common case for quotes and many statements: no digit at all
    if ":" in text:
        text = _TIME.sub(lambda m: " " * len(m.group()), text)  # keep offsets
    references = _REFERENCE_WORD.search(text) is not None
    for match in _NUMBER.finditer(text):
        if references and _REFERENCE.search(text[max(0, match.start() - 12) : match.start()]):
            continue
        whole, fraction = match.group(1), match.group(2) or ""
        if whole.isascii() and fraction.isascii():  # no per-character conversion needed
            out.append((float(whole.replace(",", "") + fraction), match.group(0), match.start()))
            continue
        digits = "".join(_ascii(ch) for ch in whole if ch not in ",٬")
        if not digits.isascii() or not digits.isdigit():
            continue
        value = float(digits + ("." + "".join(_ascii(c) for c in fraction[1:]) if fraction else ""))
        out.append((value, match.group(0), match.start()))
    return out


def _ascii(ch: str) -> str:
    return str(unicodedata.digit(ch)) if unicodedata.category(ch) == "Nd" else ch


def fact_numbers(ctx: CheckContext, fact: Fact) -> set[float]:
    """Every number a statement of ``fact`` may mention (see the module documentation)."""
    found = _structured(fact)
    for related in fact.related:
        other = ctx.project.facts.get(related)
        if other is not None:
            found |= _structured(other)
    for claim in fact.claims:
        source = ctx.project.sources.get(claim.source)
        if source and source.published and span(source.published):
            found.update(float(part) for part in source.published.split("-"))
        texts = [claim.stated.ar, claim.stated.en] if claim.stated else []
        if claim.quote:
            texts += [claim.quote.text, *claim.quote.translations.values()]
        for text in texts:
            found.update(n for n, _, _ in numbers_in(text))
    return found


def _structured(fact: Fact) -> set[float]:
    """The figures and the parts of the dates of a fact and of its claims."""
    found: set[float] = set()
    dates = [fact.as_of]
    if fact.period:
        dates += [fact.period.start, fact.period.end or ""]
    values: list[Value | None] = [fact.value, *(c.value for c in fact.claims)]
    for value in values:
        if isinstance(value, QuantityValue):
            found.update(float(n) for n in (value.best, value.low, value.high) if n is not None)
        elif isinstance(value, DateValue):
            dates.append(value.date)
    dates += [claim.stated_on or "" for claim in fact.claims]
    for written in dates:
        if written:
            found.update(_date_numbers(written))
    return found


@functools.lru_cache(maxsize=65536)  # the same dates recur across facts, as in dates.span
def _date_numbers(written: str) -> tuple[float, ...]:
    """The year, month and day of a date as numbers; none for a date that does not exist."""
    return tuple(float(part) for part in written.split("-")) if span(written) else ()


def check(ctx: CheckContext) -> Iterator[Problem]:
    for _kind, fact in ctx.records("fact"):
        if not isinstance(fact.value, QuantityValue | DateValue):
            continue  # a text or entity fact's statement is its value: nothing to compare
        written = [numbers_in(fact.statement.ar), numbers_in(fact.statement.en)]
        if not written[0] and not written[1]:
            continue  # no number in digits: nothing to compare
        # The fact's own figures and dates are a part of what it may mention, and they
        # usually cover every number: then the rest (related facts, sources, claims' texts)
        # need not be read.
        own = _structured(fact)
        if all(n in own for numbers in written for n, _, _ in numbers):
            continue
        yield from _statement_problems(ctx, fact, written)


def _statement_problems(
    ctx: CheckContext, fact: Fact, written: list[list[tuple[float, str, int]]]
) -> Iterator[Problem]:
    """Each number of the statements (``written``, Arabic then English) that is none of
    the fact's numbers, once per language."""
    allowed = fact_numbers(ctx, fact)
    for lang, numbers in zip(LANGUAGE_CODES, written, strict=True):
        reported: set[float] = set()
        statement = fact.statement.get(lang)
        for value, text, offset in numbers:
            if value in allowed or value in reported:
                continue
            reported.add(value)
            problem = ctx.problem(
                fact,
                ("statement", lang),
                "consistency-number",
                f"the {'Arabic' if lang == 'ar' else 'English'} statement says {text}, "
                "which is none of the fact's numbers",
                _hint(allowed),
            )
            yield replace(problem, mark=at_offset(problem.mark, statement, offset))


def _hint(allowed: set[float]) -> str:
    shown = ", ".join(_show(n) for n in sorted(allowed)[:12])
    return (
        "correct the statement, or record the figure as the value, a claim's value or a date "
        f"(the fact's numbers: {shown or 'none'})"
    )


def _show(number: float) -> str:
    return str(int(number)) if number == int(number) else str(number)
