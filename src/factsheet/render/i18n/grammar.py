"""Counted nouns: a number with its unit or noun, in Arabic's forms and English's plural.

One rule for every counted noun, units and interface nouns (sources, facts, quotes, pages)
alike, :func:`arabic_form`: one and two are said with the noun alone (``مصدر واحد``,
``مصدران``), the dual in the nominative or, after a preposition or a bound word, the oblique
case (``مصدرين``); 3-10 take the plural, 11-99 the singular with the accusative ending,
anything else (100 and up, 101, 102, 1000) the bare singular; zero takes the plural
(``0 أشخاص``), as Arabic never counts nothing with a singular.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from factsheet.model.records import QuantityValue
from factsheet.model.units import Unit, get_unit, with_after
from factsheet.render.i18n.catalogue import t
from factsheet.render.i18n.formatting import format_number, format_range

# The case a counted phrase stands in: nominative (a value on its own, a subject) or oblique
# (after a preposition or a bound word such as «أكثر من», «نحو»). Only the dual shows it in
# writing; the accusative of "one" (مصدرًا واحدًا) is never needed, no sentence puts it there.
Case = Literal["nom", "obl"]
Form = Literal["zero", "one", "two", "few", "many", "other"]


def arabic_form(n: int | float) -> Form:
    """Which form of an Arabic counted noun the number ``n`` takes (CLDR's categories, which
    are how Arabic media write counted nouns after digits; a fraction takes the singular)."""
    if not float(n).is_integer():
        return "other"
    whole = int(n)
    if whole in (0, 1, 2):
        return ("zero", "one", "two")[whole]
    last_two = whole % 100
    if 3 <= last_two <= 10:
        return "few"
    return "many" if 11 <= last_two <= 99 else "other"


# Bound words before a number, one term each: «نحو» for "about" (as the facts' own prose
# writes it), «ما يناهز» for "nearly" (just under), «ما يصل إلى» for "up to" («حتى» also
# reads as "even"). The counted noun after them is in the oblique case.
_BOUNDS: dict[str, dict[str, str]] = {
    "at-least": {"ar": "ما لا يقل عن {n}", "en": "at least {n}"},
    "more-than": {"ar": "أكثر من {n}", "en": "more than {n}"},
    "nearly": {"ar": "ما يناهز {n}", "en": "nearly {n}"},
    "up-to": {"ar": "ما يصل إلى {n}", "en": "up to {n}"},
    "fewer-than": {"ar": "أقل من {n}", "en": "fewer than {n}"},  # issue 11
    "approximate": {"ar": "نحو {n}", "en": "about {n}"},
}


def unit_label(unit_id: str, n: int | float | None, lang: str) -> str:
    """The unit after a number.

    English: the singular only for exactly 1. Arabic: the form :func:`arabic_form` names, 3-10
    the plural in the genitive (``3 جلسات``, ``103 أشخاص``, ``5 عسكريين``), 11-99 the singular
    with the accusative ending (``44 يومًا``, ``15 جنديًا لحفظ السلام``), 100 and up the bare
    singular (``6,500 شخص``, ``100 مدني``), zero the plural. A unit's complement
    (``لحفظ السلام``) follows the noun.
    """
    unit = get_unit(unit_id)
    if unit is None:
        return unit_id
    if lang != "ar":
        return unit.label(lang, plural=n != 1)
    return with_after(arabic_noun(unit, n), unit.ar_after)


def arabic_noun(unit: Unit, n: int | float | None) -> str:
    """The counted noun of ``unit`` in the form the number ``n`` asks for (one and two, which
    are said without the digit, are :data:`AR_ONE_TWO`'s)."""
    if n is None:
        return unit.ar
    form = arabic_form(n)
    if form in ("few", "zero"):
        return unit.ar_plural
    if form == "many" and unit.kind in ("count", "duration"):
        return accusative(unit.ar)
    return unit.ar


def accusative(noun: str) -> str:
    """The singular noun with tanween fath (يومًا, شخصًا). A noun ending in ta marbuta takes
    no written alif (مادة), and a phrase is left as it is (a unit keeps its complement apart,
    in ``Unit.ar_after``, so its noun still takes the ending)."""
    if " " in noun or noun.endswith(("ة", "ى", "ا")):
        return noun
    return noun + "ًا"


@dataclass(frozen=True)
class OneTwo:
    """How Arabic says one and two of a noun, without digits: ``one`` (ساعة واحدة), the dual
    in the nominative (ساعتان) and in the oblique case (ساعتين)."""

    one: str
    two: str
    two_obl: str


def _one_two(one: str, two: str, two_obl: str | None = None) -> OneTwo:
    """A regular dual: the oblique is the nominative's -ان written -ين."""
    return OneTwo(one, two, two_obl or two.removesuffix("ان") + "ين")


# Arabic says "one hour" and "two hours" with the noun alone (ساعة واحدة, ساعتان), never
# "1 ساعة" or "2 ساعة". Where the oblique dual of a noun in -ي is spelled like its sound
# plural (لاجئين: two refugees or refugees), it is marked with a fatha and «اثنين».
# Units not listed (abbreviations such as كم, shares, ranks) keep digits and the noun.
AR_ONE_TWO: dict[str, OneTwo] = {
    "person": _one_two("شخص واحد", "شخصان"),
    "soldier": _one_two("جندي واحد", "جنديان"),
    "serviceman": _one_two("عسكري واحد", "عسكريان", "عسكريَّين اثنين"),
    "civilian": _one_two("مدني واحد", "مدنيان", "مدنيَّين اثنين"),
    "refugee": _one_two("لاجئ واحد", "لاجئان", "لاجئَين اثنين"),
    "prisoner": _one_two("أسير واحد", "أسيران"),
    "vehicle": _one_two("آلية واحدة", "آليتان"),
    "settlement": _one_two("بلدة واحدة", "بلدتان"),
    "minute": _one_two("دقيقة واحدة", "دقيقتان"),
    "hour": _one_two("ساعة واحدة", "ساعتان"),
    "day": _one_two("يوم واحد", "يومان"),
    "week": _one_two("أسبوع واحد", "أسبوعان"),
    "month": _one_two("شهر واحد", "شهران"),
    "year": _one_two("سنة واحدة", "سنتان"),
    "session": _one_two("جلسة واحدة", "جلستان"),
    "meeting": _one_two("اجتماع واحد", "اجتماعان"),
    "statement": _one_two("بيان واحد", "بيانان"),
    "state": _one_two("دولة واحدة", "دولتان"),
    "point": _one_two("بند واحد", "بندان"),
    "article": _one_two("مادة واحدة", "مادتان"),
    "peacekeeper": OneTwo("جندي واحد لحفظ السلام", "جنديان لحفظ السلام", "جنديين لحفظ السلام"),
    "displaced-person": _one_two("نازح واحد", "نازحان", "نازحَين اثنين"),
    "armoured-vehicle": _one_two("مدرعة واحدة", "مدرعتان"),
}


def one_or_two(forms: OneTwo, n: int, case: Case) -> str:
    if n == 1:
        return forms.one
    return forms.two if case == "nom" else forms.two_obl


def number_phrase(n: int | float, unit_id: str, lang: str, case: Case = "nom") -> str:
    """A number with its unit: ``6,500 people``, ``6,500 شخص``, ``ساعتان``; ``case`` is
    ``obl`` after a bound word or a preposition (``أكثر من ساعتين``)."""
    if lang == "ar" and n in (1, 2) and unit_id in AR_ONE_TWO:
        return one_or_two(AR_ONE_TWO[unit_id], int(n), case)
    unit = get_unit(unit_id)
    if unit is not None and unit.kind == "ordinal":
        # "المرتبة 3", "place 3": a position is named before its number, not counted.
        return f"{unit.label(lang, plural=False)} {format_number(n, lang)}"
    return f"{format_number(n, lang)} {unit_label(unit_id, n, lang)}"


def _bounded(word: str | None, n: int | float, unit_id: str, lang: str) -> str:
    if not word:
        return number_phrase(n, unit_id, lang)
    return _BOUNDS[word][lang].format(n=number_phrase(n, unit_id, lang, "obl"))


def format_quantity(value: QuantityValue, lang: str) -> str:
    """``about 6,500 people`` / ``نحو 6,500 شخص`` / ``أكثر من ساعتين``; a range is added
    in brackets when a best estimate is also given (``(بين 6,000 و7,000)``)."""
    if value.best is not None:
        word = value.bound or ("approximate" if value.approximate else None)
        text = _bounded(word, value.best, value.unit, lang)
        if value.low is not None and value.high is not None:
            low, high = (format_number(n, lang) for n in (value.low, value.high))
            text += f" ({t('range', lang).format(low=low, high=high)})"
        return text
    if value.low is not None and value.high is not None:
        unit = unit_label(value.unit, value.high, lang)
        return f"{format_range(value.low, value.high, lang)} {unit}"
    only = value.low if value.low is not None else value.high
    assert only is not None  # the model requires best, low or high
    return _bounded("at-least" if value.low is not None else "up-to", only, value.unit, lang)


@dataclass(frozen=True)
class Counted:
    """A noun the interface counts (sources, facts, quotes, pages), in every form: English
    singular and plural, Arabic one and two (:class:`OneTwo`), the plural after 3-10 and
    zero (``few``), the singular in the accusative after 11-99 (``many``) and the bare
    singular after 100 and up (``other``)."""

    en: str
    en_plural: str
    one_two: OneTwo
    few: str
    many: str
    other: str


COUNTED: dict[str, Counted] = {
    "source": Counted(
        "source", "sources", _one_two("مصدر واحد", "مصدران"), "مصادر", "مصدرًا", "مصدر"
    ),
    # A claim's sources when they agree: the adjective agrees with the counted noun.
    "agreeing-source": Counted(
        "source agrees",
        "sources agree",
        OneTwo("مصدر واحد", "مصدران متفقان", "مصدرين متفقين"),
        "مصادر متفقة",
        "مصدرًا متفقًا",
        "مصدر متفق",
    ),
    "fact": Counted("fact", "facts", _one_two("واقعة واحدة", "واقعتان"), "وقائع", "واقعة", "واقعة"),
    "quote": Counted(
        "quote", "quotes", _one_two("اقتباس واحد", "اقتباسان"), "اقتباسات", "اقتباسًا", "اقتباس"
    ),
    "page": Counted("page", "pages", _one_two("صفحة واحدة", "صفحتان"), "صفحات", "صفحة", "صفحة"),
}


def count_phrase(noun: str, n: int, lang: str, case: Case = "nom") -> str:
    """``n`` of the counted ``noun`` (:data:`COUNTED`): ``مصدران``, ``11 مصدرًا``,
    ``100 مصدر``, ``3 sources``; ``case`` as in :func:`number_phrase`."""
    counted = COUNTED[noun]
    if lang != "ar":
        return f"{format_number(n, lang)} {counted.en if n == 1 else counted.en_plural}"
    form = arabic_form(n)
    if form in ("one", "two"):
        return one_or_two(counted.one_two, n, case)
    word = {"zero": counted.few, "few": counted.few, "many": counted.many}.get(form, counted.other)
    return f"{format_number(n, lang)} {word}"


def join_and(items: list[str], lang: str) -> str:
    """A list read as one: ``A, B and C``; Arabic repeats «و», written onto each next item
    (``أ وب وج``)."""
    if lang == "ar":
        return " و".join(items)
    if len(items) < 3:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
