"""A topic page: its summary, then its facts grouped under the topic's sections.

Facts without a section come first, then each section in the order the topic lists them.
A section that declares ``chart: figures`` also gets the side-by-side table and chart of every
figure its facts' sources gave (:mod:`factsheet.render.figures_chart`). A topic that declares
``map: true`` shows the locator map (:mod:`factsheet.render.map`) after its summary.
"""

from __future__ import annotations

from collections.abc import Container
from typing import Any

from factsheet.model.records import Fact, Topic
from factsheet.render.citations import source_url
from factsheet.render.facts import fact_md
from factsheet.render.figures_chart import figures_md
from factsheet.render.map import map_md
from factsheet.render.markup import heading, md_inline, md_text
from factsheet.render.page import Page, RenderContext, fact_texts, search_extra

__all__ = ["Topic", "render"]


def group_by_section(topic: Topic, facts: list[Fact]) -> list[tuple[str | None, list[Fact]]]:
    """``[(None, facts without section), (section id, facts), ...]`` in page order; a section
    with no facts is left out (its heading would be empty)."""
    order: list[str | None] = [None, *(s.id for s in topic.sections)]
    groups: dict[str | None, list[Fact]] = {key: [] for key in order}
    for fact in facts:
        groups.setdefault(fact.section, []).append(fact)
    return [(key, items) for key, items in groups.items() if items]


def section_anchor(section_id: str, fact_ids: Container[str]) -> str:
    """The section's id as anchor, unless a fact already uses it as its own anchor."""
    return f"section-{section_id}" if section_id in fact_ids else section_id


def render(ctx: RenderContext, topic: Topic) -> Page:
    lang = ctx.lang
    facts = ctx.facts_by_topic.get(topic.id, [])
    titles = {s.id: s.title for s in topic.sections}
    charts = {s.id: s.chart for s in topic.sections}
    blocks = [
        heading(1, md_text(ctx.text(topic.title))),
        md_inline(ctx.text(topic.summary), lang),
    ]
    if topic.map:
        blocks.append(map_md(ctx.project, lang))
    for section_id, items in group_by_section(topic, facts):
        if section_id is not None:
            title = titles.get(section_id)
            label = ctx.text(title) if title else section_id
            blocks.append(heading(2, md_text(label), section_anchor(section_id, ctx.project.facts)))
        if section_id is not None and charts.get(section_id) == "figures":
            blocks.append(figures_md(ctx, items))
        # Facts before the first section sit directly under the page title: h2, not h3, so
        # that no heading level is skipped (WCAG 1.3.1; Lighthouse's "heading-order").
        level = 2 if section_id is None else 3
        blocks.extend(fact_md(ctx, fact, level) for fact in items)
    texts = [ctx.text(topic.title), ctx.text(topic.summary)]
    for fact in facts:
        texts.extend(fact_texts(fact, lang))
    return Page(
        path=f"{topic.id}.md",
        title=ctx.text(topic.title),
        description=ctx.text(topic.summary),
        markdown="\n\n".join(b for b in blocks if b) + "\n",
        search_extra=search_extra(lang, texts, ctx.search_terms),
        jsonld=[article_jsonld(ctx, topic, facts)],
    )


def article_jsonld(ctx: RenderContext, topic: Topic, facts: list[Fact]) -> dict[str, Any]:
    """A small schema.org ``Article``: the page, its language, and the works it cites."""
    cited: dict[str, dict[str, Any]] = {}
    for fact in facts:
        for claim in fact.claims:
            source = ctx.project.sources.get(claim.source)
            if source is None or source.id in cited:
                continue
            work: dict[str, Any] = {
                "@type": "CreativeWork",
                "name": ctx.text(source.title),
                "inLanguage": source.language,
            }
            if source.publisher is not None:
                work["publisher"] = {"@type": "Organization", "name": ctx.text(source.publisher)}
            if source.published:
                work["datePublished"] = source.published
            url = source_url(source)
            if url:
                work["url"] = url
            cited[source.id] = work
    dates = [f.as_of for f in facts]
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": ctx.text(topic.title),
        "description": ctx.text(topic.summary),
        "inLanguage": ctx.lang,
        "citation": list(cited.values()),
    }
    if dates:
        data["temporalCoverage"] = f"{min(dates)}/{max(dates)}"
    return data
