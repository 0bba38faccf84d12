"""Numbers, dates, quantities and interface words in Arabic and English.

Formatting goes through Babel so a number or a date is written the same way on every page.
Locale ``ar`` writes Western digits ("6,500", "31 أكتوبر 2022"), as the source article does, so
we keep them; English uses ``en_GB`` for the day-month-year order ("31 October 2022").

Everything here returns *plain text*; the renderers escape it for the context it lands in.
Interface words live in :data:`STRINGS` (one key, both languages) so a missing translation is a
test failure instead of an English word on an Arabic page.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton
from babel.numbers import format_decimal, parse_pattern

from factsheet.model.records import QuantityValue
from factsheet.model.units import Unit, get_unit, with_after

LOCALES = {"ar": "ar", "en": "en_GB"}

_BOUNDS: dict[str, dict[str, str]] = {
    "at-least": {"ar": "ما لا يقل عن {n}", "en": "at least {n}"},
    "more-than": {"ar": "أكثر من {n}", "en": "more than {n}"},
    "nearly": {"ar": "قرابة {n}", "en": "nearly {n}"},
    "up-to": {"ar": "حتى {n}", "en": "up to {n}"},
    "approximate": {"ar": "حوالى {n}", "en": "about {n}"},
}


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
# Babel parses its pattern and looks the locale up on every call: 10,000 calls per build at
# 1,000 facts, a third of rendering. The results depend on the arguments only.
_DATES_CACHED = 16384


@lru_cache(maxsize=_DATES_CACHED)
def format_date(text: str, precision: str | None, lang: str) -> str:
    """A model date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) at its precision.

    ``precision`` may be None: it then follows from how the date is written.
    """
    parts = [int(p) for p in text.split("-")]
    precision = precision or {3: "day", 2: "month"}.get(len(parts), "year")
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


def t(key: str, lang: str) -> str:
    """The interface string ``key`` in ``lang``."""
    return STRINGS[key][lang]


def count_phrase(key: str, n: int, lang: str) -> str:
    """``key`` formatted with ``n``, using the ``key_2`` form for two (Arabic has a dual:
    "مصدران", not "2 مصادر")."""
    if n == 2 and f"{key}_2" in STRINGS:
        return t(f"{key}_2", lang)
    return t(key, lang).format(n=n)


# Interface words, both languages. Keep keys sorted by page for reviewers.
STRINGS: dict[str, dict[str, str]] = {
    # shared
    # The same words as the plugin's site_name in mkdocs.yml, so the home page's heading and
    # the site's name agree.
    "site_name": {
        "ar": "قمة سوتشي وأزمة قره باغ",
        "en": "The Sochi summit and the Karabakh conflict",
    },
    "as_of": {"ar": "بتاريخ", "en": "As of"},
    "value": {"ar": "القيمة", "en": "Value"},
    "period": {"ar": "الفترة", "en": "Period"},
    "since": {"ar": "منذ {date}", "en": "since {date}"},
    "method": {"ar": "المنهج", "en": "Method"},
    "method_or_note": {"ar": "المنهج أو الملاحظة", "en": "Method or note"},
    "range": {"ar": "النطاق", "en": "range"},
    "disputed": {"ar": "أرقام متباينة", "en": "Disputed"},
    "disputed_note": {
        "ar": "تختلف المصادر في هذا الرقم؛ يرد أدناه ما أورده كل مصدر.",
        "en": "The sources give different figures; each is shown below with its source.",
    },
    "per_source": {"ar": "بحسب مصدر واحد", "en": "Per source"},
    "sources_agree": {"ar": "{n} مصادر متفقة", "en": "{n} sources agree"},
    "sources_agree_2": {"ar": "مصدران متفقان", "en": "2 sources agree"},
    "sources_n": {"ar": "{n} مصادر", "en": "{n} sources"},
    "sources_n_2": {"ar": "مصدران", "en": "2 sources"},
    "sep": {"ar": "، ", "en": ", "},
    "sep_clause": {"ar": "؛ ", "en": "; "},
    "rank_reason": {"ar": "كيف وُزنت المصادر", "en": "How the sources were weighed"},
    "sources": {"ar": "المصادر", "en": "Sources"},
    "source": {"ar": "المصدر", "en": "Source"},
    "date": {"ar": "التاريخ", "en": "Date"},
    "figure": {"ar": "الرقم", "en": "Figure"},
    "fact": {"ar": "الواقعة", "en": "Fact"},
    "quote_original": {"ar": "النص الأصلي", "en": "Original"},
    "translation": {"ar": "ترجمة", "en": "Translation"},
    "paragraph": {"ar": "الفقرة {n}", "en": "paragraph {n}"},
    "speaker": {"ar": "المتحدث", "en": "Speaker"},
    "stated_on": {"ar": "قيل في", "en": "Stated on"},
    "quote_checked": {
        "ar": "الاقتباس مطابق للنسخة المحفوظة",
        "en": "checked against the stored copy",
    },
    "quote_unchecked": {
        "ar": "الاقتباس غير مطابَق مع نسخة محفوظة",
        "en": "not checked against a stored copy",
    },
    "edit_fact": {"ar": "تعديل هذه الواقعة", "en": "Edit this fact"},
    "related": {"ar": "وقائع ذات صلة", "en": "Related facts"},
    "not_recorded": {"ar": "غير مسجل", "en": "not recorded"},
    "yes": {"ar": "نعم", "en": "yes"},
    "no": {"ar": "لا", "en": "no"},
    # home
    "home_title": {"ar": "الرئيسية", "en": "Home"},
    "home_intro": {
        "ar": "وقائع موثقة عن القمة الثلاثية بين روسيا وأرمينيا وأذربيجان في سوتشي يوم "
        "31 أكتوبر 2022 وعن نزاع قره باغ. كل واقعة مؤرخة ومنسوبة إلى مصدرها، ويُعرض نص "
        "الاقتباس الأصلي إلى جانب الترجمة.",
        "en": "Sourced facts about the trilateral summit of Russia, Armenia and Azerbaijan in "
        "Sochi on 31 October 2022 and about the Karabakh conflict. Every fact is dated and "
        "attributed to its source, with the original words of the source beside a translation.",
    },
    "key_figures": {"ar": "أرقام رئيسية", "en": "Key figures"},
    "dated_notice_title": {"ar": "الوقائع مؤرخة", "en": "Facts are dated"},
    "dated_notice": {
        "ar": "كل واقعة صحيحة في تاريخها المذكور ولا تصف بالضرورة الوضع الراهن. "
        "أحدث تاريخ لمصدر في هذه الصفحات: {date}. آخر بناء للموقع: {today}.",
        "en": "Each fact holds as of its stated date and does not necessarily describe the "
        "situation today. The latest source date on this site is {date}. Site built on {today}.",
    },
    "pages": {"ar": "الصفحات", "en": "Pages"},
    "counts": {
        "ar": "عدد الوقائع: {facts}، وعدد المصادر: {sources}.",
        "en": "Facts: {facts}. Sources: {sources}.",
    },
    # timeline
    "timeline_title": {"ar": "التسلسل الزمني", "en": "Timeline"},
    "timeline_summary": {
        "ar": "كل تاريخ ورد في الوقائع مرتبًا، مع رابط إلى الواقعة.",
        "en": "Every date in the facts, in order, each linked to its fact.",
    },
    "when_as_of": {"ar": "بتاريخ", "en": "as of"},
    "when_start": {"ar": "بداية الفترة", "en": "start of period"},
    "when_end": {"ar": "نهاية الفترة", "en": "end of period"},
    "when_date": {"ar": "تاريخ الحدث", "en": "date of the event"},
    # sources
    "sources_title": {"ar": "المصادر", "en": "Sources"},
    "sources_summary": {
        "ar": "كل مصدر مستشهد به: ناشره وتاريخه ورابطه وما إذا كانت نسخته محفوظة هنا.",
        "en": "Every source cited: publisher, date, link, and whether a copy is stored here.",
    },
    "publisher": {"ar": "الناشر", "en": "Publisher"},
    "not_named_in_copy": {"ar": "لا تذكره النسخة المحفوظة", "en": "not named in the stored copy"},
    "publisher_not_recorded": {"ar": "الناشر غير مسجل", "en": "publisher not recorded"},
    "publisher_not_in_copy": {
        "ar": "لا تذكر النسخة المحفوظة ناشرها",
        "en": "publisher not named in the stored copy",
    },
    "reference": {"ar": "رقمه في قائمة المراجع", "en": "Reference list number"},
    "kind": {"ar": "النوع", "en": "Kind"},
    "language": {"ar": "اللغة", "en": "Language"},
    "published": {"ar": "تاريخ النشر", "en": "Published"},
    "retrieved": {"ar": "تاريخ الاطلاع", "en": "Retrieved"},
    "link": {"ar": "الرابط", "en": "Link"},
    "no_link": {"ar": "لا رابط مسجل", "en": "no link recorded"},
    "stored_copy": {"ar": "نسخة محفوظة", "en": "Stored copy"},
    "quotes_checked": {"ar": "الاقتباسات مطابَقة", "en": "Quotes checked"},
    "quotes_none": {"ar": "لا اقتباسات", "en": "no quotes"},
    "quotes_count": {
        "ar": "{checked} من {total} مطابَقة مع النسخة المحفوظة",
        "en": "{checked} of {total} checked against the stored copy",
    },
    "cited_by": {"ar": "الوقائع التي تستشهد به", "en": "Facts citing it"},
    "credits": {"ar": "ينسب أجزاء إلى", "en": "Credits"},
    "note": {"ar": "ملاحظة", "en": "Note"},
    # glossary
    "glossary_title": {"ar": "مسرد الأسماء", "en": "Glossary of names"},
    "glossary_summary": {
        "ar": "كل اسم بالعربية والإنجليزية، مع طرق كتابته المختلفة ومواضع وروده.",
        "en": "Every name in Arabic and English, with its spellings and where each is found.",
    },
    "other_language": {"ar": "بالإنجليزية", "en": "In Arabic"},
    "variants": {"ar": "طرق الكتابة", "en": "Spellings"},
    "found_in": {"ar": "ورد في", "en": "found in"},
    "roles": {"ar": "المناصب", "en": "Roles"},
    "mentioned_in": {"ar": "يرد في الوقائع", "en": "Mentioned in"},
    "wikidata": {"ar": "ويكي بيانات", "en": "Wikidata"},
    # methodology
    "methodology_title": {"ar": "المنهجية", "en": "Methodology"},
    "methodology_summary": {
        "ar": "ما الواقعة، وكيف تُفحص المصادر والاقتباسات، وكيف تقترح تعديلًا.",
        "en": "What a fact is, how sources and quotes are checked, and how to propose a change.",
    },
    # downloads
    "downloads_title": {"ar": "التنزيلات", "en": "Downloads"},
    "downloads_summary": {
        "ar": "كل الوقائع ومصادرها بصيغ JSON وCSV، مع مخطط JSON للتحقق منها.",
        "en": "All facts and their sources as JSON and CSV, with a JSON Schema to validate them.",
    },
    # casualties
    "casualty_figures": {"ar": "أرقام الضحايا بحسب كل مصدر", "en": "Casualty figures by source"},
    "chart_caption": {
        "ar": "كل رقم كما أورده مصدره، بمقياس واحد. الجدول أعلاه يحمل الأرقام نفسها.",
        "en": "Each figure as its source gave it, on one scale. The table above has the same "
        "figures.",
    },
}

KINDS: dict[str, dict[str, str]] = {
    "news-article": {"ar": "مقال إخباري", "en": "news article"},
    "news-agency-report": {"ar": "خبر وكالة أنباء", "en": "news agency report"},
    "official-statement": {"ar": "بيان رسمي", "en": "official statement"},
    "official-document": {"ar": "وثيقة رسمية", "en": "official document"},
    "transcript": {"ar": "نص حرفي", "en": "transcript"},
    "analysis": {"ar": "تحليل", "en": "analysis"},
    "reference": {"ar": "مرجع", "en": "reference"},
    "social-media": {"ar": "وسائل التواصل", "en": "social media"},
    "state": {"ar": "دولة", "en": "state"},
    "person": {"ar": "شخص", "en": "person"},
    "place": {"ar": "مكان", "en": "place"},
    "organisation": {"ar": "منظمة", "en": "organisation"},
    "event": {"ar": "حدث", "en": "event"},
    "document": {"ar": "وثيقة", "en": "document"},
    "territory": {"ar": "إقليم", "en": "territory"},
}

LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "ar": {"ar": "العربية", "en": "Arabic"},
    "en": {"ar": "الإنجليزية", "en": "English"},
    "ru": {"ar": "الروسية", "en": "Russian"},
    "hy": {"ar": "الأرمنية", "en": "Armenian"},
    "az": {"ar": "الأذربيجانية", "en": "Azerbaijani"},
    "fr": {"ar": "الفرنسية", "en": "French"},
    "tr": {"ar": "التركية", "en": "Turkish"},
}


def kind_name(kind: str, lang: str) -> str:
    return KINDS.get(kind, {}).get(lang, kind)


def language_name(code: str, lang: str) -> str:
    return LANGUAGE_NAMES.get(code, {}).get(lang, code)
