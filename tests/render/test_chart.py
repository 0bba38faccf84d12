"""The figures chart: one bar per figure, mirrored for Arabic, every text escaped."""

from __future__ import annotations

import re

import pytest

from factsheet.project import Project
from factsheet.render import front_matter
from factsheet.render.figures_chart import bar_svg, figure_rows, shorten
from factsheet.render.page import Page, RenderContext

from .conftest import TODAY

_RECT = re.compile(r'<rect x="([\d.]+)%" y="[\d.]+" width="([\d.]+)%"')


def chart(project: Project, lang: str) -> tuple[str, int]:
    ctx = RenderContext(project, lang, TODAY)
    facts = [f for f in project.facts.values() if f.section == "casualties"]
    rows = figure_rows(ctx, facts)
    return bar_svg(ctx, rows), len(rows)


def test_one_bar_per_figure_longest_for_largest(fixture_project: Project) -> None:
    svg, count = chart(fixture_project, "en")
    bars = [(float(x), float(w)) for x, w in _RECT.findall(svg)]
    assert count == len(bars) == 4  # 6,500 and 5,000 (disputed), 3,773, 2,783
    widths = [w for _, w in bars]
    assert widths == sorted(widths, reverse=True)
    assert all(x == 0 for x, _ in bars)
    assert widths[0] == 100
    assert 'direction="ltr"' in svg
    # No viewBox: the text keeps its CSS size whatever the width (legible on a phone).
    assert "viewBox" not in svg


def test_arabic_bars_grow_from_the_right(fixture_project: Project) -> None:
    svg, _ = chart(fixture_project, "ar")
    assert 'direction="rtl"' in svg
    for x, width in _RECT.findall(svg):
        assert float(x) + float(width) == pytest.approx(100)
    assert "نحو 6,500 شخص" in svg


def test_shorten_cuts_at_a_word() -> None:
    assert shorten("short") == "short"
    long = "word " * 20
    cut = shorten(long, 20)
    assert cut.endswith("…") and len(cut) <= 20 and "wor…" not in cut


def test_front_matter_escapes_yaml_line_breaks() -> None:
    page = Page("x.md", "a\u2028b", 'q"\n#c', "", "", [])
    assert front_matter(page) == '---\ntitle: "a\\u2028b"\ndescription: "q\\"\\n#c"\n---\n\n'


def test_a_section_draws_the_chart_it_declares_and_no_other(fixture_project: Project) -> None:
    from factsheet.render import topic as topic_page

    ctx = RenderContext(fixture_project, "en", TODAY)
    war = fixture_project.topics["war"]
    assert "<svg" in topic_page.render(ctx, war).markdown
    undeclared = war.model_copy(
        update={"sections": [s.model_copy(update={"chart": None}) for s in war.sections]}
    )
    assert "<svg" not in topic_page.render(ctx, undeclared).markdown
