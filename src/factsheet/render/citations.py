"""A fact's citations as a numbered list: source, date, locator, quote, translation, status.

Each claim is one numbered note under its fact (not a page-bottom footnote), so a reader sees
the source next to the figure it supports. The quote is shown in the source's own words and
language; our translation follows, marked as a translation, never as the source's words.

Whether a quote was checked comes from :func:`factsheet.quotes.quote_status`, the same
function the quotes check uses, so the site and the validator never disagree.
"""

from __future__ import annotations

from factsheet.i18n import format_date, language_name, t
from factsheet.model import Claim, Fact, Source
from factsheet.project import Project
from factsheet.quotes import quote_status
from factsheet.render.markup import (
    RTL_LANGS,
    isolate,
    md_inline,
    md_link,
    md_text,
    md_text_keep_space,
    safe_url,
)


def quote_checked(project: Project, claim: Claim) -> bool:
    """True when the claim's quote was found in the stored copy of its source (in the
    paragraph its locator names): :func:`factsheet.quotes.quote_status` says ``verified``.
    A quote from a source with no stored copy is never called checked."""
    return quote_status(project, claim) == "verified"


def claim_date(claim: Claim, source: Source | None) -> str | None:
    """When the source said it: ``stated_on``, else the source's publication date."""
    return claim.stated_on or (source.published if source else None)


def source_name_md(source: Source | None, source_id: str, lang: str) -> str:
    """The publisher and title of a source, linked to its entry on the sources page."""
    if source is None:
        return md_text(source_id)
    name = md_inline(source.publisher.get(lang), lang)
    title = md_inline(source.title.get(lang), lang)
    sep = md_text_keep_space(t("sep", lang))
    return f"{md_link(name, f'sources.md#{source.id}')}{sep}*{title}*"


def citation_md(project: Project, claim: Claim, lang: str) -> list[str]:
    """One note as paragraphs: source, date, locator, speaker and what was stated; then the
    quote with its status, then our translation. The quote has a paragraph of its own so a
    right-to-left quote does not wrap in the middle of a left-to-right sentence."""
    source = project.sources.get(claim.source)
    parts = [source_name_md(source, claim.source, lang)]
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
    return [line, *quote_md(project, claim, lang)]


def quote_md(project: Project, claim: Claim, lang: str) -> list[str]:
    """The quote in its own language with its status, and its translation into ``lang``."""
    quote = claim.quote
    if quote is None:
        return []
    original = md_inline(quote.text, quote.lang)
    label = f"{t('quote_original', lang)} ({language_name(quote.lang, lang)})"
    direction = ' dir="rtl"' if quote.lang in RTL_LANGS else ""
    status = "quote_checked" if quote_checked(project, claim) else "quote_unchecked"
    paragraphs = [
        f'{md_text(label)}: <q lang="{quote.lang}"{direction}>{original}</q>'
        f" — *{md_text(t(status, lang))}*\\."
    ]
    translation = quote.translations.get(lang) if quote.lang != lang else None
    if translation:
        paragraphs.append(f"{md_text(t('translation', lang))}: {md_inline(translation, lang)}")
    return paragraphs


def citations_md(project: Project, fact: Fact, lang: str) -> str:
    """The numbered notes of a fact, as a Markdown ordered list; a note's later paragraphs
    are indented four spaces so they stay inside its list item."""
    items, loose = [], False
    for i, claim in enumerate(fact.claims, 1):
        first, *rest = citation_md(project, claim, lang)
        loose = loose or bool(rest)
        items.append("".join([f"{i}. {first}", *(f"\n\n    {para}" for para in rest)]))
    # A list with several paragraphs in an item is a loose list: blank lines between items.
    return ("\n\n" if loose else "\n").join(items)


def source_url(source: Source) -> str | None:
    return safe_url(source.url)
