"""Numbers and dates in Arabic and English, through Babel.

A number or a date is written the same way on every page. Locale ``ar`` writes Western digits
("6,500", "31 أكتوبر 2022"), as the source article does, so we keep them; English uses
``en_GB`` for the day-month-year order ("31 October 2022"). Everything returns plain text; the
renderers escape it for the context it lands in.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton
from babel.numbers import format_decimal, parse_pattern

from factsheet.languages import LANGUAGES
from factsheet.model.records import written_precision

LOCALES = {language.code: language.locale for language in LANGUAGES}


def _locale(lang: str) -> str:
    try:
        return LOCALES[lang]
    except KeyError:
        raise ValueError(f"unknown language {lang!r}; expected one of {sorted(LOCALES)}") from None


@lru_cache(maxsize=len(LOCALES))
def _babel_locale(lang: str) -> Locale:
    """The Babel locale of ``lang``, parsed once (Babel parses a locale name on every call)."""
    return Locale.parse(_locale(lang))


# Parsed once: format_decimal parses a pattern given as text on every call.
_NUMBER_PATTERN = parse_pattern("#,##0.##")


def format_number(n: int | float, lang: str) -> str:
    """``6500`` -> ``6,500`` (both languages, Western digits); up to two decimals."""
    return str(format_decimal(n, format=_NUMBER_PATTERN, locale=_babel_locale(lang)))


# Dates recur (the same as-of and publication dates on many facts, pages and citations) and
# Babel parses its pattern and looks the locale up on every call. The results depend on the
# arguments only.
_DATES_CACHED = 16384


@lru_cache(maxsize=_DATES_CACHED)
def format_date(text: str, precision: str | None, lang: str) -> str:
    """A model date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) at its precision.

    ``precision`` may be None: it then follows from how the date is written.
    """
    parts = [int(p) for p in text.split("-")]
    precision = precision or written_precision(text)
    day = date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    locale = _babel_locale(lang)
    if precision == "day":
        # The pattern "d MMMM y" is the day's number ("%d"), a space and "MMMM y": the month's
        # name and the year are formatted once per month (most dates are distinct days).
        return f"{day.day} {_month_year(day.year, day.month, lang)}"
    if precision == "month":
        return str(format_skeleton("yMMMM", day, locale=locale))
    return str(format_skeleton("y", day, locale=locale))


@lru_cache(maxsize=_DATES_CACHED)
def _month_year(year: int, month: int, lang: str) -> str:
    """``October 2022`` / ``أكتوبر 2022``: Babel's pattern ``MMMM y``."""
    return str(babel_format_date(date(year, month, 1), "MMMM y", locale=_babel_locale(lang)))


@lru_cache(maxsize=_DATES_CACHED)
def format_period(start: str, end: str, lang: str) -> str:
    """A period as a reader writes it: ``10–11 November 2022``, ``27 September – 10 November
    2020``, ``27 September 2020 – 10 January 2021``; what the two dates share is written once.

    Only two full dates, or two months, are shortened; anything else is both dates in full.
    """
    if start == end:
        return format_date(start, None, lang)
    a, b = start.split("-"), end.split("-")
    locale = _babel_locale(lang)
    if len(a) == len(b) == 3 and a[0] == b[0]:
        first, last = (date(*map(int, d)) for d in (a, b))
        if a[1] == b[1]:
            day_range = f"{first.day}–{last.day}"
            return f"{day_range} {babel_format_date(first, 'MMMM y', locale=locale)}"
        head = babel_format_date(first, "d MMMM", locale=locale)
        return f"{head} – {babel_format_date(last, 'd MMMM y', locale=locale)}"
    if len(a) == len(b) == 2 and a[0] == b[0]:
        head = babel_format_date(date(int(a[0]), int(a[1]), 1), "MMMM", locale=locale)
        return f"{head} – {format_date(end, 'month', lang)}"
    return f"{format_date(start, None, lang)} – {format_date(end, None, lang)}"


def format_range(low: int | float, high: int | float, lang: str) -> str:
    """``2,783–2,906``: an en dash, no spaces, in both languages (the caller isolates it in
    Arabic text so the bidi algorithm cannot swap the two ends)."""
    return f"{format_number(low, lang)}–{format_number(high, lang)}"


@lru_cache(maxsize=1024)
def cldr_language_name(code: str, lang: str) -> str | None:
    """The name CLDR gives the language ``code`` in ``lang`` (``de`` -> «الألمانية»,
    "German"), or None when CLDR does not know the code."""
    name = _babel_locale(lang).languages.get(code)
    return str(name) if name else None
