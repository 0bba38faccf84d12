"""The timeline: every date in the facts, in order, each linked to its fact's anchor.

A fact contributes its ``as_of`` date, the start and end of its ``period``, and its value when
the value is a date. The same date twice for one fact (a date value equal to ``as_of``) is
listed once, as the value. Dates sort as text, which orders ``2020`` < ``2020-11`` <
``2020-11-10``: a bare year comes before the days within it.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from factsheet.model.records import DateValue, Fact
from factsheet.project import Project
from factsheet.render.i18n import format_date
from factsheet.render.markup import heading, isolate, md_inline, md_link, md_text
from factsheet.render.page import Page, RenderContext, fact_href, facts_in_page_order, search_extra

# When a fact has the same date in several roles, the most specific role is kept.
_ROLE_ORDER = ("when_date", "when_scheduled", "when_start", "when_end", "when_as_of")


@dataclass(frozen=True)
class Entry:
    date: str
    precision: str | None
    role: str
    fact: Fact


def fact_entries(fact: Fact) -> list[Entry]:
    found: dict[str, Entry] = {}
    candidates: list[Entry] = []
    # A scheduled event is worded as scheduled, never as something that happened.
    on = "when_scheduled" if fact.scheduled else "when_date"
    if isinstance(fact.value, DateValue):
        candidates.append(Entry(fact.value.date, fact.value.precision, on, fact))
    if fact.period:
        candidates.append(Entry(fact.period.start, None, "when_start", fact))
        if fact.period.end:
            candidates.append(Entry(fact.period.end, None, "when_end", fact))
    dated = isinstance(fact.value, DateValue)
    as_of = "when_scheduled" if fact.scheduled and not dated else "when_as_of"
    candidates.append(Entry(fact.as_of, None, as_of, fact))
    for entry in candidates:
        found.setdefault(entry.date, entry)
    return list(found.values())


def entries(project: Project, page_order: list[Fact] | None = None) -> list[Entry]:
    """Every entry, sorted by date, then role, then the fact's place in ``page_order``
    (:func:`facts_in_page_order`, worked out here when not given)."""
    if page_order is None:
        page_order = facts_in_page_order(project)
    order = {fact.id: i for i, fact in enumerate(page_order)}
    out = [e for fact in project.facts.values() for e in fact_entries(fact)]
    return sorted(out, key=lambda e: (e.date, _ROLE_ORDER.index(e.role), order[e.fact.id]))


def entry_md(ctx: RenderContext, entry: Entry) -> str:
    lang = ctx.lang
    when = isolate(md_text(format_date(entry.date, entry.precision, lang)), lang)
    link = md_link(md_inline(ctx.text(entry.fact.label), lang), fact_href(entry.fact))
    return f"- **{when}** — {link} ({md_text(ctx.t(entry.role))})"


def render(ctx: RenderContext) -> Page:
    lang = ctx.lang
    items = entries(ctx.project, ctx.page_order)
    blocks = [heading(1, md_text(ctx.t("timeline_title"))), md_text(ctx.t("timeline_summary"))]
    # Entries are sorted by date, so each year's entries are consecutive: one list per year,
    # joined once (adding each entry to the year's text copied it again: quadratic per year).
    for year, in_year in groupby(items, key=lambda e: e.date[:4]):
        blocks.append(heading(2, md_text(year), f"year-{year}"))
        blocks.append("\n".join(entry_md(ctx, entry) for entry in in_year))
    texts = [ctx.text(e.fact.label) for e in items]
    return Page(
        path="timeline.md",
        title=ctx.t("timeline_title"),
        description=ctx.t("timeline_summary"),
        markdown="\n\n".join(blocks) + "\n",
        search_extra=search_extra(lang, texts, ctx.search_terms),
        jsonld=[],
    )
