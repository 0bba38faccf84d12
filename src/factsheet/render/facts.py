"""One fact as a Markdown block: anchored heading, date, value, statement, notes, edit link.

The heading carries the fact id as its permanent anchor (``### Label {#fact-id}`` via
``attr_list``), so ``war.md#war-deaths-total`` keeps working whatever the label becomes.
"""

from __future__ import annotations

from typing import Any

from factsheet.model.agreement import claim_figure, fact_agreement, figures_differ
from factsheet.model.records import (
    Claim,
    DateValue,
    EntityValue,
    Fact,
    QuantityValue,
    TextValue,
    Value,
)
from factsheet.project import Project
from factsheet.render.citations import citations_md, claim_date, source_name
from factsheet.render.i18n import count_phrase, format_date, format_period, format_quantity, t
from factsheet.render.markup import (
    heading,
    isolate,
    md_inline,
    md_link,
    md_text,
    nowrap,
    safe_url,
    table,
)
from factsheet.render.page import RenderContext, fact_href


def value_text(project: Project, value: Any, lang: str) -> str | None:
    """A typed value as plain text, or None for a text value (the statement is the value)."""
    if isinstance(value, QuantityValue):
        return format_quantity(value, lang)
    if isinstance(value, DateValue):
        return format_date(value.date, value.effective_precision, lang)
    if isinstance(value, EntityValue):
        entity = project.entities.get(value.entity)
        return entity.label.get(lang) if entity else value.entity
    return None


def value_md(project: Project, value: Any, lang: str) -> str | None:
    """A typed value as Markdown: entities link to the glossary, figures are isolated."""
    text = value_text(project, value, lang)
    if text is None:
        return None
    if isinstance(value, EntityValue):
        return md_link(md_inline(text, lang), f"glossary.md#{value.entity}")
    return isolate(md_text(text), lang)


def agreement(fact: Fact) -> str:
    """``per_source`` (one source gives a figure), ``agree`` (several give the same figure),
    ``precision`` (several agree, with different precision: each figure is shown as its
    source gave it), ``disputed`` (the figures cannot all be true: see
    :mod:`factsheet.model.agreement`) or ``several`` (a text value: several sources, whose words
    are not compared). Sources are counted once however many claims cite them."""
    if isinstance(fact.value, TextValue):
        return "several" if len({c.source for c in fact.claims}) > 1 else "per_source"
    if not figures_differ(fact):  # the common case: every claim gives the fact's figure
        return "agree" if len({c.source for c in fact.claims}) > 1 else "per_source"
    relation = fact_agreement(fact)
    if relation == "conflict":
        return "disputed"
    if len(figure_sources(fact)) <= 1:
        return "per_source"
    return "agree" if relation == "same" else "precision"


def figure_sources(fact: Fact) -> set[str]:
    """The ids of the sources that give the fact a figure."""
    return {claim.source for claim, _value in figure_claims(fact)}


def figure_claims(fact: Fact) -> list[tuple[Claim, Value]]:
    """Each claim that gives a figure, with the figure it gives (words-only claims left out:
    the site shows their words, never a number)."""
    given = ((claim, claim_figure(fact, claim)) for claim in fact.claims)
    return [(claim, value) for claim, value in given if value is not None]


def marker_md(fact: Fact, lang: str) -> str:
    state = agreement(fact)
    if state in ("agree", "precision"):
        return md_text(count_phrase("agreeing-source", len(figure_sources(fact)), lang))
    if state == "several":
        return md_text(count_phrase("source", len({c.source for c in fact.claims}), lang))
    return f"**{md_text(t(state, lang))}**" if state == "disputed" else md_text(t(state, lang))


def meta_line(ctx: RenderContext, fact: Fact) -> str:
    """``As of: 31 October 2022 · Value: about 6,500 people · Single source``."""
    lang = ctx.lang
    # A scheduled event is worded "scheduled for", never as something that happened: its date
    # value, or else its as_of (a date value equal to as_of is shown once).
    dated = isinstance(fact.value, DateValue)
    same_day = isinstance(fact.value, DateValue) and fact.value.date == fact.as_of
    parts = []
    if not (fact.scheduled and same_day):
        when = ctx.t("scheduled_for" if fact.scheduled and not dated else "as_of")
        parts.append(f"**{md_text(when)}**: {isolate(md_text(fdate(fact.as_of, lang)), lang)}")
    if fact.period:
        start = fdate(fact.period.start, lang)
        if fact.period.end:
            span = isolate(md_text(format_period(fact.period.start, fact.period.end, lang)), lang)
        else:
            span = md_text(ctx.t("since").format(date=start))
        parts.append(f"**{md_text(ctx.t('period'))}**: {span}")
    shown = value_md(ctx.project, fact.value, lang)
    if shown:
        label = ctx.t("scheduled_for" if fact.scheduled and dated else "value")
        parts.append(f"**{md_text(label)}**: {shown}")
    parts.append(marker_md(fact, lang))
    changed = last_changed_md(ctx, fact)
    if changed:
        parts.append(changed)
    return " · ".join(parts)


def last_changed_md(ctx: RenderContext, fact: Fact) -> str | None:
    """``Last changed: 28 November 2026``, linked to its entry on the changes page; None when
    the build has no history that dates this fact (no git, a shallow clone)."""
    entry = ctx.history.last_changed.get(fact.id) if ctx.history else None
    if entry is None:
        return None
    when = fdate(entry.commit.day, ctx.lang) if entry.commit else ctx.t("changes_uncommitted")
    link = md_link(isolate(md_text(when), ctx.lang), f"changes.md#{entry.anchor}")
    return f"**{md_text(ctx.t('last_changed'))}**: {link}"


def fdate(text: str, lang: str) -> str:
    return format_date(text, None, lang)


def figures_table(ctx: RenderContext, fact: Fact) -> str:
    """Each source's figure side by side, as it gave it, when the figures are not all the
    same (a source that gave no figure has no row: its words are under the sources)."""
    rows = []
    for claim, value in figure_claims(fact):
        source = ctx.project.sources.get(claim.source)
        when = claim_date(claim, source)
        rows.append(
            [
                source_name(ctx, claim.source),
                nowrap(value_md(ctx.project, value, ctx.lang) or ""),
                nowrap(isolate(md_text(fdate(when, ctx.lang)), ctx.lang)) if when else "",
            ]
        )
    header = [md_text(ctx.t(k)) for k in ("source", "source_value", "date")]
    return table(header, rows)


def edit_link(ctx: RenderContext, fact: Fact) -> str | None:
    """A link to the fact's YAML file at the fact's line (``#L<line>``, which GitHub and
    GitLab file views scroll to; their editors open the file and ignore it)."""
    if not ctx.edit_url_base:
        return None
    line = ctx.project.mark(fact).line
    url = safe_url(f"{ctx.edit_url_base}{ctx.project.file_of(fact)}#L{line}")
    return md_link(md_text(ctx.t("edit_fact")), url) if url else None


def fact_md(ctx: RenderContext, fact: Fact, level: int = 3) -> str:
    """The whole block of one fact."""
    lang = ctx.lang
    blocks = [
        heading(level, md_text(fact.label.get(lang)), fact.id),
        meta_line(ctx, fact),
        md_inline(fact.statement.get(lang), lang),
    ]
    state = agreement(fact)
    if state in ("disputed", "precision"):
        blocks.append(md_text(ctx.t(f"{state}_note")))
        blocks.append(figures_table(ctx, fact))
    if fact.method:
        blocks.append(f"**{md_text(ctx.t('method'))}**: {md_inline(ctx.text(fact.method), lang)}")
    if fact.rank_reason:
        reason = md_inline(ctx.text(fact.rank_reason), lang)
        blocks.append(f"**{md_text(ctx.t('rank_reason'))}**: {reason}")
    blocks.append(f"**{md_text(ctx.t('sources'))}**\n\n{citations_md(ctx, fact)}")
    if fact.related:
        blocks.append(related_md(ctx, fact))
    link = edit_link(ctx, fact)
    if link:
        blocks.append(link)
    return "\n\n".join(blocks)


def related_md(ctx: RenderContext, fact: Fact) -> str:
    links = []
    for other_id in fact.related:
        other = ctx.project.facts.get(other_id)
        if other is not None:
            label = md_inline(other.label.get(ctx.lang), ctx.lang)
            links.append(md_link(label, fact_href(other, f"{fact.topic}.md")))
    return f"**{md_text(ctx.t('related'))}**: " + " · ".join(links)
