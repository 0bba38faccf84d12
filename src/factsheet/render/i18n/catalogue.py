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
    # issue 11: figures that agree with different precision; scheduled events.
    "precision_note": {
        "ar": "تتفق المصادر في هذا الرقم وتختلف في دقته؛ يرد أدناه ما أورده كل مصدر كما أورده.",
        "en": "The sources agree, with different precision; each figure is shown below as its "
        "source gave it.",
    },
    "scheduled_for": {"ar": "موعده المقرر", "en": "Scheduled for"},
    "according_to": {"ar": "بحسب {name}", "en": "according to {name}"},
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
        "ar": "وقائع عن القمة الثلاثية بين روسيا وأرمينيا وأذربيجان في سوتشي يوم 31 أكتوبر 2022 "
        "وعن نزاع قره باغ.",
        "en": "Facts about the trilateral summit of Russia, Armenia and Azerbaijan in "
        "Sochi on 31 October 2022 and about the Karabakh conflict.",
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
    "when_scheduled": {"ar": "موعد مقرر", "en": "scheduled for"},  # issue 11
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
        "ar": "كل اسم بالعربية والإنجليزية، مع طرق كتابته الأخرى في وسائل الإعلام، والمصادر التي "
        "تستخدمها متى سُجّلت.",
        "en": "Every name in Arabic and English, with its other spellings in the media and, "
        "where recorded, the sources that use them.",
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
    # issue 11: what the site says about its data, with counts from render/promises.py.
    "promise_quotes_translated": {
        "ar": "كل واقعة مؤرخة ومنسوبة إلى مصادرها. وعدد الوقائع التي تقتبس كلام مصدر بلفظه: {n} "
        "من {m}، ويُعرض كل اقتباس إلى جانب ترجمتنا.",
        "en": "Every fact is dated and attributed to its sources. {n} of the {m} facts quote a "
        "source in its own words, and each quote is shown beside our translation.",
    },
    "promise_quotes": {
        "ar": "كل واقعة مؤرخة ومنسوبة إلى مصادرها. وعدد الوقائع التي تقتبس كلام مصدر بلفظه: {n} "
        "من {m}، وعدد الاقتباسات المعروضة إلى جانب ترجمتنا: {translated} من {quotes}.",
        "en": "Every fact is dated and attributed to its sources. {n} of the {m} facts quote a "
        "source in its own words; {translated} of the {quotes} quotes are shown beside our "
        "translation.",
    },
    "promise_words_all": {
        "ar": "تستشهد كل واقعة بمصدر واحد على الأقل، ويسجَّل مع كل استشهاد ما قاله المصدر نفسه، "
        "بعبارتنا أو باقتباس من كلامه.",
        "en": "Every fact cites at least one source, and each citation records what that source "
        "itself said, in our words or as a quote.",
    },
    "promise_words": {
        "ar": "تستشهد كل واقعة بمصدر واحد على الأقل. وعدد الاستشهادات التي تسجّل ما قاله المصدر "
        "نفسه، بعبارتنا أو باقتباس من كلامه: {n} من {m}؛ أما سائرها فتستشهد بالمصدر على "
        "الواقعة كما هي مذكورة.",
        "en": "Every fact cites at least one source. {n} of the {m} citations also record what "
        "that source itself said, in our words or as a quote; the others cite the source for "
        "the fact as it is stated.",
    },
    "promise_agreement": {
        "ar": "وإذا تعذّر أن تصدق أرقام المصادر كلها معًا عُرض كل رقم إلى جانب مصدره ووُسمت "
        "الواقعة بأن أرقامها متباينة. وإذا أمكن أن تصدق معًا واختلفت في دقتها فحسب ذُكر أن "
        "المصادر متفقة وعُرض رقم كل مصدر كما أورده. والمصدر الذي لا يذكر رقمًا يُعرض كلامه، "
        "ولا يوضع بجانبه رقم أبدًا. ويوسم الرقم الوارد في مصدر واحد بأنه بحسب ذلك المصدر.",
        "en": "When the sources' figures cannot all be true, each figure is shown beside its "
        "source and the fact is marked as disputed. When they can all be true but differ in "
        "precision, the fact says the sources agree and shows each figure as its source gave "
        "it. A source that gives no figure is shown with its words, never beside a number. A "
        "figure from a single source is marked as per source.",
    },
    "promise_undated": {
        "ar": "عدد المصادر التي لم يُسجَّل تاريخ نشرها: {n} من {m}.",
        "en": "{n} of the {m} sources have no recorded publication date.",
    },
    "promise_all_dated": {
        "ar": "لكل مصدر تاريخ نشر مسجَّل.",
        "en": "Every source has a recorded publication date.",
    },
    "promise_spellings": {
        "ar": "عدد طرق الكتابة التي سُجّلت المصادر التي تستخدمها: {n} من {m}.",
        "en": "The sources that use a spelling are recorded for {n} of the {m} spellings.",
    },
    "promise_spellings_all": {
        "ar": "ولكل طريقة كتابة ذِكرُ المصادر التي تستخدمها.",
        "en": "Each spelling names the sources that use it.",
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
