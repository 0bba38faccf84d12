"""The interface words of the site, one key in both languages.

A missing translation is a test failure instead of an English word on an Arabic page.
"""

from __future__ import annotations

from factsheet.render.i18n.formatting import cldr_language_name


def t(key: str, lang: str) -> str:
    """The interface string ``key`` in ``lang``."""
    return STRINGS[key][lang]


# Interface words, both languages. Keep keys sorted by page for reviewers. One term for one
# concept on every page: a source's statement backing a fact is «إفادة» (never «استشهاد»,
# which also means martyrdom), "sourced" is «مسندة إلى مصادرها» (never «موثقة», verified),
# the date a fact holds at is «تاريخ المعلومة», "about" is «نحو».
STRINGS: dict[str, dict[str, str]] = {
    # shared
    # The label before a fact's date ("As of: 31 October 2022"), and the same date under a
    # home card's figure: «بتاريخ» would date the event itself, «حتى» reads "until" under a
    # card whose value is a date, so the cards say «تاريخ المعلومة» too.
    "as_of": {"ar": "تاريخ المعلومة", "en": "As of"},
    "as_of_inline": {"ar": "تاريخ المعلومة: {date}", "en": "As of {date}"},
    "value": {"ar": "القيمة", "en": "Value"},
    "period": {"ar": "الفترة", "en": "Period"},
    "since": {"ar": "منذ {date}", "en": "since {date}"},
    "method": {"ar": "ملاحظة منهجية", "en": "Method"},
    "method_or_note": {
        "ar": "ملاحظة منهجية أو إفادة المصدر",
        "en": "Method, or what the source stated",
    },
    "range": {"ar": "بين {low} و{high}", "en": "between {low} and {high}"},
    # A fact whose sources give different values: a figure, a date or a name alike.
    "disputed": {"ar": "روايات متباينة", "en": "Sources differ"},
    "disputed_note": {
        "ar": "تختلف المصادر في هذه القيمة؛ يرد أدناه ما أورده كل مصدر.",
        "en": "The sources differ on this value; what each gives is shown below.",
    },
    "per_source": {"ar": "بحسب مصدر واحد", "en": "Single source"},
    # issue 11: figures that agree with different precision; scheduled events; whose word.
    "precision_note": {
        "ar": "تتفق المصادر في هذا الرقم وتختلف في دقته؛ يرد أدناه ما أورده كل مصدر كما أورده.",
        "en": "The sources agree, with different precision; each figure is shown below as its "
        "source gave it.",
    },
    "scheduled_for": {"ar": "موعده المقرر", "en": "Scheduled for"},
    "scheduled_for_inline": {"ar": "موعده المقرر: {date}", "en": "Scheduled for {date}"},
    "according_to": {"ar": "بحسب {name}", "en": "according to {name}"},
    "sep": {"ar": "، ", "en": ", "},
    "rank_reason": {"ar": "المفاضلة بين المصادر", "en": "Weighing the sources"},
    "sources": {"ar": "المصادر", "en": "Sources"},
    "source": {"ar": "المصدر", "en": "Source"},
    # The date a source gave its statement (or published it), beside the value it gave.
    "date": {"ar": "تاريخ الإفادة", "en": "Date stated"},
    "figure": {"ar": "الرقم", "en": "Figure"},
    "source_value": {"ar": "ما أورده المصدر", "en": "What the source gives"},
    "fact": {"ar": "الواقعة", "en": "Fact"},
    # "Original in Arabic": the language's name follows (:func:`in_language_name`).
    "quote_original": {"ar": "النص الأصلي {language}", "en": "Original {language}"},
    "translation": {"ar": "ترجمة", "en": "Translation"},
    "paragraph": {"ar": "الفقرة {n}", "en": "paragraph {n}"},
    "speaker": {"ar": "صاحب التصريح", "en": "Said by"},
    "quote_checked": {"ar": "مطابق للنسخة المحفوظة", "en": "found in the stored copy"},
    # No stored copy to compare with: never «غير مطابق», which says the quote was compared
    # and failed.
    "quote_unchecked": {
        "ar": "لم يُقارَن بنسخة محفوظة",
        "en": "not checked: no stored copy",
    },
    "edit_fact": {"ar": "تعديل هذه الواقعة", "en": "Edit this fact"},
    "related": {"ar": "وقائع ذات صلة", "en": "Related facts"},
    "not_recorded": {"ar": "غير مسجل", "en": "not recorded"},
    "yes": {"ar": "نعم", "en": "yes"},
    "no": {"ar": "لا", "en": "no"},
    # home
    "home_title": {"ar": "الرئيسية", "en": "Home"},
    "key_figures": {"ar": "أرقام رئيسية", "en": "Key figures"},
    "dated_notice_title": {"ar": "الوقائع مؤرخة", "en": "Facts are dated"},
    "dated_notice": {
        "ar": "تصف كل واقعة الوضع في التاريخ المذكور معها، ولا تصف بالضرورة الوضع الراهن. "
        "أحدث تواريخ المصادر: {date}. آخر تحديث للموقع: {today}.",
        "en": "Each fact describes the situation as of the date given with it, not necessarily "
        "the situation today. The latest source date is {date}. Site last updated on {today}.",
    },
    "pages": {"ar": "الصفحات", "en": "Pages"},
    # {facts} and {sources} are counted phrases: «88 واقعة», «من 99 مصدرًا» (after «من»).
    "counts": {
        "ar": "في الموقع {facts} من {sources}.",
        "en": "The site holds {facts} from {sources}.",
    },
    # timeline
    "timeline_title": {"ar": "التسلسل الزمني", "en": "Timeline"},
    "timeline_summary": {
        "ar": "كل تاريخ ورد في الوقائع مرتبًا، مع رابط إلى الواقعة.",
        "en": "Every date in the facts, in order, each linked to its fact.",
    },
    "when_as_of": {"ar": "تاريخ المعلومة", "en": "as-of date"},
    "when_scheduled": {"ar": "الموعد المقرر", "en": "scheduled date"},  # issue 11
    "when_start": {"ar": "بداية الفترة", "en": "start of period"},
    "when_end": {"ar": "نهاية الفترة", "en": "end of period"},
    "when_date": {"ar": "تاريخ الحدث", "en": "date of the event"},
    # sources
    "sources_title": {"ar": "المصادر", "en": "Sources"},
    "sources_summary": {
        "ar": "كل مصدر تستند إليه الوقائع: ناشره وتاريخه ورابطه، وما إذا كانت لدينا نسخة "
        "محفوظة منه.",
        "en": "Every source the facts draw on: publisher, date, link, and whether we keep a "
        "stored copy of it.",
    },
    "publisher": {"ar": "الناشر", "en": "Publisher"},
    "not_named_in_copy": {"ar": "لم يُذكر في النسخة المحفوظة", "en": "not named in the stored copy"},
    "publisher_not_recorded": {"ar": "الناشر غير مسجل", "en": "publisher not recorded"},
    "publisher_not_in_copy": {
        "ar": "لم يُذكر الناشر في النسخة المحفوظة",
        "en": "publisher not named in the stored copy",
    },
    "reference": {"ar": "رقم المرجع", "en": "Reference number"},
    "kind": {"ar": "النوع", "en": "Kind"},
    "language": {"ar": "اللغة", "en": "Language"},
    "published": {"ar": "تاريخ النشر", "en": "Published"},
    "retrieved": {"ar": "تاريخ الاطلاع", "en": "Retrieved"},
    "link": {"ar": "الرابط", "en": "Link"},
    "stored_copy": {"ar": "نسخة محفوظة", "en": "Stored copy"},
    "quotes_checked": {"ar": "التحقق من الاقتباسات", "en": "Quotes checked"},
    "quotes_none": {"ar": "لا اقتباسات", "en": "no quotes"},
    # {quotes} is a counted phrase after «من أصل» (oblique): «3 من أصل 5 اقتباسات».
    "quotes_count": {
        "ar": "المطابِق للنسخة المحفوظة: {checked} من أصل {quotes}",
        "en": "Found in the stored copy: {checked} of {quotes}",
    },
    # No pronoun for the quotes: it would have to agree with their number.
    "quotes_no_copy": {
        "ar": "{quotes}، ولا نسخة محفوظة للمقارنة",
        "en": "{quotes}; no stored copy to check against",
    },
    "cited_by": {"ar": "الوقائع المستندة إليه", "en": "Facts citing it"},
    "credits": {"ar": "نقلًا عن", "en": "Citing"},
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
    # A role's date and its sources, in brackets after the title.
    "role_when": {"ar": "في {date}، بحسب {sources}", "en": "as of {date}, according to {sources}"},
    "mentioned_in": {"ar": "يرد في الوقائع", "en": "Mentioned in"},
    "wikidata": {"ar": "ويكي بيانات", "en": "Wikidata"},
    # methodology
    "methodology_title": {"ar": "المنهجية", "en": "Methodology"},
    "methodology_summary": {
        "ar": "تعريف الواقعة، وكيف تُفحص المصادر والاقتباسات، وكيف تقترح تعديلًا.",
        "en": "What a fact is, how sources and quotes are checked, and how to propose a change.",
    },
    # downloads
    "downloads_title": {"ar": "التنزيلات", "en": "Downloads"},
    "downloads_summary": {
        "ar": "كل الوقائع ومصادرها بصيغتَي JSON وCSV، مع مخطط JSON للتحقق منها.",
        "en": "All facts and their sources as JSON and CSV, with a JSON Schema to validate them.",
    },
    # changes (the history of the facts: factsheet diff, the changes page and its feed)
    "changes_title": {"ar": "سجل التعديلات", "en": "Changes"},
    "changes_summary": {
        "ar": "كل تعديل على الوقائع والمصادر، الأحدث أولًا، مع تاريخه وما تغيّر فيه.",
        "en": "Every change to the facts and sources, newest first, with its date and what "
        "changed.",
    },
    "changes_feed": {"ar": "موجز Atom لهذه التعديلات", "en": "Atom feed of these changes"},
    "changes_feed_title": {"ar": "سجل التعديلات: {site}", "en": "Changes: {site}"},
    "changes_no_history": {
        "ar": "بُني هذا الموقع دون سجل git، فلا تُعرض هنا التعديلات ولا تواريخ آخر تعديل.",
        "en": "This site was built without its git history, so neither the changes nor the "
        "dates of last change are shown.",
    },
    "changes_shallow": {
        "ar": "بُني هذا الموقع من جزء من سجل git: التعديلات السابقة لـ {date} غير مدرجة.",
        "en": "This site was built from part of its git history: changes before {date} are "
        "not listed.",
    },
    "changes_empty": {"ar": "لا تعديلات مسجلة بعد.", "en": "No changes recorded yet."},
    "changes_uncommitted": {"ar": "لم يُسجَّل بعد", "en": "Not yet committed"},
    "changes_commit": {"ar": "التعديل {id}", "en": "Change {id}"},
    "last_changed": {"ar": "آخر تعديل", "en": "Last changed"},
    "change_added": {"ar": "أُضيفت", "en": "added"},
    "change_removed": {"ar": "حُذفت", "en": "removed"},
    "change_renamed": {"ar": "تغيّر معرّفها (كان {old})", "en": "renamed (was {old})"},
    "change_record_added": {"ar": "أُضيف", "en": "added"},
    "change_record_removed": {"ar": "حُذف", "en": "removed"},
    "change_field": {"ar": "{field}: {old} ← {new}", "en": "{field}: {old} → {new}"},
    "change_field_text": {"ar": "تغيّر {field}", "en": "{field} changed"},
    "change_field_text_other": {
        "ar": "تغيّر {field} بالإنجليزية",
        "en": "{field} changed in Arabic",
    },
    "change_claim_added": {"ar": "أُضيف مصدر: {source}", "en": "claim added: {source}"},
    "change_claim_removed": {"ar": "حُذف مصدر: {source}", "en": "claim removed: {source}"},
    "change_claim_changed": {"ar": "تغيّر ما نُسب إلى {source}", "en": "claim changed: {source}"},
    "change_quote": {"ar": "تغيّر الاقتباس من {source}", "en": "quote changed: {source}"},
    "change_quote_found": {
        "ar": "وُجد في النسخة المحفوظة",
        "en": "found in the stored copy",
    },
    "change_quote_not_found": {
        "ar": "غير موجود في النسخة المحفوظة",
        "en": "NOT found in the stored copy",
    },
    "change_none": {"ar": "(لا شيء)", "en": "(none)"},
    "change_sep": {"ar": "؛ ", "en": "; "},
    "change_field_value": {"ar": "الرقم", "en": "figure"},
    "change_field_as_of": {"ar": "تاريخ المعلومة", "en": "as of"},
    "change_field_period": {"ar": "الفترة", "en": "period"},
    "change_field_statement": {"ar": "نص الواقعة", "en": "statement"},
    "change_field_label": {"ar": "العنوان", "en": "label"},
    "change_field_rank": {"ar": "الرتبة", "en": "rank"},
    "change_field_rank_reason": {"ar": "تعليل الرتبة", "en": "rank reason"},
    "change_field_method": {"ar": "المنهج", "en": "method"},
    "change_field_topic": {"ar": "الصفحة", "en": "topic"},
    "change_field_section": {"ar": "القسم", "en": "section"},
    "change_field_url": {"ar": "الرابط", "en": "URL"},
    "change_field_title": {"ar": "العنوان", "en": "title"},
    "change_field_publisher": {"ar": "الناشر", "en": "publisher"},
    "change_field_published": {"ar": "تاريخ النشر", "en": "published"},
    "change_field_retrieved": {"ar": "تاريخ الاطلاع", "en": "retrieved"},
    "change_field_stored": {"ar": "النسخة المحفوظة", "en": "stored copy"},
    "change_field_stated": {"ar": "ما نُسب إليه", "en": "stated"},
    "change_field_quote": {"ar": "الاقتباس", "en": "quote"},
    "change_field_translation": {"ar": "ترجمة الاقتباس", "en": "translation"},
    "change_field_locator": {"ar": "الموضع", "en": "locator"},
    "change_field_speaker": {"ar": "المتحدث", "en": "speaker"},
    "change_field_stated_on": {"ar": "تاريخ القول", "en": "stated on"},
    "change_field_figure": {"ar": "ما يعطيه من الرقم", "en": "figure given"},
    "change_field_scheduled": {"ar": "موعد مقرر", "en": "scheduled"},
    "change_field_key": {"ar": "رقم رئيسي", "en": "key figure"},
    "change_field_related": {"ar": "الوقائع ذات الصلة", "en": "related facts"},
    "change_field_subject": {"ar": "موضوع الواقعة", "en": "subject"},
    "change_field_other": {"ar": "حقول أخرى", "en": "other fields"},
    "change_rank_preferred": {"ar": "مفضّلة", "en": "preferred"},
    "change_rank_normal": {"ar": "عادية", "en": "normal"},
    "change_rank_deprecated": {"ar": "مستبعدة", "en": "deprecated"},
    "change_text_value": {"ar": "نص", "en": "text"},
    "change_sources": {"ar": "المصادر", "en": "Sources"},
    "change_entities": {"ar": "الأسماء", "en": "Entities"},
    "change_facts": {"ar": "الوقائع", "en": "Facts"},
    "review_title": {"ar": "للمراجعة", "en": "To review"},
    "review_figure-without-claim": {
        "ar": "تغيّر الرقم دون إضافة مصدر أو تعديله",
        "en": "the figure changed with no claim added or changed",
    },
    "review_quote-changed": {"ar": "تغيّر اقتباس", "en": "a quote changed"},
    "review_quote-not-found": {
        "ar": "اقتباس غير موجود في النسخة المحفوظة",
        "en": "a quote is not in the stored copy",
    },
    "review_source-url-changed": {"ar": "تغيّر رابط المصدر", "en": "the source's URL changed"},
    "review_removed-still-referenced": {
        "ar": "حُذفت وما زالت وقائع أخرى تشير إليها: {ids}",
        "en": "removed, but still referenced by {ids}",
    },
    "diff_heading": {"ar": "الوقائع بين {base} و{head}", "en": "Facts from {base} to {head}"},
    "diff_nothing": {
        "ar": "لم تتغير أي واقعة أو مصدر أو اسم.",
        "en": "No fact, source or entity changed.",
    },
    "diff_invalid": {
        "ar": "الحالة {state} غير صالحة (الأخطاء: {n})؛ يُعرض ما أمكن قراءته:",
        "en": "{state} is invalid (errors: {n}); showing what could be read:",
    },
    "diff_counts": {
        "ar": "وقائع: {added} مضافة، {changed} معدلة، {removed} محذوفة، {renamed} معاد تسميتها."
        " للمراجعة: {review}.",
        "en": "Facts: {added} added, {changed} changed, {removed} removed, {renamed} renamed. "
        "To review: {review}.",
    },
    "diff_working_tree": {"ar": "شجرة العمل", "en": "the working tree"},
    # issue 11: what the site says about its data, with counts from render/promises.py.
    "promise_quotes_translated": {
        "ar": "كل واقعة مؤرخة ومنسوبة إلى مصادرها. وعدد الوقائع التي تقتبس كلام مصدر بلفظه: {n} "
        "من {m}، ويُعرض كل اقتباس بلغته الأصلية، مع ترجمتنا إن كان بلغة أخرى.",
        "en": "Every fact is dated and attributed to its sources. {n} of the {m} facts quote a "
        "source in its own words; each quote is shown in its own language, with our "
        "translation when it is in another.",
    },
    "promise_quotes": {
        "ar": "كل واقعة مؤرخة ومنسوبة إلى مصادرها. وعدد الوقائع التي تقتبس كلام مصدر بلفظه: {n} "
        "من {m}، ويُعرض كل اقتباس بلغته الأصلية؛ وعدد الاقتباسات التي لها ترجمة منا إلى "
        "اللغة الأخرى: {translated} من {quotes}.",
        "en": "Every fact is dated and attributed to its sources. {n} of the {m} facts quote a "
        "source in its own words; each quote is shown in its own language, and {translated} of "
        "the {quotes} quotes have our translation into the other language.",
    },
    "promise_words_all": {
        "ar": "تستند كل واقعة إلى مصدر واحد على الأقل، ويُسجَّل مع كل إفادة ما قاله المصدر نفسه، "
        "بعبارتنا أو باقتباس من كلامه.",
        "en": "Every fact cites at least one source, and each citation records what that source "
        "itself said, in our words or as a quote.",
    },
    "promise_words": {
        "ar": "تستند كل واقعة إلى مصدر واحد على الأقل. وعدد الإفادات التي تسجّل ما قاله المصدر "
        "نفسه، بعبارتنا أو باقتباس من كلامه: {n} من {m}؛ أما سائرها فتنسب إلى المصدر الواقعة "
        "كما هي مذكورة.",
        "en": "Every fact cites at least one source. {n} of the {m} citations also record what "
        "that source itself said, in our words or as a quote; the others cite the source for "
        "the fact as it is stated.",
    },
    "promise_agreement": {
        "ar": "وإذا تعذّر أن تصدق أرقام المصادر كلها معًا عُرض كل رقم إلى جانب مصدره ووُسمت "
        "الواقعة بعبارة «{disputed}». وإذا أمكن أن تصدق معًا واختلفت في دقتها فحسب ذُكر أن "
        "المصادر متفقة وعُرض رقم كل مصدر كما أورده. والمصدر الذي لا يذكر رقمًا يُعرض كلامه، "
        "ولا يوضع بجانبه رقم أبدًا. ويوسم الرقم الوارد في مصدر واحد بعبارة «{per_source}».",
        "en": "When the sources' figures cannot all be true, each figure is shown beside its "
        "source and the fact is marked “{disputed}”. When they can all be true but differ in "
        "precision, the fact says the sources agree and shows each figure as its source gave "
        "it. A source that gives no figure is shown with its words, never beside a number. A "
        "figure from a single source is marked “{per_source}”.",
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
        "ar": "كل رقم كما أورده مصدره، على مقياس واحد. ويتضمن الجدول أعلاه الأرقام نفسها.",
        "en": "Each figure as its source gave it, on one scale. The table above has the same "
        "figures.",
    },  # locator map (home and parties pages, PDF)
    "map_heading": {"ar": "الخريطة", "en": "Map"},
    "map_title": {
        "ar": "خريطة المنطقة: جنوب القوقاز وما حوله",
        "en": "Map of the region: the South Caucasus and around it",
    },
    "map_countries": {
        "ar": "حدود الدول كما ترسمها بيانات ناتشورال إيرث.",
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
    "pdf_address": {"ar": "الموقع", "en": "Website"},
    "pdf_link": {
        "ar": "صحيفة الوقائع في صفحة واحدة (PDF)",
        "en": "The fact sheet on one page (PDF)",
    },
    "pdf_description": {
        "ar": "الأرقام الرئيسية وموجز الصفحات والمصادر في ورقة A4 للطباعة.",
        "en": "The key figures, the pages in brief and the sources on an A4 sheet to print.",
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
    "social-media": {"ar": "منشور على وسائل التواصل الاجتماعي", "en": "social media post"},
    "state": {"ar": "دولة", "en": "state"},
    "person": {"ar": "شخص", "en": "person"},
    "place": {"ar": "مكان", "en": "place"},
    "organisation": {"ar": "منظمة", "en": "organisation"},
    "event": {"ar": "حدث", "en": "event"},
    "document": {"ar": "وثيقة", "en": "document"},
    "territory": {"ar": "إقليم", "en": "territory"},
}

# The languages the sources are in, reviewed; any other code a source may carry (the schema
# takes any ISO 639 code) is named by CLDR's own tables (:func:`cldr_language_name`), which
# name every ISO 639-1 language in both of the site's languages.
LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "ar": {"ar": "العربية", "en": "Arabic"},
    "en": {"ar": "الإنجليزية", "en": "English"},
    "ru": {"ar": "الروسية", "en": "Russian"},
    "hy": {"ar": "الأرمنية", "en": "Armenian"},
    "az": {"ar": "الأذربيجانية", "en": "Azerbaijani"},
    "fr": {"ar": "الفرنسية", "en": "French"},
    "tr": {"ar": "التركية", "en": "Turkish"},
    "de": {"ar": "الألمانية", "en": "German"},
    "es": {"ar": "الإسبانية", "en": "Spanish"},
    "it": {"ar": "الإيطالية", "en": "Italian"},
    "fa": {"ar": "الفارسية", "en": "Persian"},
    "ka": {"ar": "الجورجية", "en": "Georgian"},
    "uk": {"ar": "الأوكرانية", "en": "Ukrainian"},
}


def kind_name(kind: str, lang: str) -> str:
    return KINDS.get(kind, {}).get(lang, kind)


def language_name(code: str, lang: str) -> str:
    """The name of the language ``code`` in ``lang``: ours, else CLDR's, else the code (a
    code CLDR does not know, which no ISO 639-1 code is)."""
    known = LANGUAGE_NAMES.get(code, {}).get(lang)
    return known or cldr_language_name(code, lang) or code


def in_language_name(code: str, lang: str) -> str:
    """ "In Arabic" as a phrase: «بالعربية», «بالروسية»; "in Arabic", "in Russian"."""
    name = language_name(code, lang)
    if lang != "ar":
        return f"in {name}"
    return f"ب{name}" if name.startswith("ال") else f"باللغة {name}"
