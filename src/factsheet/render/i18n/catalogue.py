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
        "en": "{state} is invalid ({n} errors); showing what could be read:",
    },
    "diff_counts": {
        "ar": "وقائع: {added} مضافة، {changed} معدلة، {removed} محذوفة، {renamed} معاد تسميتها."
        " للمراجعة: {review}.",
        "en": "Facts: {added} added, {changed} changed, {removed} removed, {renamed} renamed. "
        "To review: {review}.",
    },
    "diff_working_tree": {"ar": "شجرة العمل", "en": "the working tree"},
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
