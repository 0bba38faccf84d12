"""The home page: what the site is, the key figures as cards, a dated-facts notice, the locator
map (:mod:`factsheet.render.map`) and the list of pages.

The notice names the latest date of any source (publication, retrieval or a claim's own date)
and the day the site last changed (the commit's date, never the clock: see
``pipeline.content_date``), so a reader can tell at a glance how old the newest information is.
"""

from __future__ import annotations

from typing import Any

from factsheet.exports import pdf_name
from factsheet.model.records import DateValue, Fact
from factsheet.project import Project
from factsheet.render.facts import agreement, figure_claims, value_md
from factsheet.render.i18n import count_phrase, format_date, t
from factsheet.render.map import map_md, wants_map
from factsheet.render.markup import heading, isolate, md_format, md_inline, md_link, md_text
from factsheet.render.page import (
    Page,
    RenderContext,
    fact_href,
    fact_texts,
    search_extra,
)
from factsheet.render.promises import quotes_sentence, tally


def latest_source_date(project: Project) -> str | None:
    """The latest date any source gives: published, retrieved, or a claim's ``stated_on``.

    Dates of different precision compare as text (``2023`` < ``2023-01``), which is what we
    want: a full date within a year is later information than the bare year.
    """
    dates = [d for s in project.sources.values() for d in (s.published, s.retrieved) if d]
    dates += [c.stated_on for f in project.facts.values() for c in f.claims if c.stated_on]
    return max(dates) if dates else None


def key_facts(ctx: RenderContext) -> list[Fact]:
    return [fact for fact in ctx.page_order if fact.key]


def card_md(ctx: RenderContext, fact: Fact) -> str:
    """One key figure as a card: the big value, its label linked to the fact, its date.

    A Markdown list item with a class (``attr_list``) and spans of our own, laid out as a grid
    of cards by our CSS (``ul:has(> li.fs-card)``). Material's grid cards would need
    ``md_in_html``, which would also let fact text open HTML blocks; raw HTML would need us to
    write final URLs by hand, while a Markdown link is resolved and checked by MkDocs. Every
    piece of fact text is escaped Markdown; the spans and the class are fixed strings.
    """
    lang = ctx.lang
    value = value_md(ctx.project, fact.value, lang) or md_inline(fact.statement.get(lang), lang)
    link = md_link(md_inline(fact.label.get(lang), lang), fact_href(fact))
    when = isolate(md_text(format_date(fact.as_of, None, lang)), lang)
    scheduled = fact.scheduled and not isinstance(fact.value, DateValue)  # else the value says it
    dated = md_format(ctx.t("scheduled_for_inline" if scheduled else "as_of_inline"), date=when)
    dated += "".join(f" · {md_text(q)}" for q in qualifiers(ctx, fact))
    return (
        f'- <span class="fs-card__value">{value}</span>\n'
        f'  <span class="fs-card__label">{link}</span>\n'
        f'  <span class="fs-card__date">{dated}</span>\n'
        "  {: .fs-card }"
    )


def qualifiers(ctx: RenderContext, fact: Fact) -> list[str]:
    """What the card must say beside the figure, as the fact does: that it is disputed, and
    whose word it is when every source that gives it reports one speaker."""
    found = []
    speakers = {claim.speaker for claim, _value in figure_claims(fact)}
    if len(speakers) == 1 and None not in speakers:
        entity = ctx.project.entities.get(str(next(iter(speakers))))
        if entity is not None:
            found.append(ctx.t("according_to").format(name=entity.label.get(ctx.lang)))
    if agreement(fact) == "disputed":
        found.append(ctx.t("disputed"))
    return found


def notice_md(ctx: RenderContext) -> str:
    """An admonition stating that facts are dated, with the latest source date."""
    lang = ctx.lang
    latest = latest_source_date(ctx.project)
    latest_text = format_date(latest, None, lang) if latest else t("not_recorded", lang)
    today = format_date(ctx.today.isoformat(), "day", lang)
    body = md_text(ctx.t("dated_notice").format(date=latest_text, today=today))
    return f'!!! note "{html_attr_title(ctx.t("dated_notice_title"))}"\n\n    {body}'


def html_attr_title(text: str) -> str:
    """An admonition title is a quoted string of our own words; drop the only breaking char."""
    return text.replace('"', "")


def render(ctx: RenderContext) -> Page:
    lang = ctx.lang
    name, intro = site_texts(ctx)
    promise = quotes_sentence(tally(ctx.project), lang)
    about = f"{md_inline(intro, lang)} {md_text(promise)}".strip()
    blocks = [heading(1, md_text(name)), about, notice_md(ctx)]
    keys = key_facts(ctx)
    if keys:
        blocks.append(heading(2, md_text(ctx.t("key_figures")), "key-figures"))
        cards = "\n".join(card_md(ctx, f) for f in keys)
        blocks.append(cards)
    if ctx.pdf:
        link = md_link(md_inline(ctx.t("pdf_link"), lang), f"downloads/{pdf_name(lang)}")
        blocks.append(f"{link} — {md_inline(ctx.t('pdf_description'), lang)}")
    if wants_map(ctx.project):
        blocks.append(map_md(ctx.project, lang))
    blocks.append(heading(2, md_text(ctx.t("pages")), "pages"))
    blocks.append(pages_list(ctx))
    blocks.append(counts_md(ctx))
    texts = [intro, promise]
    for fact in keys:
        texts.extend(fact_texts(fact, lang))
    return Page(
        path="index.md",
        title=ctx.t("home_title"),
        description=intro,
        markdown="\n\n".join(blocks) + "\n",
        search_extra=search_extra(lang, texts, ctx.search_terms),
        jsonld=[website_jsonld(ctx)],
    )


def counts_md(ctx: RenderContext) -> str:
    """How many facts and sources the site holds, each counted in its grammatical form."""
    lang = ctx.lang
    facts = count_phrase("fact", len(ctx.project.facts), lang)
    sources = count_phrase("source", len(ctx.project.sources), lang, "obl")
    return md_format(
        ctx.t("counts"),
        facts=isolate(md_text(facts), lang),
        sources=isolate(md_text(sources), lang),
    )


def pages_list(ctx: RenderContext) -> str:
    topics = sorted(ctx.project.topics.values(), key=lambda t: t.order)
    lines = []
    for topic in topics:
        link = md_link(md_inline(ctx.text(topic.title), ctx.lang), f"{topic.id}.md")
        lines.append(f"- {link} — {md_inline(ctx.text(topic.summary), ctx.lang)}")
    return "\n".join(lines)


def site_texts(ctx: RenderContext) -> tuple[str, str]:
    """The site's name and description in this language, from the facts' ``site``."""
    site = ctx.project.site
    if site is None:  # reported by the site check; a build never gets here without one
        return "", ""
    return ctx.text(site.name), ctx.text(site.description)


def website_jsonld(ctx: RenderContext) -> dict[str, Any]:
    name, intro = site_texts(ctx)
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": name,
        "description": intro,
        "inLanguage": ctx.lang,
    }
