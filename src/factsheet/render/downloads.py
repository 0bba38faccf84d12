"""The downloads page: links to the exports and a schema.org ``Dataset`` describing them.

The export files are made by :func:`factsheet.exports.build_exports` and published under
``downloads/`` at the root of each language's docs (the same folder name in both), so this page
links to ``downloads/<name>`` relative to itself (``downloads.md`` sits at the root).
"""

from __future__ import annotations

from typing import Any

from factsheet.exports import CSV_NAME, DOWNLOADS_DIR, JSON_NAME, SCHEMA_NAME, pdf_name
from factsheet.languages import LANGUAGE_CODES
from factsheet.render.home import latest_source_date, site_texts
from factsheet.render.markup import heading, md_inline, md_link, md_text
from factsheet.render.page import Page, RenderContext

DESCRIPTIONS: dict[str, dict[str, str]] = {
    JSON_NAME: {
        "en": "Every fact with its claims, sources, entities and topics, as versioned JSON.",
        "ar": "كل الوقائع مع إفادات مصادرها والمصادر والأسماء والموضوعات، بصيغة JSON تحمل رقم "
        "إصدار لبنيتها.",
    },
    CSV_NAME: {
        "en": "One row per fact and claim, UTF-8 with a byte-order mark so spreadsheet "
        "programs open Arabic text intact.",
        "ar": "صف لكل إفادة مصدر في كل واقعة، بترميز UTF-8 مع علامة ترتيب البايت (BOM) لتعرض "
        "برامج الجداول الإلكترونية النص العربي سليمًا.",
    },
    SCHEMA_NAME: {
        "en": "The JSON Schema of the fact files, which text editors use for completion and "
        "checking as you type, and for checking the data.",
        "ar": "مخطط JSON لملفات الوقائع، تستعين به محررات النصوص في الإكمال والتدقيق أثناء "
        "الكتابة، ويُستخدم لفحص البيانات.",
    },
}
FORMATS = {JSON_NAME: "application/json", CSV_NAME: "text/csv", SCHEMA_NAME: "application/json"}


def render(ctx: RenderContext) -> Page:
    lang = ctx.lang
    blocks = [
        heading(1, md_text(ctx.t("downloads_title"))),
        md_inline(ctx.t("downloads_summary"), lang),
    ]
    lines = []
    for name, text in DESCRIPTIONS.items():
        link = md_link(md_inline(name, lang), f"{DOWNLOADS_DIR}/{name}")
        lines.append(f"- {link} — {md_inline(text[lang], lang)}")
    if ctx.pdf:
        lines.insert(0, pdf_link_md(ctx))
    blocks.append("\n".join(lines))
    return Page(
        path="downloads.md",
        title=ctx.t("downloads_title"),
        description=ctx.t("downloads_summary"),
        markdown="\n\n".join(blocks) + "\n",
        search_extra="",
        jsonld=[dataset_jsonld(ctx)],
    )


def pdf_link_md(ctx: RenderContext) -> str:
    """A list item linking to the one-page PDF of this language, with what it holds."""
    lang = ctx.lang
    link = md_link(md_inline(ctx.t("pdf_link"), lang), f"{DOWNLOADS_DIR}/{pdf_name(lang)}")
    return f"- {link} — {md_inline(ctx.t('pdf_description'), lang)}"


def dataset_jsonld(ctx: RenderContext) -> dict[str, Any]:
    """A schema.org ``Dataset`` with one ``DataDownload`` per export (relative URLs)."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": site_texts(ctx)[0],
        "description": ctx.t("downloads_summary"),
        "inLanguage": list(LANGUAGE_CODES),
        "distribution": [
            {
                "@type": "DataDownload",
                "name": name,
                "encodingFormat": FORMATS[name],
                "contentUrl": f"{DOWNLOADS_DIR}/{name}",
            }
            for name in DESCRIPTIONS
        ],
    }
    latest = latest_source_date(ctx.project)
    if latest:
        data["dateModified"] = latest
    return data
