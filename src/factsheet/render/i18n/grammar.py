"""Counted nouns: a number with its unit or noun, in Arabic's forms and English's plural.

Arabic follows the number: one and two are said with the noun alone, 3-10 take the plural,
11-99 the singular with the accusative ending, anything else the bare singular.
"""

from __future__ import annotations

from factsheet.model.records import QuantityValue
from factsheet.model.units import Unit, get_unit, with_after
from factsheet.render.i18n.catalogue import STRINGS, t
from factsheet.render.i18n.formatting import format_number, format_range

_BOUNDS: dict[str, dict[str, str]] = {
    "at-least": {"ar": "ما لا يقل عن {n}", "en": "at least {n}"},
    "more-than": {"ar": "أكثر من {n}", "en": "more than {n}"},
    "nearly": {"ar": "قرابة {n}", "en": "nearly {n}"},
    "up-to": {"ar": "حتى {n}", "en": "up to {n}"},
    "fewer-than": {"ar": "أقل من {n}", "en": "fewer than {n}"},  # issue 11
    "approximate": {"ar": "حوالى {n}", "en": "about {n}"},
}


def unit_label(unit_id: str, n: int | float | None, lang: str) -> str:
    """The unit after a number.

    English: the singular only for exactly 1. Arabic follows the last two digits of the
    number, as Arabic media write counted nouns: 3-10 take the plural in the genitive
    (``3 جلسات``, ``103 أشخاص``, ``5 عسكريين``), 11-99 the singular with the accusative
    ending (``44 يومًا``, ``15 جنديًا لحفظ السلام``), anything else the bare singular
    (``6,500 شخص``, ``100 مدني``). A unit's complement (``لحفظ السلام``) follows the noun.
    """
    unit = get_unit(unit_id)
    if unit is None:
        return unit_id
    if lang != "ar":
        return unit.label(lang, plural=n != 1)
    return with_after(arabic_noun(unit, n), unit.ar_after)


def arabic_noun(unit: Unit, n: int | float | None) -> str:
    """The counted noun of ``unit`` in the form the number ``n`` asks for."""
    if n is None or not float(n).is_integer():
        return unit.ar
    last_two = int(n) % 100
    if 3 <= last_two <= 10:
        return unit.ar_plural
    if 11 <= last_two <= 99 and unit.kind in ("count", "duration"):
        return accusative(unit.ar)
    return unit.ar


def accusative(noun: str) -> str:
    """The singular noun with tanween fath (يومًا, شخصًا). A noun ending in ta marbuta takes
    no written alif (مادة), and a phrase is left as it is (a unit keeps its complement apart,
    in ``Unit.ar_after``, so its noun still takes the ending)."""
    if " " in noun or noun.endswith(("ة", "ى", "ا")):
        return noun
    return noun + "ًا"


# Arabic says "one hour" and "two hours" with the noun alone (ساعة واحدة, ساعتين), never
# "1 ساعة" or "2 ساعة". The dual is in the genitive/accusative form, which is what follows
# "أكثر من", "حوالى" and the other bound words. Units not listed (abbreviations such as كم,
# shares, ranks) keep digits and the noun.
AR_ONE_TWO: dict[str, tuple[str, str]] = {
    "person": ("شخص واحد", "شخصين"),
    "soldier": ("جندي واحد", "جنديين"),
    "serviceman": ("عسكري واحد", "عسكريين"),
    "civilian": ("مدني واحد", "مدنيين"),
    "refugee": ("لاجئ واحد", "لاجئين"),
    "prisoner": ("أسير واحد", "أسيرين"),
    "vehicle": ("آلية واحدة", "آليتين"),
    "settlement": ("بلدة واحدة", "بلدتين"),
    "minute": ("دقيقة واحدة", "دقيقتين"),
    "hour": ("ساعة واحدة", "ساعتين"),
    "day": ("يوم واحد", "يومين"),
    "week": ("أسبوع واحد", "أسبوعين"),
    "month": ("شهر واحد", "شهرين"),
    "year": ("سنة واحدة", "سنتين"),
    "session": ("جلسة واحدة", "جلستين"),
    "meeting": ("اجتماع واحد", "اجتماعين"),
    "statement": ("بيان واحد", "بيانين"),
    "state": ("دولة واحدة", "دولتين"),
    "point": ("بند واحد", "بندين"),
    "article": ("مادة واحدة", "مادتين"),
    "peacekeeper": ("جندي واحد لحفظ السلام", "جنديين لحفظ السلام"),
    "displaced-person": ("نازح واحد", "نازحين"),
    "armoured-vehicle": ("مدرعة واحدة", "مدرعتين"),
}


def number_phrase(n: int | float, unit_id: str, lang: str) -> str:
    """A number with its unit: ``6,500 people``, ``6,500 شخص``, ``ساعتين``."""
    if lang == "ar" and n in (1, 2) and unit_id in AR_ONE_TWO:
        return AR_ONE_TWO[unit_id][int(n) - 1]
    unit = get_unit(unit_id)
    if unit is not None and unit.kind == "ordinal":
        # "المرتبة 3", "place 3": a position is named before its number, not counted.
        return f"{unit.label(lang, plural=False)} {format_number(n, lang)}"
    return f"{format_number(n, lang)} {unit_label(unit_id, n, lang)}"


def _bounded(word: str | None, phrase: str, lang: str) -> str:
    return _BOUNDS[word][lang].format(n=phrase) if word else phrase


def format_quantity(value: QuantityValue, lang: str) -> str:
    """``about 6,500 people`` / ``حوالى 6,500 شخص`` / ``أكثر من ساعتين``; a range is added
    in brackets when a best estimate is also given."""
    if value.best is not None:
        word = value.bound or ("approximate" if value.approximate else None)
        text = _bounded(word, number_phrase(value.best, value.unit, lang), lang)
        if value.low is not None and value.high is not None:
            text += f" ({t('range', lang)} {format_range(value.low, value.high, lang)})"
        return text
    if value.low is not None and value.high is not None:
        unit = unit_label(value.unit, value.high, lang)
        return f"{format_range(value.low, value.high, lang)} {unit}"
    only = value.low if value.low is not None else value.high
    assert only is not None  # the model requires best, low or high
    word = "at-least" if value.low is not None else "up-to"
    return _bounded(word, number_phrase(only, value.unit, lang), lang)


def count_phrase(key: str, n: int, lang: str) -> str:
    """``key`` formatted with ``n``, using the ``key_2`` form for two (Arabic has a dual:
    "مصدران", not "2 مصادر")."""
    if n == 2 and f"{key}_2" in STRINGS:
        return t(f"{key}_2", lang)
    return t(key, lang).format(n=n)
