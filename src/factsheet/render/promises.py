"""What the site says about its own data, computed from the data (issue 11).

The home page, the methodology and the glossary describe the facts: how many quote a source in
its own words, how many citations record what their source said, how many spellings name the
sources that use them. Those sentences are built here from :func:`tally` of the project, so a
count cannot drift from the facts, and a sentence that would promise "every" says "N of M"
as soon as one record falls short (tests/render/test_promises.py breaks the data on purpose).
"""

from __future__ import annotations

from dataclasses import dataclass

from factsheet.model.records import Quote
from factsheet.project import Project
from factsheet.render.i18n import format_number, t

LANGS = ("ar", "en")


@dataclass(frozen=True)
class Tally:
    """Counts of what the facts hold, for the sentences about them."""

    facts: int
    facts_quoting: int  # facts with at least one quote in the source's own words
    quotes: int
    quotes_translated: int  # quotes with our translation into each site language not theirs
    claims: int
    claims_with_words: int  # claims recording what the source said (stated or quote)
    sources: int
    sources_undated: int
    variants: int
    variants_sourced: int  # spellings that name a source using them


def translated(quote: Quote) -> bool:
    """Whether a quote has our translation into every site language other than its own."""
    return all(lang in quote.translations for lang in LANGS if lang != quote.lang)


def tally(project: Project) -> Tally:
    facts = list(project.facts.values())
    claims = [claim for fact in facts for claim in fact.claims]
    quotes = [claim.quote for claim in claims if claim.quote is not None]
    variants = [v for entity in project.entities.values() for v in entity.variants]
    return Tally(
        facts=len(facts),
        facts_quoting=sum(1 for f in facts if any(c.quote for c in f.claims)),
        quotes=len(quotes),
        quotes_translated=sum(1 for q in quotes if translated(q)),
        claims=len(claims),
        claims_with_words=sum(1 for c in claims if c.stated is not None or c.quote is not None),
        sources=len(project.sources),
        sources_undated=sum(1 for s in project.sources.values() if not s.published),
        variants=len(variants),
        variants_sourced=sum(1 for v in variants if v.sources),
    )


def _n(number: int, lang: str) -> str:
    return format_number(number, lang)


def quotes_sentence(counts: Tally, lang: str) -> str:
    """Home: how many facts quote a source in its own words, and whether each quote has our
    translation."""
    every = counts.quotes_translated == counts.quotes
    key = "promise_quotes_translated" if every else "promise_quotes"
    return t(key, lang).format(
        n=_n(counts.facts_quoting, lang),
        m=_n(counts.facts, lang),
        translated=_n(counts.quotes_translated, lang),
        quotes=_n(counts.quotes, lang),
    )


def citations_sentence(counts: Tally, lang: str) -> str:
    """Methodology: how many citations record what their source said."""
    key = "promise_words_all" if counts.claims_with_words == counts.claims else "promise_words"
    return t(key, lang).format(n=_n(counts.claims_with_words, lang), m=_n(counts.claims, lang))


def undated_sentence(counts: Tally, lang: str) -> str:
    """Methodology: how many sources have no recorded publication date."""
    if counts.sources_undated == 0:
        return t("promise_all_dated", lang)
    return t("promise_undated", lang).format(
        n=_n(counts.sources_undated, lang), m=_n(counts.sources, lang)
    )


def spellings_sentence(counts: Tally, lang: str) -> str:
    """Glossary: for how many spellings the sources that use them are recorded."""
    if counts.variants_sourced == counts.variants:
        return t("promise_spellings_all", lang)
    return t("promise_spellings", lang).format(
        n=_n(counts.variants_sourced, lang), m=_n(counts.variants, lang)
    )
