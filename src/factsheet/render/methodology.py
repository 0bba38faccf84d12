"""The methodology page: what a fact is, how it is checked, and how to propose a change.

The example of a validation message is real: the project's first fact, with its as_of written
the wrong way (:func:`factsheet.pipeline.example_yaml`), is run through the validator and its
text report is embedded (:func:`factsheet.pipeline.example_report`). If the validator's wording
changes, this page changes with it.
"""

from __future__ import annotations

import re

from factsheet.pipeline import example_report, example_yaml
from factsheet.render.markup import heading, md_inline, md_text
from factsheet.render.page import Page, RenderContext
from factsheet.render.promises import citations_sentence, tally, undated_sentence


def fence(text: str, info: str = "") -> str:
    """A fenced code block longer than any backtick run inside ``text``."""
    longest = max((len(run) for run in re.findall("`+", text)), default=0)
    ticks = "`" * max(3, longest + 3)
    return f"{ticks}{info}\n{text}\n{ticks}"


# Paragraphs computed from the data when the page is rendered (factsheet.render.promises).
CITATIONS = "@citations"
UNDATED = "@undated"

# The page's words. ``{disputed}`` and the other names in braces are filled with the
# catalogue's labels (:func:`paragraphs`), so the page quotes exactly what the fact pages show.

TEXT = {
    "en": [
        (
            "what-is-a-fact",
            "What a fact is",
            [
                "A fact is one dated statement with a typed value (a figure with its unit, a date, "
                "a name or a text), written in Arabic and English. It has a permanent identifier, "
                "used as its anchor on the site, and the date it refers to (as of).",
                CITATIONS,
            ],
        ),
        (
            "sources-and-quotes",
            "How sources and quotes are checked",
            [
                "Each source records its publisher, title, language, publication date, link and "
                "retrieval date when known.",
                UNDATED,
                "When a copy of the source is stored with the project, "
                "every quote taken from it is compared with the stored text (ignoring diacritics, "
                "letter forms of alef, ya and ta marbuta, and punctuation). A quote that is "
                "found is shown as “{quote_checked}”; a quote from a source that is not stored "
                "is shown as “{quote_unchecked}”, never as verified.",
                "Quotes are shown in the source's own language. Translations are ours and are "
                "marked as translations.",
            ],
        ),
        (
            "propose-a-change",
            "How to propose a change",
            [
                "Facts live in YAML files under the facts folder of the repository. Edit a file "
                "(each fact has an edit link when the site is configured with a repository) and "
                "open a pull request. The validator runs on every pull request and reports every "
                "problem at once, with the file, the line, the column and a hint. For example, "
                "this fact file has a date written the wrong way:",
            ],
        ),
    ],
    "ar": [
        (
            "what-is-a-fact",
            "تعريف الواقعة",
            [
                "الواقعة معلومة واحدة مؤرخة لها قيمة من نوع محدد (رقم بوحدته، أو تاريخ، أو اسم، "
                "أو نص)، مكتوبة بالعربية والإنجليزية. ولكل واقعة معرّف دائم يُستخدم رابطًا ثابتًا "
                "إليها في الموقع، وتاريخ تصح فيه المعلومة (تاريخ المعلومة).",
                CITATIONS,
            ],
        ),
        (
            "sources-and-quotes",
            "كيف تُفحص المصادر والاقتباسات",
            [
                "يُسجَّل لكل مصدر ناشره وعنوانه ولغته وتاريخ نشره ورابطه وتاريخ الاطلاع عليه إن عُرف.",
                UNDATED,
                "وإذا حُفظت نسخة من المصدر مع المشروع، قورن كل اقتباس منه بالنص المحفوظ (مع "
                "تجاهل التشكيل وصور الألف والياء والتاء المربوطة وعلامات الترقيم). ويوصف الاقتباس "
                "الذي يُعثر عليه في النسخة المحفوظة بأنه «{quote_checked}»، أما الاقتباس المأخوذ "
                "من مصدر لا نحتفظ بنسخة منه فيوصف بأنه «{quote_unchecked}»، ولا يوصف أبدًا بأنه "
                "مُتحقَّق منه.",
                "تُعرض الاقتباسات بلغة مصدرها، والترجمات من عملنا، ويُشار إلى كل منها بأنها ترجمة.",
            ],
        ),
        (
            "propose-a-change",
            "كيف تقترح تعديلًا",
            [
                "الوقائع محفوظة في ملفات YAML في مجلد facts من المستودع. عدّل الملف (لكل واقعة "
                "رابط تعديل إذا رُبط الموقع بمستودع) ثم افتح طلب دمج (pull request). يعمل المدقق "
                "على كل طلب دمج ويعرض كل المشكلات دفعة واحدة، مع اسم الملف ورقم السطر والعمود "
                "واقتراح للإصلاح. مثلًا، في ملف الوقائع هذا تاريخ مكتوب بصيغة خاطئة:",
            ],
        ),
    ],
}

# The labels TEXT quotes, as the fact and source pages write them.
QUOTED_LABELS = ("disputed", "per_source", "quote_checked", "quote_unchecked")

AFTER_EXAMPLE = {
    "en": "The validator's answer, produced by the real validator when this page was built:",
    "ar": "وهذا ما أخرجه المدقق فعلًا عند بناء هذه الصفحة (رسائله بالإنجليزية):",
}


def paragraph_md(ctx: RenderContext, text: str) -> str:
    """One paragraph of :data:`TEXT` with the labels it quotes filled in, as Markdown."""
    labels = {key: ctx.t(key) for key in QUOTED_LABELS}
    return md_inline(text.format(**labels), ctx.lang)


def render(ctx: RenderContext) -> Page:
    blocks = [
        heading(1, md_text(ctx.t("methodology_title"))),
        md_text(ctx.t("methodology_summary")),
    ]
    counts = tally(ctx.project)
    computed = {
        CITATIONS: f"{citations_sentence(counts, ctx.lang)} {ctx.t('promise_agreement')}",
        UNDATED: undated_sentence(counts, ctx.lang),
    }
    for anchor, title, paragraphs in TEXT[ctx.lang]:
        blocks.append(heading(2, md_text(title), anchor))
        blocks.extend(paragraph_md(ctx, computed.get(p, p)) for p in paragraphs)
    example = example_yaml(ctx.project)
    if example is not None:
        file, text = example
        # Code is shown verbatim (translate="no"); the validator's messages are in English.
        blocks.append(fence(text.rstrip("\n"), '{ .yaml translate="no" }'))
        blocks.append(md_text(AFTER_EXAMPLE[ctx.lang]))
        report = example_report(file, text, ctx.today)
        blocks.append(fence(report, '{ .text lang="en" translate="no" }'))
    return Page(
        path="methodology.md",
        title=ctx.t("methodology_title"),
        description=ctx.t("methodology_summary"),
        markdown="\n\n".join(blocks) + "\n",
        search_extra="",
        jsonld=[],
    )
