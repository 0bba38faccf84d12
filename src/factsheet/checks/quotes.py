"""Check ``quotes``: a quote from a stored source is really in it, where the locator says.

When a claim's source has a ``stored`` copy under ``seeds/``, its ``quote.text`` must be found in
that text (see :mod:`factsheet.seeds`): the comparison ignores Arabic diacritics, tatweel, the forms
of alef, ya / alef maqsura, ta marbuta, punctuation and spacing, and ``...`` / ``…`` may stand for
left-out words. The quote starts and ends at whole words of the source («500 شخص» is not in «6500
شخص»); only a conjunction و / ف joined to the article may be left out at its start (see
CONTRIBUTING.md, "Whole words only"). When it is not found, the hint shows the closest passage of
the stored text, so a mistyped word is easy to spot. When the claim's ``locator.paragraph`` is
given, the quote must be in that paragraph: paragraph N is the N-th non-empty line of the stored
text, and the headline is paragraph 1; otherwise the problem says which paragraph holds it.

A quote from a source without a stored copy cannot be checked here. It is reported as
information (``quote-not-checked``) and the site shows it as "not checked against a stored
copy", never as verified. A quote whose ``lang`` is not the language of its source is a
translation, not the source's words (warning).

Passes (paragraph 5 of the stored article holds these words)::

    claims:
      - source: seed
        quote:
          text: روسيا من جانبها ستبذل قصارى جهدها
          lang: ar
        locator: {paragraph: 5}

Fails (``quote-not-found``, hint: the closest passage; ``quote-wrong-paragraph``)::

    claims:
      - source: seed
        quote: {text: روسيا ستبذل كل جهدها, lang: ar}
      - source: seed
        quote: {text: روسيا من جانبها ستبذل قصارى جهدها, lang: ar}
        locator: {paragraph: 2}
"""

from __future__ import annotations

from collections.abc import Iterator

from factsheet.checks.context import CheckContext
from factsheet.model.records import Claim, Fact
from factsheet.problems import Problem, Severity
from factsheet.seeds import FoldedText, closest_passage

CODES: dict[str, str] = {
    "quote-not-found": "a quote is not in the stored copy of its source",
    "quote-wrong-paragraph": "a quote is not in the paragraph its locator names",
    "quote-not-checked": "a quote from a source without a stored copy (information)",
    "quote-lang-mismatch": "a quote's language is not its source's language (warning)",
}


def check(ctx: CheckContext) -> Iterator[Problem]:
    for _kind, fact in ctx.records("fact"):
        for i, claim in enumerate(fact.claims):
            if claim.quote is not None:
                yield from _claim(ctx, fact, i, claim)


def _claim(ctx: CheckContext, fact: Fact, i: int, claim: Claim) -> Iterator[Problem]:
    assert claim.quote is not None
    source = ctx.project.sources.get(claim.source)
    if source is None:
        return  # the references check reports the unknown source
    if claim.quote.lang != source.language:
        yield ctx.problem(
            fact,
            ("claims", i, "quote", "lang"),
            "quote-lang-mismatch",
            f"the quote is in '{claim.quote.lang}' but source '{source.id}' is in "
            f"'{source.language}'",
            "quote the source's own words in its language; put our translation under "
            "'translations'",
            Severity.WARNING,
        )
    if source.stored is None:
        yield ctx.problem(
            fact,
            ("claims", i, "quote", "text"),
            "quote-not-checked",
            f"quote not machine-checked: source '{source.id}' has no stored copy",
            "store the source's text under seeds/ and set 'stored' so the quote can be checked",
            Severity.INFO,
        )
        return
    text = ctx.project.folded_seed(source.stored)
    if text is not None:
        yield from _against(ctx, fact, i, claim, text)


def _against(
    ctx: CheckContext, fact: Fact, i: int, claim: Claim, text: FoldedText
) -> Iterator[Problem]:
    assert claim.quote is not None
    quote = claim.quote.text
    where = text.locate(quote)
    if where is None:
        # The paragraphs, one a line, split into the same paragraphs as the stored text.
        closest = closest_passage("\n".join(text.paragraphs), quote)
        hint = (
            f"the closest passage (paragraph {closest[0]}) reads: «{closest[1]}»; copy the "
            "words exactly as the source has them"
            if closest
            else "the stored text is empty"
        )
        yield ctx.problem(
            fact,
            ("claims", i, "quote", "text"),
            "quote-not-found",
            f"the quote is not in the stored copy of '{claim.source}'",
            hint,
        )
        return
    wanted = claim.locator.paragraph if claim.locator else None
    if wanted is None or text.in_paragraph(quote, wanted):
        return
    count = len(text.paragraphs)
    actual = ", ".join(str(n) for n in where)
    held = f"is in paragraph {actual}" if len(where) == 1 else f"spans paragraphs {actual}"
    beyond = f" (the stored text has {count} paragraphs)" if wanted > count else ""
    yield ctx.problem(
        fact,
        ("claims", i, "locator", "paragraph"),
        "quote-wrong-paragraph",
        f"the quote {held}, not paragraph {wanted}{beyond}",
        f"set paragraph: {where[0]} (paragraphs are the non-empty lines, the headline is 1)",
    )
