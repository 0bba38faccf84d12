"""Casualty figures side by side: a table of every figure and an inline SVG bar chart.

Each claim that carries a number (its own value, or the fact's) is one row: what was counted,
the figure, the source, when the source said it, and the method. The chart draws the same rows
on one scale, at build time, with no JavaScript. In Arabic the bars grow from the right and the
labels sit on the right (``direction="rtl"`` with mirrored x positions and logical
``text-anchor`` values); every text in the SVG goes through :func:`html.escape`.
"""

from __future__ import annotations

from dataclasses import dataclass

from factsheet.i18n import format_date, format_figure, unit_label
from factsheet.model import Claim, Fact, QuantityValue
from factsheet.render.citations import claim_date, source_name_md
from factsheet.render.facts import claim_value
from factsheet.render.markup import html_text, isolate, md_inline, md_link, md_text, table
from factsheet.render.page import RenderContext

WIDTH = 720
LABEL_WIDTH = 300
VALUE_WIDTH = 110
ROW_HEIGHT = 28
BAR_HEIGHT = 16


@dataclass(frozen=True)
class Row:
    """One figure as one source gave it."""

    fact: Fact
    claim: Claim
    value: QuantityValue
    date: str | None

    @property
    def source_id(self) -> str:
        return self.claim.source

    @property
    def size(self) -> float:
        """The length of the bar: best, else the high end, else the low end."""
        for n in (self.value.best, self.value.high, self.value.low):
            if n is not None:
                return float(n)
        return 0.0


def figure_rows(ctx: RenderContext, facts: list[Fact]) -> list[Row]:
    rows = []
    for fact in facts:
        for claim in fact.claims:
            value = claim_value(fact, claim)
            if isinstance(value, QuantityValue):
                source = ctx.project.sources.get(claim.source)
                rows.append(Row(fact, claim, value, claim_date(claim, source)))
    return rows


def figure_text(row: Row, lang: str) -> str:
    return f"{format_figure(row.value, lang)} {unit_label(row.value.unit, row.size, lang)}"


def figures_table(ctx: RenderContext, rows: list[Row]) -> str:
    lang = ctx.lang
    body = []
    for row in rows:
        when = format_date(row.date, None, lang) if row.date else ""
        method = row_note(ctx, row)
        body.append(
            [
                md_link(md_inline(ctx.text(row.fact.label), lang), f"#{row.fact.id}"),
                isolate(md_text(figure_text(row, lang)), lang),
                source_name_md(ctx.project.sources.get(row.source_id), row.source_id, lang),
                isolate(md_text(when), lang) if when else "",
                md_inline(method, lang),
            ]
        )
    header = [md_text(ctx.t(k)) for k in ("fact", "figure", "source", "date", "method_or_note")]
    return table(header, body)


def row_note(ctx: RenderContext, row: Row) -> str:
    """The fact's method for a figure that is the fact's own value; for a source's differing
    figure, what that source stated (the fact's method may not apply to it)."""
    if row.claim.value is None:
        return ctx.text(row.fact.method) if row.fact.method else ""
    return ctx.text(row.claim.stated) if row.claim.stated else ""


def source_label(ctx: RenderContext, source_id: str) -> str:
    source = ctx.project.sources.get(source_id)
    return ctx.text(source.publisher) if source else source_id


def bar_svg(ctx: RenderContext, rows: list[Row]) -> str:
    """The chart as one SVG element (no blank lines, so Markdown keeps it as one HTML block)."""
    rtl = ctx.lang == "ar"
    height = ROW_HEIGHT * len(rows) + 8
    scale_max = max((r.size for r in rows), default=0.0) or 1.0
    bar_area = WIDTH - LABEL_WIDTH - VALUE_WIDTH

    def x(pos: float, width: float = 0.0) -> float:
        # Positions are computed left-to-right, then mirrored for right-to-left pages.
        return round(WIDTH - pos - width, 1) if rtl else round(pos, 1)

    title = html_text(ctx.t("casualty_figures"))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="factsheet-chart" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" width="100%" direction="{"rtl" if rtl else "ltr"}" '
        f'aria-label="{title}">',
        f"<title>{title}</title>",
    ]
    for i, row in enumerate(rows):
        top = 4 + i * ROW_HEIGHT
        length = round(bar_area * row.size / scale_max, 1)
        label = f"{ctx.text(row.fact.label)} — {source_label(ctx, row.source_id)}"
        text_y = top + BAR_HEIGHT - 3
        parts.append(
            f'<text x="{x(LABEL_WIDTH - 8)}" y="{text_y}" text-anchor="end" '
            f'font-size="12">{html_text(label)}</text>'
        )
        parts.append(
            f'<rect x="{x(LABEL_WIDTH, length)}" y="{top}" width="{length}" '
            f'height="{BAR_HEIGHT}" fill="currentColor" opacity="0.6"></rect>'
        )
        parts.append(
            f'<text x="{x(LABEL_WIDTH + length + 6)}" y="{text_y}" text-anchor="start" '
            f'font-size="12">{html_text(figure_text(row, ctx.lang))}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


def casualties_md(ctx: RenderContext, facts: list[Fact]) -> str:
    """The table, then the chart in a ``<figure>`` with a caption; empty if no figures."""
    rows = figure_rows(ctx, facts)
    if not rows:
        return ""
    caption = html_text(ctx.t("chart_caption"))
    figure = (
        f'<figure class="factsheet-figure">\n{bar_svg(ctx, rows)}\n'
        f"<figcaption>{caption}</figcaption>\n</figure>"
    )
    return f"{figures_table(ctx, rows)}\n\n{figure}"
