"""Numbers, dates, quantities and interface strings in Arabic and English (through Babel)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton

from factsheet.model.records import QuantityValue
from factsheet.render.i18n import (
    COUNTED,
    KINDS,
    STRINGS,
    arabic_form,
    count_phrase,
    format_date,
    format_number,
    format_period,
    format_quantity,
    format_range,
    in_language_name,
    language_name,
    t,
    unit_label,
)


def q(**fields: object) -> QuantityValue:
    return QuantityValue.model_validate({"type": "quantity", "unit": "person", **fields})


@pytest.mark.parametrize(
    ("n", "lang", "expected"),
    [
        (6500, "ar", "6,500"),
        (6500, "en", "6,500"),
        (100417, "ar", "100,417"),
        (44, "en", "44"),
        (2.5, "en", "2.5"),
        (0.25, "ar", "0.25"),
    ],
)
def test_format_number_keeps_western_digits(n: float, lang: str, expected: str) -> None:
    assert format_number(n, lang) == expected


@pytest.mark.parametrize(
    ("text", "precision", "lang", "expected"),
    [
        ("2022-10-31", None, "ar", "31 أكتوبر 2022"),
        ("2022-10-31", None, "en", "31 October 2022"),
        ("2022-10", None, "ar", "أكتوبر 2022"),
        ("2022-10", None, "en", "October 2022"),
        ("2020", None, "en", "2020"),
        ("2020", None, "ar", "2020"),
        ("2022-10-31", "month", "en", "October 2022"),
        ("2022-10-31", "year", "ar", "2022"),
        ("2020-11-09", "day", "ar", "9 نوفمبر 2020"),
    ],
)
def test_format_date_at_each_precision(
    text: str, precision: str | None, lang: str, expected: str
) -> None:
    assert format_date(text, precision, lang) == expected


def test_format_date_has_no_arabic_indic_digits() -> None:
    assert not any("\u0660" <= ch <= "\u0669" for ch in format_date("2022-10-31", None, "ar"))


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_format_date_is_babels_pattern_for_every_day(lang: str) -> None:
    # format_date builds "d MMMM y" from the day and a cached "MMMM y"; it must stay Babel's
    # own output for every day (leap days, single-digit days, early and late years).
    locale = {"ar": "ar", "en": "en_GB"}[lang]
    days = [date(2019, 12, 1) + timedelta(n) for n in range(800)]
    days += [date(1, 1, 1), date(999, 3, 9), date(9999, 12, 31)]
    for day in days:
        expected = babel_format_date(day, "d MMMM y", locale=locale)
        assert format_date(day.isoformat(), None, lang) == expected
        assert format_date(day.isoformat()[:7], None, lang) == format_skeleton(
            "yMMMM", day, locale=locale
        )


def test_unknown_language_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        format_number(1, "fr")


@pytest.mark.parametrize(
    ("fields", "lang", "expected"),
    [
        ({"best": "6500", "approximate": "true"}, "en", "about 6,500 people"),
        ({"best": "6500", "approximate": "true"}, "ar", "نحو 6,500 شخص"),
        ({"best": "5000", "bound": "at-least"}, "en", "at least 5,000 people"),
        ({"best": "5000", "bound": "at-least"}, "ar", "ما لا يقل عن 5,000 شخص"),
        ({"best": "5000", "bound": "nearly"}, "ar", "ما يناهز 5,000 شخص"),
        ({"best": "4000", "bound": "more-than"}, "en", "more than 4,000 people"),
        ({"best": "1"}, "en", "1 person"),
        ({"best": "3"}, "ar", "3 أشخاص"),
        ({"best": "11"}, "ar", "11 شخصًا"),
        ({"best": "223"}, "ar", "223 شخصًا"),
        ({"best": "103"}, "ar", "103 أشخاص"),
        ({"best": "100"}, "ar", "100 شخص"),
        ({"best": "44", "unit": "day"}, "ar", "44 يومًا"),
        ({"best": "17", "unit": "article"}, "ar", "17 مادة"),
        ({"best": "15", "unit": "peacekeeper"}, "ar", "15 جنديًا لحفظ السلام"),
        ({"best": "5", "unit": "peacekeeper"}, "ar", "5 جنود لحفظ السلام"),
        ({"best": "1960", "unit": "peacekeeper"}, "ar", "1,960 جنديًا لحفظ السلام"),
        ({"best": "2000", "unit": "peacekeeper"}, "ar", "2,000 جندي لحفظ السلام"),
        ({"best": "2", "unit": "peacekeeper"}, "ar", "جنديان لحفظ السلام"),
        ({"best": "5", "unit": "serviceman"}, "ar", "5 عسكريين"),
        ({"best": "7", "unit": "civilian"}, "ar", "7 مدنيين"),
        ({"best": "4", "unit": "refugee"}, "ar", "4 لاجئين"),
        ({"best": "12", "unit": "displaced-person"}, "ar", "12 نازحًا"),
        ({"best": "3", "unit": "rank"}, "ar", "المرتبة 3"),
        ({"best": "3", "unit": "rank"}, "en", "place 3"),
        ({"best": "5", "unit": "km"}, "ar", "5 كم"),
        ({"low": "2783", "high": "2906"}, "en", "2,783–2,906 people"),
        (
            {"best": "2900", "low": "2783", "high": "2906"},
            "en",
            "2,900 people (between 2,783 and 2,906)",
        ),
        ({"low": "5000"}, "en", "at least 5,000 people"),
        ({"high": "300"}, "ar", "ما يصل إلى 300 شخص"),
        ({"best": "2", "bound": "more-than", "unit": "hour"}, "ar", "أكثر من ساعتين"),
        ({"best": "2", "bound": "more-than", "unit": "hour"}, "en", "more than 2 hours"),
        ({"best": "1", "unit": "month"}, "ar", "شهر واحد"),
        ({"best": "2", "unit": "soldier"}, "ar", "جنديان"),
        ({"best": "2", "bound": "at-least", "unit": "soldier"}, "ar", "ما لا يقل عن جنديين"),
        ({"best": "2", "unit": "refugee"}, "ar", "لاجئان"),
        ({"best": "2", "bound": "nearly", "unit": "refugee"}, "ar", "ما يناهز لاجئَين اثنين"),
        ({"best": "0"}, "ar", "0 أشخاص"),
        ({"best": "6500", "low": "6000", "high": "7000"}, "ar", "6,500 شخص (بين 6,000 و7,000)"),
        ({"high": "300"}, "en", "up to 300 people"),
        ({"best": "2", "unit": "km"}, "ar", "2 كم"),
    ],
)
def test_format_quantity(fields: dict[str, str], lang: str, expected: str) -> None:
    assert format_quantity(q(**fields), lang) == expected


def test_unit_label_for_unknown_unit_falls_back_to_id() -> None:
    assert unit_label("furlong", 3, "en") == "furlong"
    assert format_range(1, 2, "ar") == "1–2"


def test_every_string_and_kind_has_both_languages() -> None:
    for table in (STRINGS, KINDS):
        for key, texts in table.items():
            assert set(texts) == {"ar", "en"}, key
            assert all(text.strip() for text in texts.values()), key


# Every counted noun over the numbers where Arabic changes form: zero, one, two (nominative and
# oblique), 3-10, 11-99, 100 and up (101 and 102 take the singular, 111 the accusative).
NUMBERS = (0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 111, 1000)
COUNTED_AR = {
    "source": ("0 مصادر", "مصدر واحد", "مصدران", "مصادر", "مصدرًا", "مصدر"),
    "agreeing-source": (
        "0 مصادر متفقة",
        "مصدر واحد",
        "مصدران متفقان",
        "مصادر متفقة",
        "مصدرًا متفقًا",
        "مصدر متفق",
    ),
    "fact": ("0 وقائع", "واقعة واحدة", "واقعتان", "وقائع", "واقعة", "واقعة"),
    "quote": ("0 اقتباسات", "اقتباس واحد", "اقتباسان", "اقتباسات", "اقتباسًا", "اقتباس"),
    "page": ("0 صفحات", "صفحة واحدة", "صفحتان", "صفحات", "صفحة", "صفحة"),
}
OBLIQUE_TWO = {
    "source": "مصدرين",
    "agreeing-source": "مصدرين متفقين",
    "fact": "واقعتين",
    "quote": "اقتباسين",
    "page": "صفحتين",
}


def expected_ar(noun: str, n: int) -> str:
    zero, one, two, few, many, other = COUNTED_AR[noun]
    if n in (0, 1, 2):
        return (zero, one, two)[n]
    word = few if 3 <= n % 100 <= 10 else many if 11 <= n % 100 <= 99 else other
    return f"{format_number(n, 'ar')} {word}"


@pytest.mark.parametrize("noun", sorted(COUNTED_AR))
@pytest.mark.parametrize("n", NUMBERS)
def test_count_phrase_agrees_with_every_number(noun: str, n: int) -> None:
    assert count_phrase(noun, n, "ar") == expected_ar(noun, n)
    oblique = OBLIQUE_TWO[noun] if n == 2 else expected_ar(noun, n)
    assert count_phrase(noun, n, "ar", "obl") == oblique
    english = COUNTED[noun].en if n == 1 else COUNTED[noun].en_plural
    assert count_phrase(noun, n, "en") == f"{format_number(n, 'en')} {english}"


def test_count_phrase_spot_checks() -> None:
    # Written out, so the table above is not the only statement of the rule.
    assert count_phrase("agreeing-source", 11, "ar") == "11 مصدرًا متفقًا"
    assert count_phrase("source", 100, "ar") == "100 مصدر"
    assert count_phrase("source", 103, "ar") == "103 مصادر"
    assert count_phrase("quote", 2, "ar", "obl") == "اقتباسين"
    assert count_phrase("agreeing-source", 1, "en") == "1 source agrees"
    assert t("as_of", "ar") == "تاريخ المعلومة"


@pytest.mark.parametrize("n", NUMBERS)
def test_units_and_counted_nouns_share_one_rule(n: int) -> None:
    # The units take the same forms as the counted nouns: 3 أشخاص, 11 شخصًا, 100 شخص.
    form = arabic_form(n)
    person = format_quantity(q(best=str(n)), "ar")
    expected = {
        "zero": "0 أشخاص",
        "one": "شخص واحد",
        "two": "شخصان",
        "few": f"{format_number(n, 'ar')} أشخاص",
        "many": f"{format_number(n, 'ar')} شخصًا",
        "other": f"{format_number(n, 'ar')} شخص",
    }[form]
    assert person == expected


def test_every_source_language_has_a_name() -> None:
    # Ours for the reviewed ones, CLDR's for any other code; never the code itself.
    assert language_name("de", "ar") == "الألمانية"
    assert language_name("ka", "en") == "Georgian"
    assert language_name("pt", "ar") == "البرتغالية"  # from CLDR
    assert in_language_name("ru", "ar") == "بالروسية"
    assert in_language_name("es", "en") == "in Spanish"


@pytest.mark.parametrize(
    ("start", "end", "en", "ar"),
    [
        ("2022-11-10", "2022-11-11", "10–11 November 2022", "10–11 نوفمبر 2022"),
        (
            "2020-09-27",
            "2020-11-10",
            "27 September – 10 November 2020",
            "27 سبتمبر – 10 نوفمبر 2020",
        ),
        (
            "2020-09-27",
            "2021-01-10",
            "27 September 2020 – 10 January 2021",
            "27 سبتمبر 2020 – 10 يناير 2021",
        ),
        ("2020-09", "2020-11", "September – November 2020", "سبتمبر – نوفمبر 2020"),
        ("2020", "2021-05", "2020 – May 2021", "2020 – مايو 2021"),
        ("2022-10-31", "2022-10-31", "31 October 2022", "31 أكتوبر 2022"),
    ],
)
def test_format_period_writes_shared_parts_once(start: str, end: str, en: str, ar: str) -> None:
    assert format_period(start, end, "en") == en
    assert format_period(start, end, "ar") == ar


def test_cldr_names_every_two_letter_language_in_both_languages() -> None:
    # Any ISO 639-1 code a source may carry has a name on both sites, never the raw code.
    english = Locale("en").languages
    for code in (c for c in english if len(c) == 2):
        assert language_name(code, "ar") != code and language_name(code, "en") != code, code
