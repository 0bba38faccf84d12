"""Figures side by side: a table of every figure a source gave and an inline SVG bar chart.

Each claim that carries a number (its own value, or the fact's) is one row: what was counted,
the figure, the source, when the source said it, and the method. The chart draws the same rows
on one scale, at build time, with no JavaScript. In Arabic the bars grow from the right and the
labels sit on the right (``direction="rtl"`` with mirrored x positions and logical
``text-anchor`` values); every text in the SVG goes through :func:`html.escape`.

The SVG has no ``viewBox``: horizontal positions and bar lengths are percentages of its width
and heights are in CSS pixels, so the text keeps its real size on a phone (a scaled viewBox
shrank it to 6 px at 390 px) and each row stacks its label, its figure and source, and its bar.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from factsheet.model.agreement import claim_figure
from factsheet.model.records import Claim, Fact, QuantityValue
from factsheet.render.citations import claim_date, publisher_name, source_name
from factsheet.render.i18n import format_date, format_quantity
from factsheet.render.markup import (
    html_text,
    isolate,
    md_inline,
    md_link,
    md_text,
    nowrap,
    table,
)
from factsheet.render.page import RenderContext

LINE_HEIGHT = 17
BAR_HEIGHT = 12
ROW_HEIGHT = 2 * LINE_HEIGHT + BAR_HEIGHT + 16
LABEL_CHARS = 60
SOURCE_CHARS = 36


class XMap(Protocol):
    """Maps a left-to-right x position in per cent (and a width) to the page's direction."""

    def __call__(self, pos: float, width: float = 0.0) -> float: ...


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
            value = claim_figure(fact, claim)  # None: the source gave words, no figure
            if isinstance(value, QuantityValue):
                source = ctx.project.sources.get(claim.source)
                rows.append(Row(fact, claim, value, claim_date(claim, source)))
    return rows


def figure_text(row: Row, lang: str) -> str:
    return format_quantity(row.value, lang)


def figures_table(ctx: RenderContext, rows: list[Row]) -> str:
    lang = ctx.lang
    body = []
    for row in rows:
        when = format_date(row.date, None, lang) if row.date else ""
        method = row_note(ctx, row)
        body.append(
            [
                md_link(md_inline(ctx.text(row.fact.label), lang), f"#{row.fact.id}"),
                nowrap(isolate(md_text(figure_text(row, lang)), lang)),
                source_name(ctx, row.source_id),
                nowrap(isolate(md_text(when), lang)) if when else "",
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
    return publisher_name(ctx.project.sources.get(source_id), source_id, ctx.lang)


def shorten(text: str, limit: int = LABEL_CHARS) -> str:
    """SVG text does not wrap: cut a long label at a word and add an ellipsis (the table
    above the chart has every label in full)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut.rstrip(" ،,—-") + "…"


def svg_text(x: float, y: float, text: str, size: int, extra: str = "") -> str:
    """A line of text starting at ``x`` per cent (its logical start: the right in Arabic)."""
    return (
        f'<text x="{x}%" y="{y}" text-anchor="start" font-size="{size}" fill="currentColor"'
        f"{extra}>{html_text(text)}</text>"
    )


def bar_row(ctx: RenderContext, row: Row, top: float, length: float, x: XMap) -> list[str]:
    """One row: the fact's label, then the figure and its source, then the bar."""
    figure = (
        f"{figure_text(row, ctx.lang)} · {shorten(source_label(ctx, row.source_id), SOURCE_CHARS)}"
    )
    bar_y = top + 2 * LINE_HEIGHT + 4
    return [
        svg_text(x(0), top + 13, shorten(ctx.text(row.fact.label)), 14, ' font-weight="700"'),
        svg_text(x(0), top + 13 + LINE_HEIGHT, figure, 13, ' opacity="0.85"'),
        f'<rect x="{x(0, length)}%" y="{bar_y}" width="{length}%" '
        f'height="{BAR_HEIGHT}" fill="currentColor" opacity="0.55"></rect>',
    ]


def bar_svg(ctx: RenderContext, rows: list[Row]) -> str:
    """The chart as one SVG element (no blank lines, so Markdown keeps it as one HTML block)."""
    rtl = ctx.lang == "ar"
    height = ROW_HEIGHT * len(rows) + 4
    scale_max = max((r.size for r in rows), default=0.0) or 1.0

    def x(pos: float, width: float = 0.0) -> float:
        # Positions are computed left-to-right, then mirrored for right-to-left pages; the
        # text anchors are logical (start) and follow ``direction``.
        return round(100 - pos - width, 2) if rtl else round(pos, 2)

    title = html_text(ctx.t("casualty_figures"))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="factsheet-chart" role="img" '
        f'width="100%" height="{height}" direction="{"rtl" if rtl else "ltr"}" '
        f'aria-label="{title}">',
        f"<title>{title}</title>",
    ]
    for i, row in enumerate(rows):
        # At least a sliver, so a small figure still shows a bar.
        length = max(round(100 * row.size / scale_max, 2), 0.5)
        parts += bar_row(ctx, row, 4 + i * ROW_HEIGHT, length, x)
    parts.append("</svg>")
    return "\n".join(parts)


def figures_md(ctx: RenderContext, facts: list[Fact]) -> str:
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
