"""The changes page: each commit that changed the facts, newest first, in words.

The words come from :mod:`factsheet.history.words`, the engine of ``factsheet diff``; each
changed fact links to its anchor while it is still on the site. A fact's first appearance reads
"added". Uncommitted edits (``mkdocs serve`` on an edited work tree) come first, under "Not
yet committed". Without history the page says so instead of listing nothing silently.
"""

from __future__ import annotations

from dataclasses import dataclass

from factsheet.history.diff import FactChange, RecordChange
from factsheet.history.log import Entry, History
from factsheet.history.words import fact_phrases, record_phrases
from factsheet.project import Project
from factsheet.render.i18n import format_date, t
from factsheet.render.markup import heading, md_inline, md_link, md_text
from factsheet.render.page import Page, RenderContext, fact_href

PATH = "changes.md"
FEED = "changes.xml"


def site_name(project: Project, lang: str) -> str:
    """The site's own name as text (the feed's title and author; escaped where it lands)."""
    return project.site.name.get(lang) if project.site else t("changes_title", lang)


def entry_title(entry: Entry, lang: str) -> str:
    """``28 November 2026``, or "Not yet committed" (the commit's id is below the heading:
    a heading is plain text, where a Latin id cannot be marked as not Arabic)."""
    if entry.commit is None:
        return t("changes_uncommitted", lang)
    return format_date(entry.commit.day, None, lang)


@dataclass(frozen=True)
class Names:
    """Sources' titles and entities' labels in the page's language, by id."""

    sources: dict[str, str]
    entities: dict[str, dict[str, str]]

    @classmethod
    def of(cls, ctx: RenderContext) -> Names:
        project = ctx.project
        sources = {sid: s.title.get(ctx.lang) for sid, s in project.sources.items()}
        entities = {e: {"ar": x.label.ar, "en": x.label.en} for e, x in project.entities.items()}
        return cls(sources, entities)


def fact_item(ctx: RenderContext, names: Names, entry: Entry, change: FactChange) -> str:
    current = ctx.project.facts.get(change.id)
    label = md_inline(change.label.get(ctx.lang, change.id), ctx.lang)
    if current is not None and change.kind != "removed":
        label = md_link(label, fact_href(current))
    labels = entry.diff.entity_labels | names.entities
    phrases = fact_phrases(change, ctx.lang, labels, lambda s: names.sources.get(s, s))
    said = ctx.t("change_sep").join(md_inline(p, ctx.lang) for p in phrases)
    return f"- {label}: {said}"


def record_item(ctx: RenderContext, names: Names, change: RecordChange) -> str:
    if change.id in names.sources and change.registry == "sources":
        name = md_link(md_inline(names.sources[change.id], ctx.lang), f"sources.md#{change.id}")
    elif change.registry == "entities" and change.id in ctx.project.entities:
        entity = ctx.project.entities[change.id]
        name = md_link(md_inline(entity.label.get(ctx.lang), ctx.lang), f"glossary.md#{change.id}")
    else:
        name = md_text(change.id)
    kind = ctx.t("change_sources" if change.registry == "sources" else "change_entities")
    phrases = record_phrases(change, ctx.lang)
    said = ctx.t("change_sep").join(md_inline(p, ctx.lang) for p in phrases)
    return f"- {md_text(kind)}: {name}: {said}"


def entry_md(ctx: RenderContext, names: Names, entry: Entry) -> str:
    items = [fact_item(ctx, names, entry, c) for c in entry.diff.facts]
    items += [record_item(ctx, names, c) for c in entry.diff.records]
    blocks = [heading(2, md_text(entry_title(entry, ctx.lang)), entry.anchor)]
    if entry.commit is not None:
        blocks.append(md_inline(ctx.t("changes_commit").format(id=entry.commit.short), ctx.lang))
    return "\n\n".join([*blocks, "\n".join(items)])


def notice(ctx: RenderContext, history: History | None) -> str | None:
    if history is None or history.status == "none":
        return md_text(ctx.t("changes_no_history"))
    if history.status == "shallow" and history.since:
        since = format_date(history.since, None, ctx.lang)
        return md_text(ctx.t("changes_shallow").format(date=since))
    if not history.entries:
        return md_text(ctx.t("changes_empty"))
    return None


def render(ctx: RenderContext) -> Page:
    blocks = [heading(1, md_text(ctx.t("changes_title"))), md_text(ctx.t("changes_summary"))]
    blocks.append(md_link(md_inline(ctx.t("changes_feed"), ctx.lang), FEED))
    note = notice(ctx, ctx.history)
    if note:
        blocks.append(note)
    if ctx.history is not None:
        names = Names.of(ctx)
        blocks += [entry_md(ctx, names, entry) for entry in ctx.history.entries]
    return Page(
        path=PATH,
        title=ctx.t("changes_title"),
        description=ctx.t("changes_summary"),
        markdown="\n\n".join(blocks) + "\n",
        search_extra="",
        jsonld=[],
    )
