"""A fact's citations as a numbered list: source, date, locator, quote, translation, status.

Each claim is one numbered note under its fact (not a page-bottom footnote), so a reader sees
the source next to the figure it supports. The quote is shown in the source's own words and
language; our translation follows, marked as a translation, never as the source's words.

Whether a quote was checked comes from :meth:`~factsheet.project.Project.quote_status`, which
finds quotes with the same matching (:mod:`factsheet.seeds`) as the quotes check, so the site
and the validator never disagree.
"""

from __future__ import annotations

from factsheet.model.records import Claim, Fact, Source
from factsheet.render.i18n import format_date, in_language_name, t
from factsheet.render.markup import (
    direction,
    isolate,
    lang_code,
    md_inline,
    md_link,
    md_text,
    md_text_keep_space,
    print_address,
    safe_url,
)
from factsheet.render.page import RenderContext


def quote_checked(ctx: RenderContext, claim: Claim) -> bool:
    """True when the claim's quote was found in the stored copy of its source (in the
    paragraph its locator names): :meth:`~factsheet.project.Project.quote_verified`.
    A quote from a source with no stored copy is never called checked. Asked once per claim
    and language (:attr:`RenderContext.quote_checks`)."""
    known = ctx.quote_checks.get(id(claim))
    if known is None:
        known = ctx.quote_checks[id(claim)] = (
            claim,
            ctx.project.quote_verified(claim),
        )
    return known[1]


def claim_date(claim: Claim, source: Source | None) -> str | None:
    """When the source said it: ``stated_on``, else the source's publication date."""
    return claim.stated_on or (source.published if source else None)


def publisher_missing(source: Source, lang: str) -> str:
    """Plain words for a source whose publisher is not recorded: they say so, and say where
    we looked when a copy is stored, so they never read like an outlet's name."""
    key = "publisher_not_in_copy" if source.stored else "publisher_not_recorded"
    return t(key, lang)


def publisher_name(source: Source | None, source_id: str, lang: str) -> str:
    """Plain text naming a source: its publisher, else its title (for charts and lists)."""
    if source is None:
        return source_id
    return (source.publisher or source.title).get(lang)


def source_name_md(source: Source | None, source_id: str, lang: str) -> str:
    """The publisher and title of a source, linked to its entry on the sources page.

    With no publisher recorded, the title carries the link and a bracketed note says the
    publisher is not recorded, in the running text's own style, not as a name."""
    if source is None:
        return md_text(source_id)
    title = md_inline(source.title.get(lang), lang)
    href = f"sources.md#{source.id}"
    if source.publisher is None:
        link = md_link(title, href) + print_address_attr(source)
        return f"*{link}* \\({md_text(publisher_missing(source, lang))}\\)"
    name = md_inline(source.publisher.get(lang), lang)
    sep = md_text_keep_space(t("sep", lang))
    return f"{md_link(name, href)}{print_address_attr(source)}{sep}*{title}*"


def print_address_attr(source: Source) -> str:
    """``attr_list`` giving a link to a source the source's own address, which the print
    stylesheet prints after the link (the link itself leads to the sources page)."""
    address = print_address(source.url)
    return f'{{: data-url="{address}" }}' if address else ""


def source_name(ctx: RenderContext, source_id: str) -> str:
    """:func:`source_name_md` of the source ``source_id``, worked out once per source and
    language (:attr:`RenderContext.source_names`)."""
    name = ctx.source_names.get(source_id)
    if name is None:
        source = ctx.project.sources.get(source_id)
        name = ctx.source_names[source_id] = source_name_md(source, source_id, ctx.lang)
    return name


def citation_md(ctx: RenderContext, claim: Claim) -> list[str]:
    """One note as paragraphs: source, date, locator, speaker and what was stated; then the
    quote with its status, then our translation. The quote has a paragraph of its own so a
    right-to-left quote does not wrap in the middle of a left-to-right sentence."""
    project, lang = ctx.project, ctx.lang
    source = project.sources.get(claim.source)
    parts = [source_name(ctx, claim.source)]
    when = claim_date(claim, source)
    if when:
        parts.append(isolate(md_text(format_date(when, None, lang)), lang))
    if claim.locator and claim.locator.paragraph is not None:
        parts.append(md_text(t("paragraph", lang).format(n=claim.locator.paragraph)))
    if claim.locator and claim.locator.section is not None:
        parts.append(md_inline(claim.locator.section.get(lang), lang))
    line = md_text_keep_space(t("sep", lang)).join(parts) + "\\."
    if claim.speaker:
        speaker = project.entities.get(claim.speaker)
        name = speaker.label.get(lang) if speaker else claim.speaker
        line += f" {md_text(t('speaker', lang))}: {md_inline(name, lang)}\\."
    if claim.stated:
        line += f" {md_inline(claim.stated.get(lang), lang)}"
    return [line, *quote_md(ctx, claim)]


# Quotation marks of each script, written by us around the quote (not by CSS ``q`` quotes,
# which follow the page's language). The marks are typed in logical order; in a right-to-left
# paragraph the browser mirrors « » so they point outwards, as Arabic print has them.
QUOTE_MARKS = {"ar": ("«", "»"), "en": ("“", "”")}


def quote_block(text: str, quote_lang: str) -> str:
    """The quote as a block quote in its own language and direction.

    ``lang`` and ``dir`` go on the paragraph through ``attr_list`` (``{: lang="ar"
    dir="rtl"}``) written by this template from the language code the schema validated, never
    from fact text (in which ``{`` is escaped); the quote has a paragraph of its own, so its
    marks and punctuation stay on the right sides whatever the page's direction.
    """
    opening, closing = QUOTE_MARKS.get(quote_lang, ("“", "”"))
    body = md_inline(text, quote_lang)
    attrs = f'lang="{lang_code(quote_lang)}" dir="{direction(quote_lang)}"'
    return f"> {opening}{body}{closing}\n> {{: {attrs} }}"


def quote_md(ctx: RenderContext, claim: Claim) -> list[str]:
    """The quote in its own language with its status, and its translation into the page's."""
    lang = ctx.lang
    quote = claim.quote
    if quote is None:
        return []
    label = t("quote_original", lang).format(language=in_language_name(quote.lang, lang))
    status = "quote_checked" if quote_checked(ctx, claim) else "quote_unchecked"
    paragraphs = [
        f"{md_text(label)} — *{md_text(t(status, lang))}*:",
        quote_block(quote.text, quote.lang),
    ]
    translation = quote.translations.get(lang) if quote.lang != lang else None
    if translation:
        paragraphs.append(f"{md_text(t('translation', lang))}: {md_inline(translation, lang)}")
    return paragraphs


def citations_md(ctx: RenderContext, fact: Fact) -> str:
    """The numbered notes of a fact, as a Markdown ordered list; a note's later blocks are
    indented four spaces so they stay inside its list item."""
    items, loose = [], False
    for i, claim in enumerate(fact.claims, 1):
        first, *rest = citation_md(ctx, claim)
        loose = loose or bool(rest)
        items.append("".join([f"{i}. {first}", *(f"\n\n{indent(para)}" for para in rest)]))
    # A list with several paragraphs in an item is a loose list: blank lines between items.
    return ("\n\n" if loose else "\n").join(items)


def indent(block: str) -> str:
    """Every line of a Markdown block indented four spaces, to stay inside a list item."""
    return "\n".join(f"    {line}" for line in block.split("\n"))


def source_url(source: Source) -> str | None:
    return safe_url(source.url)
