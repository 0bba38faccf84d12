"""What the one-page handout says, as HTML: every line from the facts, none typed here.

Blocks, in order: the title (and the other language's), the date of the data, the key figures
with their qualifiers, the site's address, the locator map beside each topic declared ``handout:
true`` in brief (the summit), the figures of each section declared ``chart: figures`` (the
casualties) with their sources, and the sources cited on the sheet. Each block is Markdown made
with the site's own helpers (so escaping and number formats are the site's), converted to HTML
with Python-Markdown. Links to the site's pages become absolute when the site's address is
known, and plain text otherwise.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

import markdown  # type: ignore[import-untyped]

from factsheet.languages import LANGUAGE_CODES, LANGUAGES
from factsheet.model.records import Claim, Fact, Section, Source, Topic
from factsheet.project import Project
from factsheet.region import region
from factsheet.render.citations import publisher_name
from factsheet.render.facts import marker_md, value_md
from factsheet.render.home import latest_source_date
from factsheet.render.i18n import format_date, t
from factsheet.render.map import map_labels, map_svg, places_md, wants_map
from factsheet.render.markup import (
    direction,
    heading,
    html_text,
    isolate,
    md_inline,
    md_link,
    md_text,
    md_text_keep_space,
    safe_url,
    table,
)
from factsheet.render.page import RenderContext

BRIEF_FACTS = 4  # a topic in brief: its summary and first facts in page order
PREFIXES = {language.code: language.prefix for language in LANGUAGES}


def site_name(project: Project, lang: str) -> str:
    """The fact sheet's name in ``lang``, from its ``site`` (which the site check requires)."""
    return project.site.name.get(lang) if project.site else ""


def title_md(project: Project, lang: str) -> list[str]:
    """The site's name in ``lang``, then in the other languages (marked as such)."""
    blocks = [heading(1, md_text(site_name(project, lang)))]
    for other in LANGUAGE_CODES:
        if other != lang:
            attrs = f'.fs-other lang="{other}" dir="{direction(other)}"'
            blocks.append(f"{md_text(site_name(project, other))}\n{{: {attrs} }}")
    return blocks


def site_base(site_url: str | None, lang: str) -> str | None:
    """The address of ``lang``'s home page, from the configured site address."""
    return safe_url(f"{site_url.rstrip('/')}/{PREFIXES[lang]}") if site_url else None


def data_date_md(ctx: RenderContext) -> str:
    latest = latest_source_date(ctx.project)
    shown = format_date(latest, None, ctx.lang) if latest else t("not_recorded", ctx.lang)
    today = format_date(ctx.today.isoformat(), "day", ctx.lang)
    return md_text(ctx.t("pdf_data_date").format(date=shown, today=today)) + "\n{: .fs-date }"


def key_figures_md(ctx: RenderContext, facts: list[Fact]) -> str:
    rows = [
        [
            md_inline(ctx.text(f.label), ctx.lang),
            value_md(ctx.project, f.value, ctx.lang) or "",
            isolate(md_text(format_date(f.as_of, None, ctx.lang)), ctx.lang),
            marker_md(f, ctx.lang),
        ]
        for f in facts
    ]
    header = [md_text(ctx.t(k)) for k in ("pdf_fact", "value", "as_of", "pdf_sources_say")]
    return table(header, rows)


def brief_md(ctx: RenderContext, topic: Topic) -> str:
    """A topic declared ``handout: true``, in brief: its summary and its first facts."""
    facts = ctx.facts_by_topic.get(topic.id, [])[:BRIEF_FACTS]
    items = "\n".join(f"- {md_inline(ctx.text(f.statement), ctx.lang)}" for f in facts)
    return f"{md_inline(ctx.text(topic.summary), ctx.lang)}\n\n{items}" if items else ""


def claim_figure(ctx: RenderContext, fact: Fact, claim: Claim) -> str:
    """A source's name, with its own figure when it gave one different from the fact's."""
    source = ctx.project.sources.get(claim.source)
    name = md_inline(publisher_name(source, claim.source, ctx.lang), ctx.lang)
    if claim.value is None:
        return name
    return f"{name} ({value_md(ctx.project, claim.value, ctx.lang) or ''})"


def figures_table(ctx: RenderContext, facts: list[Fact]) -> str:
    """Each fact of a figures section: its figure and each source with its own figure."""
    sep = md_text_keep_space(t("sep", ctx.lang))
    rows = [
        [
            md_inline(ctx.text(f.label), ctx.lang),
            value_md(ctx.project, f.value, ctx.lang) or "",
            sep.join(claim_figure(ctx, f, c) for c in f.claims),
        ]
        for f in facts
    ]
    header = [md_text(ctx.t(k)) for k in ("pdf_fact", "figure", "sources")]
    return table(header, rows)


def source_line(source: Source, lang: str) -> str:
    """A short entry: the publisher (or title), the date and the site's host name."""
    parts = [md_inline(publisher_name(source, source.id, lang), lang)]
    if source.published:
        parts.append(isolate(md_text(format_date(source.published, None, lang)), lang))
    host = urlsplit(source.url).hostname if source.url else None
    if host:
        parts.append(isolate(md_text(host), lang))
    return md_text_keep_space(t("sep", lang)).join(parts)


def sources_md(ctx: RenderContext, facts: list[Fact]) -> str:
    cited: dict[str, Source] = {}
    for fact in facts:
        for claim in fact.claims:
            source = ctx.project.sources.get(claim.source)
            if source is not None:
                cited.setdefault(source.id, source)
    return "\n".join(f"1. {source_line(s, ctx.lang)}" for s in cited.values())


def address_md(ctx: RenderContext, site_url: str | None) -> str:
    """The site's address in this language, linked; nothing when it is not configured."""
    url = (
        safe_url(f"{site_url.rstrip('/')}/{'en/' if ctx.lang == 'en' else ''}")
        if site_url
        else None
    )
    if url is None:
        return ""
    link = isolate(md_link(md_text(url), url), ctx.lang)
    return f"{md_text(ctx.t('pdf_address'))}: {link}\n{{: .fs-url }}"


def figure_sections(ctx: RenderContext) -> list[tuple[Section, list[Fact]]]:
    """The sections that declare ``chart: figures`` (the casualties), with their facts."""
    found = []
    for topic in sorted(ctx.project.topics.values(), key=lambda t: t.order):
        for section in topic.sections:
            facts = [f for f in ctx.facts_by_topic.get(topic.id, []) if f.section == section.id]
            if section.chart == "figures" and facts:
                found.append((section, facts))
    return found


def handout_parts(ctx: RenderContext, site_url: str | None) -> tuple[str, str]:
    """The Markdown before the map (title to key figures) and beside and after it."""
    keys = [f for f in ctx.page_order if f.key]
    cited = list(keys)
    top = [*title_md(ctx.project, ctx.lang), data_date_md(ctx), address_md(ctx, site_url)]
    if keys:
        top += [heading(2, md_text(ctx.t("key_figures"))), key_figures_md(ctx, keys)]
    rest = []
    for topic in sorted(ctx.project.topics.values(), key=lambda t: t.order):
        brief = brief_md(ctx, topic) if topic.handout else ""
        if brief:
            rest += [heading(2, md_text(ctx.text(topic.title))), brief]
            cited += ctx.facts_by_topic.get(topic.id, [])[:BRIEF_FACTS]
    for section, facts in figure_sections(ctx):
        title = heading(2, md_text(ctx.text(section.title)), f"figures-{section.id}")
        rest += [title, figures_table(ctx, facts)]
        cited += facts
    rest += [heading(2, md_text(ctx.t("sources")), "sources"), sources_md(ctx, cited)]
    return "\n\n".join(b for b in top if b) + "\n", "\n\n".join(rest) + "\n"


def map_html(project: Project, lang: str) -> str:
    """The map beside the text: the SVG without its names, and the names set over it as
    HTML (WeasyPrint shapes Arabic in HTML, not in SVG text), then the text alternative."""
    shape = region()
    spans = []
    for label in map_labels(project, lang):
        left, top = 100 * label.x / shape.width, 100 * label.y / shape.height
        spans.append(
            f'<span class="fs-label fs-label--{label.kind}" '
            f'style="left: {left:.1f}%; top: {top:.1f}%">{html_text(label.text)}</span>'
        )
    caption = html_text(t("map_caption", lang)).format(
        data=f'<bdi lang="en" translate="no">{html_text(shape.data["name"])}</bdi>'
    )
    places = markdown.markdown(places_md(project, lang), extensions=["attr_list", "tables"])
    return (
        f'<div class="fs-side"><h2>{html_text(t("map_heading", lang))}</h2>'
        f'<div class="fs-mapbox">{map_svg(project, lang, text=False)}{"".join(spans)}</div>'
        f'<p class="fs-caption">{caption}</p>{places}</div>'
    )


_PAGE_LINK = re.compile(r'<a ([^>]*?)href="([a-z0-9-]+)\.md(#[^"]*)?"([^>]*)>(.*?)</a>', re.S)


def site_links(html: str, base: str | None) -> str:
    """Links to the site's pages (``war.md#x``) made absolute, or plain text without ``base``."""

    def replace(match: re.Match[str]) -> str:
        if base is None:
            return match.group(5)
        page = "" if match.group(2) == "index" else f"{match.group(2)}/"
        return f'<a href="{base}{page}{match.group(3) or ""}">{match.group(5)}</a>'

    return _PAGE_LINK.sub(replace, html)


def handout_html(project: Project, lang: str, today: date, site_url: str | None) -> str:
    """The handout's ``<body>`` content in ``lang``."""
    ctx = RenderContext(project, lang, today)
    top, rest = handout_parts(ctx, site_url)
    extensions = ["attr_list", "tables"]
    html = markdown.markdown(top, extensions=extensions)
    if wants_map(project):
        html += map_html(project, lang)
    html += markdown.markdown(rest, extensions=extensions)
    return site_links(html, site_base(site_url, lang))
