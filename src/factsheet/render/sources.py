"""The sources page: every source with what is known about it and every fact citing it.

A link is made only from the source's validated ``url`` field (and only for http(s)). The page
says plainly when a retrieval date was not recorded, whether a copy is stored in ``seeds/``,
and how many of the quotes taken from it were found in that stored copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factsheet.model.records import Claim, Fact, Source
from factsheet.render.citations import quote_checked, source_url
from factsheet.render.i18n import (
    count_phrase,
    format_date,
    format_number,
    join_and,
    kind_name,
    language_name,
)
from factsheet.render.markup import (
    heading,
    isolate,
    md_format,
    md_inline,
    md_link,
    md_text,
    url_link,
)
from factsheet.render.page import Page, RenderContext, fact_href, search_extra


@dataclass
class Citing:
    """What cites one source: the facts with a claim citing it and the claims quoting it,
    both in page order."""

    facts: list[Fact] = field(default_factory=list)
    quoted: list[Claim] = field(default_factory=list)


def citing(ctx: RenderContext) -> dict[str, Citing]:
    """Source id -> what cites it. One pass over the facts for the whole page (scanning every
    fact for every source was quadratic, then every citing fact's claims again per source)."""
    index: dict[str, Citing] = {}
    for fact in ctx.page_order:
        for claim in fact.claims:
            entry = index.get(claim.source)
            if entry is None:
                entry = index[claim.source] = Citing()
            if not entry.facts or entry.facts[-1] is not fact:
                entry.facts.append(fact)
            if claim.quote:
                entry.quoted.append(claim)
    return index


def quotes_line(ctx: RenderContext, claims: list[Claim], stored: bool) -> str:
    """How many of the quotes taken from a source were found in its stored copy; with no
    stored copy, how many quotes there are and that none could be checked."""
    lang = ctx.lang
    if not claims:
        return md_text(ctx.t("quotes_none"))
    if not stored:
        quotes = isolate(md_text(count_phrase("quote", len(claims), lang)), lang)
        return md_format(ctx.t("quotes_no_copy"), quotes=quotes)
    found = sum(quote_checked(ctx, c) for c in claims)
    checked = isolate(md_text(format_number(found, lang)), lang)
    quotes = isolate(md_text(count_phrase("quote", len(claims), lang, "obl")), lang)
    return md_format(ctx.t("quotes_count"), checked=checked, quotes=quotes)


def field_lines(ctx: RenderContext, source: Source, cited: Citing) -> list[tuple[str, str]]:
    lang = ctx.lang

    def date_md(text: str | None) -> str:
        if not text:
            return md_text(ctx.t("not_recorded"))
        return isolate(md_text(format_date(text, None, lang)), lang)

    url = source_url(source)
    stored = source.stored is not None and ctx.project.seed_text(source.stored) is not None
    lines = [
        ("publisher", publisher_md(ctx, source)),
        ("kind", md_text(kind_name(source.kind, lang))),
        ("language", md_text(language_name(source.language, lang))),
        ("published", date_md(source.published)),
        ("retrieved", date_md(source.retrieved)),
        ("link", url_link(url) if url else md_text(ctx.t("not_recorded"))),
        ("stored_copy", md_text(ctx.t("yes") if stored else ctx.t("no"))),
        ("quotes_checked", quotes_line(ctx, cited.quoted, stored)),
    ]
    if source.reference:
        lines.insert(0, ("reference", md_inline(source.reference, lang)))
    if source.credits:
        names = [entity_name(ctx, e) for e in source.credits]
        lines.append(("credits", join_and(names, lang)))
    if source.note:
        lines.append(("note", md_inline(ctx.text(source.note), lang)))
    return lines


def publisher_md(ctx: RenderContext, source: Source) -> str:
    if source.publisher is None:
        # After the "Publisher" label: "not named in the stored copy", not "publisher ...".
        key = "not_named_in_copy" if source.stored else "not_recorded"
        return f"*{md_text(ctx.t(key))}*"
    return md_inline(ctx.text(source.publisher), ctx.lang)


def entity_name(ctx: RenderContext, entity_id: str) -> str:
    entity = ctx.project.entities.get(entity_id)
    label = ctx.text(entity.label) if entity else entity_id
    return md_link(md_inline(label, ctx.lang), f"glossary.md#{entity_id}")


def source_md(ctx: RenderContext, source: Source, cited: Citing) -> str:
    fields = "\n".join(
        f"- **{md_text(ctx.t(key))}**: {value}" for key, value in field_lines(ctx, source, cited)
    )
    blocks = [heading(2, md_text(ctx.text(source.title)), source.id), fields]
    facts = cited.facts
    if facts:
        links = "\n".join(
            f"- {md_link(md_inline(ctx.text(f.label), ctx.lang), fact_href(f))}" for f in facts
        )
        blocks.append(f"**{md_text(ctx.t('cited_by'))}**\n\n{links}")
    return "\n\n".join(blocks)


def render(ctx: RenderContext) -> Page:
    sources = list(ctx.project.sources.values())
    blocks = [heading(1, md_text(ctx.t("sources_title"))), md_text(ctx.t("sources_summary"))]
    index = citing(ctx)
    blocks += [source_md(ctx, s, index.get(s.id) or Citing()) for s in sources]
    texts = [f"{ctx.text(s.title)} {ctx.text(s.publisher) if s.publisher else ''}" for s in sources]
    return Page(
        path="sources.md",
        title=ctx.t("sources_title"),
        description=ctx.t("sources_summary"),
        markdown="\n\n".join(blocks) + "\n",
        search_extra=search_extra(ctx.lang, texts, ctx.search_terms),
        jsonld=[],
    )
