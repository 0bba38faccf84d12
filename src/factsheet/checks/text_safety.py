"""Check ``text_safety``: no hidden characters, no spoofing, one Unicode form.

Every string of every record is read character by character. Invisible and direction-changing
characters make a text look different from what it is (the "Trojan Source" trick: an id or a
URL that reads right but is not), break search and quote matching, and can reorder the words
of a page. Reported, each once per string with the column of its first occurrence when the
value is written on one line:

- ``text-bidi-control``: embeddings, overrides and isolates U+202A-U+202E, U+2066-U+2069;
- ``text-invisible``: zero-width space U+200B, word joiner U+2060, U+FEFF (BOM / zero-width
  no-break space), soft hyphen U+00AD and every other invisible format character;
- ``text-direction-mark``: the marks LRM U+200E, RLM U+200F, ALM U+061C and the joiners ZWNJ
  U+200C / ZWJ U+200D are allowed in prose (Arabic and English texts, quotes, translations,
  spelling variants), where an editor may need them; anywhere else (ids, URLs, paths, dates,
  units) they are errors;
- ``text-control``: control characters (tab, carriage return, escape, ...); a line break is
  allowed in prose only;
- ``text-line-separator``: U+2028 / U+2029, which some browsers and JSON readers treat as line
  ends;
- ``text-surrogate``: a lone UTF-16 surrogate, which no UTF-8 file can hold honestly;
- ``text-private-use``: private-use characters, which show differently in every font;
- ``text-presentation-form``: Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFE), the
  shaped glyphs some PDFs produce; they defeat search and folding: use the base letters (the
  hint gives them);
- ``text-not-nfc``: a text that is not in Unicode normalisation form C (composed); the hint
  gives the NFC form to paste;
- ``text-persian-letter`` (warning): a Persian keheh ک, Farsi yeh ی or Persian digit ۰-۹ in
  an Arabic text (``ar``). They look almost like Arabic ك, ي and ٠-٩ but are other characters,
  so an Arabic reader's search and a quote check against an Arabic source miss them; the hint
  gives the text with the Arabic letters.

Passes::

    statement: {ar: استمرت القمة أكثر من ساعتين., en: The summit lasted more than two hours.}

Fails (``text-bidi-control`` at the U+202E, ``text-presentation-form`` on ``ﺑﻮﺗﻴﻦ``)::

    reference: "S29\\u202e"
    label: {ar: ﺑﻮﺗﻴﻦ, en: Putin}
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from factsheet.checks.context import EVERY, CheckContext, FileRule, at_offset
from factsheet.load.loader import PathKey
from factsheet.model.records import Quote, Text, Variant
from factsheet.problems import Problem, Severity

CODES: dict[str, str] = {
    "text-bidi-control": "a bidirectional embedding, override or isolate character",
    "text-invisible": "an invisible character (zero-width space, BOM, soft hyphen, ...)",
    "text-direction-mark": "a direction mark or joiner outside prose",
    "text-control": "a control character (a line break is allowed in prose only)",
    "text-line-separator": "U+2028 LINE SEPARATOR or U+2029 PARAGRAPH SEPARATOR",
    "text-surrogate": "a lone UTF-16 surrogate",
    "text-private-use": "a private-use character",
    "text-presentation-form": "an Arabic presentation form instead of a base letter",
    "text-not-nfc": "a text not in Unicode normalisation form C",
    "text-persian-letter": "a Persian letter or digit in an Arabic text (warning)",
}

_HINTS = {
    "text-bidi-control": "delete it; the site sets the text direction itself",
    "text-invisible": "delete it (retype the text around it if you cannot see it)",
    "text-direction-mark": "delete it; it is only allowed in Arabic or English prose",
    "text-control": "delete it, or replace it with a space",
    "text-line-separator": "replace it with a space or a normal line break",
    "text-surrogate": "retype the character; the text was damaged by a bad conversion",
    "text-private-use": "replace it with a standard character",
}

_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_PROSE_MARKS = frozenset("\u200e\u200f\u061c\u200c\u200d")
# Persian keheh, Farsi yeh and the extended (Persian) digits -> their Arabic counterparts.
_PERSIAN_TO_ARABIC = str.maketrans(
    {"\u06a9": "\u0643", "\u06cc": "\u064a"} | {chr(0x06F0 + d): chr(0x0660 + d) for d in range(10)}
)
# Exactly the characters that _PERSIAN_TO_ARABIC replaces.
_PERSIAN = re.compile("[\u06a9\u06cc\u06f0-\u06f9]")


# The presentation-form ranges of :func:`classify`. With ``str.isprintable`` (false for every
# Cc, Cf, Co, Cs, Zl and Zp character: all the others ``classify`` reports) and NFC, three C
# functions clear a string, so only the rare suspicious string is read character by character.
# A Persian letter (reported only in ``ar`` texts) also sends the string to the exact reading.
_PRESENTATION_FORM = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
RULE = FileRule(
    {
        EVERY: (
            str.isprintable,
            re.compile("[^\ufb50-\ufdff\ufe70-\ufefe\u06a9\u06cc\u06f0-\u06f9]*").fullmatch,
            functools.partial(unicodedata.is_normalized, "NFC"),
        )
    }
)


def _maybe_unsafe(value: str) -> bool:
    """False when no character of ``value`` can be reported by :func:`classify`."""
    return not value.isprintable() or _PRESENTATION_FORM.search(value) is not None


def classify(ch: str, prose: bool) -> str | None:
    """The problem code for one character, or None when it is fine here."""
    point = ord(ch)
    category = unicodedata.category(ch)
    if ch in _BIDI_CONTROLS:
        return "text-bidi-control"
    if ch in _PROSE_MARKS:
        return None if prose else "text-direction-mark"
    if ch in "\u2028\u2029":
        return "text-line-separator"
    if 0xD800 <= point <= 0xDFFF:
        return "text-surrogate"
    if category == "Cc":
        return None if prose and ch == "\n" else "text-control"
    if category == "Cf" or ch == "\u00ad":
        return "text-invisible"
    if category == "Co":
        return "text-private-use"
    if 0xFB50 <= point <= 0xFDFF or 0xFE70 <= point <= 0xFEFE:
        return "text-presentation-form"
    return None


def _prose_paths(values: list[tuple[PathKey, Any]]) -> set[PathKey]:
    """Sub-paths of the strings that are prose: texts, quotes, translations, variants."""
    paths: set[PathKey] = set()
    for sub, node in values:
        if isinstance(node, Text):
            paths.update({(*sub, "ar"), (*sub, "en")})
        elif isinstance(node, Quote):
            paths.add((*sub, "text"))
            paths.update((*sub, "translations", lang) for lang in node.translations)
        elif isinstance(node, Variant):
            paths.add((*sub, "text"))
    return paths


def check(ctx: CheckContext) -> Iterator[Problem]:
    for _kind, record in ctx.records():
        if not ctx.cleared(record, RULE):
            yield from _record(ctx, record)


def _record(ctx: CheckContext, record: Any) -> Iterator[Problem]:
    """The problems of every string of one record, in the order of its values."""
    values = ctx.values(record)
    prose: set[PathKey] | None = None  # built only for a record with a suspicious string
    for sub, value in values:
        if isinstance(value, str):
            if RULE.fine(value):
                continue  # the common case: nothing _string could report
            if prose is None:
                prose = _prose_paths(values)
            yield from _string(ctx, record, sub, value, sub in prose)
        elif isinstance(value, Text):
            yield from _persian(ctx, record, (*sub, "ar"), value.ar)


def _persian(ctx: CheckContext, record: Any, sub: PathKey, value: str) -> Iterator[Problem]:
    if _PERSIAN.search(value) is None:
        return  # the common case; a regex search is much faster than str.translate
    fixed = value.translate(_PERSIAN_TO_ARABIC)
    offset = next(i for i, (a, b) in enumerate(zip(value, fixed, strict=True)) if a != b)
    ch = value[offset]
    problem = ctx.problem(
        record,
        sub,
        "text-persian-letter",
        f"U+{ord(ch):04X} {unicodedata.name(ch)} (Persian) in the Arabic text '{_visible(value)}'",
        f"use the Arabic letters and digits: {fixed}",
        Severity.WARNING,
    )
    yield replace(problem, mark=at_offset(problem.mark, value, offset))


def _string(
    ctx: CheckContext, record: Any, sub: PathKey, value: str, prose: bool
) -> Iterator[Problem]:
    first, counts = _tally(value, prose)
    for code, (offset, ch) in first.items():
        name = unicodedata.name(ch, "control character" if code == "text-control" else "")
        times = f" ({counts[code]} times)" if counts[code] > 1 else ""
        message = f"U+{ord(ch):04X} {name}{times} in '{_visible(value)}'".replace("  ", " ")
        hint = _HINTS.get(code) or _presentation_hint(value)
        problem = ctx.problem(record, sub, code, message, hint)
        yield replace(problem, mark=at_offset(problem.mark, value, offset))
    if not first and not unicodedata.is_normalized("NFC", value):
        fixed = unicodedata.normalize("NFC", value)
        yield ctx.problem(
            record,
            sub,
            "text-not-nfc",
            f"'{_visible(value)}' is not in Unicode normalisation form C (composed)",
            f"replace it with its NFC form: {fixed}",
        )


def _tally(value: str, prose: bool) -> tuple[dict[str, tuple[int, str]], dict[str, int]]:
    """Per problem code: its first (offset, character) in ``value`` and how often it occurs."""
    first: dict[str, tuple[int, str]] = {}
    counts: dict[str, int] = {}
    if not _maybe_unsafe(value):
        return first, counts  # the common case: a clean string, no per-character walk
    for offset, ch in enumerate(value):
        code = classify(ch, prose)
        if code is not None:
            first.setdefault(code, (offset, ch))
            counts[code] = counts.get(code, 0) + 1
    return first, counts


def _presentation_hint(value: str) -> str:
    # NFKC maps presentation forms back to the base letters the font shapes by itself.
    base = "".join(
        unicodedata.normalize("NFKC", ch) if classify(ch, True) == "text-presentation-form" else ch
        for ch in value
    )
    return f"use the base Arabic letters: {base}"


def _visible(value: str, limit: int = 60) -> str:
    """The value with every suspicious character shown as <U+XXXX>, shortened."""
    shown = "".join(
        f"<U+{ord(ch):04X}>" if classify(ch, False) and not _is_letter(ch) else ch for ch in value
    )
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch).startswith("L")
