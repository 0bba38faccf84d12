"""Check ``bilingual``: every text a reader sees exists in Arabic and in English, each in its
own language.

Every ``{ar, en}`` text of every record (titles, summaries, labels, statements, notes, role
titles, methods, ...) is found by walking the record, so a new field is covered without
changing this check. For each:

- ``ar`` and ``en`` are both non-empty after trimming spaces;
- ``ar`` contains at least one Arabic letter (an untranslated English text pasted into ``ar``
  is caught);
- ``en`` contains no sentence that is mostly Arabic letters. Arabic words inside quotation marks
  (``"..."``, ``“...”``, ``«...»``) are not counted, so an English sentence may cite an Arabic
  name or headline.

Texts tagged with a language are held to the same rule: a quote's ``text`` and its
``translations`` and a spelling variant's ``text`` must contain an Arabic letter when the tag
is ``ar`` and must not be mostly Arabic when the tag is ``en``.

Passes::

    label: {ar: مدة القمة, en: Length of the summit}

Fails (``bilingual-empty`` on ``en``, ``bilingual-no-arabic`` on ``ar``)::

    label: {ar: Length of the summit, en: ""}
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from factsheet.arabic import has_arabic_letter
from factsheet.checks.context import EVERY, CheckContext, FileRule
from factsheet.languages import LANGUAGE_CODES
from factsheet.load.loader import PathKey
from factsheet.model.records import Quote, Text, Variant
from factsheet.problems import Problem

CODES: dict[str, str] = {
    "bilingual-empty": "an ar or en text is empty or only spaces",
    "bilingual-no-arabic": "an Arabic text has no Arabic letter",
    "bilingual-arabic-in-english": "an English text has a sentence that is mostly Arabic",
}

# Quoted spans are names and headlines cited in the other language, not untranslated prose.
# A span never contains its own opening mark: with "[^»]*", a text of many « and no » made
# every « scan to the end of the text (quadratic in the number of marks).
_QUOTED = re.compile(r'"[^"]*"|“[^“”]*”|«[^«»]*»|‘[^‘’]*’')
_SENTENCE_END = re.compile(r"[.!?؟؛\n]+")
_ARABIC_BLOCK = re.compile("[\u0600-\u06ff]")
# Exactly the letters (categories L*) of that block: a match is what has_arabic_letter finds,
# in one regex search instead of a category lookup per character.
_ARABIC_LETTER = re.compile(
    "["
    + "".join(ch for ch in map(chr, range(0x600, 0x700)) if unicodedata.category(ch)[0] == "L")
    + "]"
)

FILE_KEYS = frozenset(LANGUAGE_CODES)
# What :func:`_text` never reports: a text with more than spaces (every string, though only
# texts must not be empty), an Arabic text with an Arabic letter (without NFKC, which only
# adds letters), an English text with no Arabic character at all (so no Arabic sentence).
RULE = FileRule(
    {
        EVERY: (str.strip,),
        "ar": (_ARABIC_LETTER.search,),
        "en": (re.compile("[^\u0600-\u06ff]*").fullmatch,),
    }
)


def check(ctx: CheckContext) -> Iterator[Problem]:
    for _kind, record in ctx.records():
        if not ctx.cleared(record, RULE):
            yield from _record(ctx, record)


def _record(ctx: CheckContext, record: Any) -> Iterator[Problem]:
    """The problems of one record's texts, in the order of its values."""
    tagged = []  # reported after the texts: one pass over the values
    for sub, value in ctx.values(record):
        if type(value) is str:
            continue  # most values: skipped with one cheap test
        if isinstance(value, Text):
            # _text returns (not yields): a plain call is cheaper than a generator.
            found = _text(ctx, record, (*sub, "ar"), "ar", value.ar)
            if found is not None:
                yield found
            found = _text(ctx, record, (*sub, "en"), "en", value.en)
            if found is not None:
                yield found
        elif isinstance(value, Quote | Variant):
            tagged.append((sub, value))
    for sub, value in tagged:
        yield from _tagged(ctx, record, sub, value)


def _tagged(ctx: CheckContext, record: Any, sub: PathKey, value: Any) -> Iterator[Problem]:
    """Quotes and variants carry their own language tag."""
    if isinstance(value, Quote):
        found = [_text(ctx, record, (*sub, "text"), value.lang, value.text)]
        for lang, translation in value.translations.items():
            found.append(_text(ctx, record, (*sub, "translations", lang), lang, translation))
        yield from (problem for problem in found if problem is not None)
    elif isinstance(value, Variant):
        problem = _text(ctx, record, (*sub, "text"), value.lang, value.text)
        if problem is not None:
            yield problem


def _text(ctx: CheckContext, record: Any, sub: PathKey, lang: str, value: str) -> Problem | None:
    """The problem of one text in language ``lang``, if any (there is at most one)."""
    return None if RULE.fine(value, lang) else diagnose(ctx, record, sub, lang, value)


def diagnose(ctx: CheckContext, record: Any, sub: PathKey, lang: str, value: str) -> Problem | None:
    """What is wrong with a text that :data:`RULE` did not pass, if anything."""
    name = {"ar": "Arabic", "en": "English"}.get(lang, lang)
    if not value.strip():
        return ctx.problem(
            record,
            sub,
            "bilingual-empty",
            f"the {name} text is empty",
            f"write the {name} text; every text is shown in both languages",
        )
    # NFKC first: presentation forms are Arabic letters too (text_safety reports them).
    elif lang == "ar" and not has_arabic_letter(unicodedata.normalize("NFKC", value)):
        return ctx.problem(
            record,
            sub,
            "bilingual-no-arabic",
            f"the Arabic text '{_short(value)}' has no Arabic letter",
            "write the Arabic text here (a name keeps its Arabic spelling, e.g. بوتين)",
        )
    elif lang == "en":
        sentence = _arabic_sentence(value)
        if sentence is not None:
            return ctx.problem(
                record,
                sub,
                "bilingual-arabic-in-english",
                f"the English text has an Arabic sentence: '{_short(sentence)}'",
                "translate it into English; put an Arabic name or title you cite in quotes",
            )
    return None


def _arabic_sentence(text: str) -> str | None:
    """The first sentence whose letters (outside quotes) are mostly Arabic, if any.

    Letters are counted in C: ``str.isalpha`` is exactly the Unicode categories L*, and an
    Arabic letter is a letter of the U+0600-U+06FF block (as in ``has_arabic_letter``).
    """
    if _ARABIC_BLOCK.search(text) is None:
        return None  # the common case: no Arabic character at all, so no Arabic sentence
    for sentence in _SENTENCE_END.split(_QUOTED.sub(" ", text)):
        letters = sum(map(str.isalpha, sentence))
        arabic = sum(map(str.isalpha, _ARABIC_BLOCK.findall(sentence)))
        if letters and arabic * 2 > letters:
            return sentence.strip()
    return None


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
