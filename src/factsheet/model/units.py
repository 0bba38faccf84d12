"""The units a quantity may have, with their labels in Arabic and English.

A fact's ``value: {type: quantity, unit: soldier, best: 2783}`` names its unit by id; the
values check rejects an id that is not here (with the closest known id as a hint), and the
renderers take the labels from here, so a unit is spelled the same way on every page.

Arabic count nouns change form with the number (1, 2, 3-10, 11 and up). The two forms kept
here are the singular and the plural used after 3-10, in the genitive that follows a number
(``3 عسكريين``, not the nominative ``عسكريون``); :func:`factsheet.render.i18n.unit_label` picks the
form. A unit that is a phrase keeps its counted noun in ``ar``/``ar_plural`` and the rest in
``ar_after``, so the noun can take its case ending: ``15 جنديًا لحفظ السلام``, not
``15 جندي حفظ سلام``.
Add a unit here, with both languages, before using it in a fact file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

UnitKind = Literal["count", "duration", "length", "area", "share", "ordinal"]


@dataclass(frozen=True)
class Unit:
    """One unit: its id, what it measures, and its labels (singular and plural) per language."""

    id: str
    kind: UnitKind
    en: str
    en_plural: str
    ar: str
    ar_plural: str
    ar_after: str = ""

    @property
    def whole(self) -> bool:
        """Counts of people and things, and ordinals, are whole numbers."""
        return self.kind in ("count", "ordinal")

    def label(self, lang: str, plural: bool = True) -> str:
        """The whole label (noun and complement), for headings and lists."""
        if lang == "ar":
            return with_after(self.ar_plural if plural else self.ar, self.ar_after)
        return self.en_plural if plural else self.en


def with_after(noun: str, after: str) -> str:
    """The counted noun followed by its complement, if any."""
    return f"{noun} {after}" if after else noun


def _unit(
    id: str, kind: UnitKind, en: str, en_plural: str, ar: str, ar_plural: str, ar_after: str = ""
) -> tuple[str, Unit]:
    return id, Unit(id, kind, en, en_plural, ar, ar_plural, ar_after)


UNITS: dict[str, Unit] = dict(
    [
        # People
        _unit("person", "count", "person", "people", "شخص", "أشخاص"),
        _unit("soldier", "count", "soldier", "soldiers", "جندي", "جنود"),
        _unit("serviceman", "count", "serviceman", "servicemen", "عسكري", "عسكريين"),
        _unit("civilian", "count", "civilian", "civilians", "مدني", "مدنيين"),
        # "Peacekeeper" is a phrase in Arabic: the soldier is counted, "for peacekeeping" follows.
        _unit("peacekeeper", "count", "peacekeeper", "peacekeepers", "جندي", "جنود", "لحفظ السلام"),
        _unit("refugee", "count", "refugee", "refugees", "لاجئ", "لاجئين"),
        _unit(
            "displaced-person", "count", "displaced person", "displaced people", "نازح", "نازحين"
        ),
        _unit("prisoner", "count", "prisoner", "prisoners", "أسير", "أسرى"),
        # Things
        _unit("vehicle", "count", "vehicle", "vehicles", "آلية", "آليات"),
        _unit(
            "armoured-vehicle", "count", "armoured vehicle", "armoured vehicles", "مدرعة", "مدرعات"
        ),
        _unit("point", "count", "point", "points", "بند", "بنود"),
        _unit("article", "count", "article", "articles", "مادة", "مواد"),
        _unit("session", "count", "session", "sessions", "جلسة", "جلسات"),
        _unit("meeting", "count", "meeting", "meetings", "اجتماع", "اجتماعات"),
        _unit("statement", "count", "statement", "statements", "بيان", "بيانات"),
        _unit("state", "count", "state", "states", "دولة", "دول"),
        _unit("settlement", "count", "settlement", "settlements", "بلدة", "بلدات"),
        # Time
        _unit("minute", "duration", "minute", "minutes", "دقيقة", "دقائق"),
        _unit("hour", "duration", "hour", "hours", "ساعة", "ساعات"),
        _unit("day", "duration", "day", "days", "يوم", "أيام"),
        _unit("week", "duration", "week", "weeks", "أسبوع", "أسابيع"),
        _unit("month", "duration", "month", "months", "شهر", "أشهر"),
        _unit("year", "duration", "year", "years", "سنة", "سنوات"),
        # Space
        _unit("km", "length", "km", "km", "كم", "كم"),
        _unit("km2", "area", "km²", "km²", "كم²", "كم²"),
        # Shares and positions
        _unit("percent", "share", "per cent", "per cent", "في المئة", "في المئة"),
        _unit("rank", "ordinal", "place", "place", "المرتبة", "المرتبة"),
    ]
)


def get_unit(unit_id: str) -> Unit | None:
    return UNITS.get(unit_id)
