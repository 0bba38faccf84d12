"""The interface words of the site, one key in both languages.

A missing translation is a test failure instead of an English word on an Arabic page.
"""

from __future__ import annotations


def t(key: str, lang: str) -> str:
    """The interface string ``key`` in ``lang``."""
    return STRINGS[key][lang]


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
    },  # locator map (home and parties pages, PDF)
    "map_heading": {"ar": "الخريطة", "en": "Map"},
    "map_title": {
        "ar": "خريطة المنطقة: جنوب القوقاز وما حوله",
        "en": "Map of the region: the South Caucasus and around it",
    },
    "map_countries": {
        "ar": "حدود الدول كما ترسمها بيانات Natural Earth.",
        "en": "Country borders as Natural Earth draws them.",
    },
    "map_named": {"ar": "الدول المسماة: {names}.", "en": "Countries named: {names}."},
    "map_places": {
        "ar": "الأماكن المحددة على الخريطة ({n}): {names}.",
        "en": "Places marked ({n}): {names}.",
    },
    "map_no_places": {
        "ar": "لا تحدد الخريطة موقع أي مكان: لا تذكر الوقائع إحداثيات أي مكان مع مصدرها.",
        "en": "No place is marked on the map: the facts give no place's coordinates with a source.",
    },
    "map_caption": {
        "ar": "حدود الدول: {data}، ملك عام، مبسطة. وهي لا تعبر عن موقف من أي نزاع على الحدود.",
        "en": "Country borders: {data}, public domain, simplified. They take no position on any "
        "border dispute.",
    },
    "map_place": {"ar": "المكان", "en": "Place"},
    "latitude": {"ar": "خط العرض", "en": "Latitude"},
    "longitude": {"ar": "خط الطول", "en": "Longitude"},
    "latitude_north": {"ar": "{n}° شمالًا", "en": "{n}° N"},
    "longitude_east": {
        "ar": "{n}° شرقًا",
        "en": "{n}° E",
    },  # the one-page PDF (factsheet.handout) and the links to it
    "pdf_data_date": {
        "ar": "أحدث تاريخ لمصدر في هذه الوقائع: {date}. أُعدت هذه الورقة في {today}.",
        "en": "Latest date of any source in these facts: {date}. Sheet made on {today}.",
    },
    "pdf_fact": {"ar": "الواقعة", "en": "Fact"},
    "pdf_sources_say": {"ar": "المصادر", "en": "Sources"},
    "pdf_summit": {"ar": "القمة باختصار", "en": "The summit in brief"},
    "pdf_casualties": {"ar": "الضحايا بحسب المصادر", "en": "Casualties by source"},
    "pdf_address": {"ar": "الموقع", "en": "Website"},
    "pdf_link": {
        "ar": "صحيفة الوقائع في صفحة واحدة (PDF)",
        "en": "The fact sheet on one page (PDF)",
    },
    "pdf_description": {
        "ar": "الأرقام الرئيسية والقمة والضحايا والخريطة والمصادر في ورقة A4 للطباعة.",
        "en": "The key figures, the summit, the casualties, the map and the sources on an A4 "
        "sheet to print.",
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
