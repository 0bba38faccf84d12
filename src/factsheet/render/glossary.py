"""The glossary: every entity's name in both languages, its spellings, and where it appears.

Entities are sorted by their label in the page's language. Each spelling variant lists the
sources where it was found; each entity lists the facts that name it (as subject, as value or
as speaker) and the sources that credit it.
"""

from __future__ import annotations

from factsheet.model.records import Entity, EntityValue, Fact, Variant
from factsheet.render.citations import publisher_name
from factsheet.render.i18n import format_date, in_language_name, join_and, kind_name
from factsheet.render.markup import (
    heading,
    in_language,
    isolate,
    md_format,
    md_inline,
    md_link,
    md_text,
    md_text_keep_space,
)
from factsheet.render.page import Page, RenderContext, fact_href, search_extra
from factsheet.render.promises import spellings_sentence, tally


def mentions(ctx: RenderContext) -> dict[str, list[Fact]]:
    """Entity id -> the facts whose subject, value or a claim's speaker it is, in page order.
    One pass over the facts for the whole page (scanning every fact for every entity was
    quadratic)."""
    index: dict[str, list[Fact]] = {}
    for fact in ctx.page_order:
        named = [fact.subject] if fact.subject is not None else []
        if isinstance(fact.value, EntityValue):
            named.append(fact.value.entity)
        named += [c.speaker for c in fact.claims if c.speaker is not None]
        for entity_id in dict.fromkeys(named):
            index.setdefault(entity_id, []).append(fact)
    return index


def sep(ctx: RenderContext) -> str:
    """The list separator of the page's language (Arabic uses "،")."""
    return md_text_keep_space(ctx.t("sep"))


def source_link(ctx: RenderContext, source_id: str) -> str:
    source = ctx.project.sources.get(source_id)
    name = publisher_name(source, source_id, ctx.lang)
    link = md_link(md_inline(name, ctx.lang), f"sources.md#{source_id}")
    # With no publisher recorded the source is named by its title, set in italics as titles are.
    return f"*{link}*" if source is not None and source.publisher is None else link


def variant_md(ctx: RenderContext, variant: Variant) -> str:
    lang = ctx.lang
    text = md_inline(variant.text, variant.lang)
    language = md_text(in_language_name(variant.lang, lang))
    line = f"- {in_language(text, variant.lang)} ({language})"
    if variant.sources:
        found = sep(ctx).join(source_link(ctx, s) for s in variant.sources)
        line += f" — {md_text(ctx.t('found_in'))} {found}"
    if variant.note:
        line += f" — {md_inline(ctx.text(variant.note), lang)}"
    return line


def roles_md(ctx: RenderContext, entity: Entity) -> str:
    """Each role: its title (with what it is of, unless the title already names it), then
    its date and sources: ``رئيس أذربيجان (في 31 أكتوبر 2022، بحسب أ وب)``."""
    lines = []
    for role in entity.roles:
        of = ctx.project.entities.get(role.of) if role.of else None
        title = ctx.text(role.title)
        if of is not None and ctx.text(of.label) not in title:
            title += f" — {ctx.text(of.label)}"
        when = isolate(md_text(format_date(role.as_of, None, ctx.lang)), ctx.lang)
        sources = join_and([source_link(ctx, s) for s in role.sources], ctx.lang)
        clause = md_format(ctx.t("role_when"), date=when, sources=sources)
        lines.append(f"- {md_inline(title, ctx.lang)} ({clause})")
    return "\n".join(lines)


def entity_md(ctx: RenderContext, entity: Entity, facts: list[Fact]) -> str:
    lang = ctx.lang
    other = "en" if lang == "ar" else "ar"
    blocks = [
        heading(2, md_text(entity.label.get(lang)), entity.id),
        f"{md_text(kind_name(entity.kind, lang))} · {md_text(ctx.t('other_language'))}: "
        + in_language(md_inline(entity.label.get(other), other), other),
    ]
    if entity.description:
        blocks.append(md_inline(ctx.text(entity.description), lang))
    if entity.variants:
        variants = "\n".join(variant_md(ctx, v) for v in entity.variants)
        blocks.append(f"**{md_text(ctx.t('variants'))}**\n\n{variants}")
    if entity.roles:
        blocks.append(f"**{md_text(ctx.t('roles'))}**\n\n{roles_md(ctx, entity)}")
    if facts:
        links = " · ".join(md_link(md_inline(ctx.text(f.label), lang), fact_href(f)) for f in facts)
        blocks.append(f"**{md_text(ctx.t('mentioned_in'))}**: {links}")
    if entity.wikidata:
        # The pattern Q[1-9][0-9]* is enforced by the model, so the URL is ours.
        url = f"https://www.wikidata.org/wiki/{entity.wikidata}"
        blocks.append(f"{md_text(ctx.t('wikidata'))}: {md_link(md_text(entity.wikidata), url)}")
    return "\n\n".join(blocks)


def render(ctx: RenderContext) -> Page:
    lang = ctx.lang
    entities = sorted(ctx.project.entities.values(), key=lambda e: (e.label.get(lang), e.id))
    summary = f"{ctx.t('glossary_summary')} {spellings_sentence(tally(ctx.project), lang)}"
    blocks = [heading(1, md_text(ctx.t("glossary_title"))), md_text(summary)]
    named = mentions(ctx)
    blocks += [entity_md(ctx, e, named.get(e.id, [])) for e in entities]
    texts = []
    for entity in entities:
        texts += [entity.label.ar, entity.label.en, *(v.text for v in entity.variants)]
    return Page(
        path="glossary.md",
        title=ctx.t("glossary_title"),
        description=ctx.t("glossary_summary"),
        markdown="\n\n".join(blocks) + "\n",
        search_extra=search_extra(lang, texts, ctx.search_terms),
        jsonld=[],
    )
