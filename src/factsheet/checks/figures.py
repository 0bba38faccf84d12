"""Check ``figures``: every claim says what it gives about the figure, and some claim gives it.

A claim gives the fact's figure (a bare ``- source: s15``, or ``figure: fact``), a figure of
its own (``value``, as the source gave it), or no figure (``figure: none``: the source speaks of
the subject in words only; the site then shows its words, never a number). The common case,
sources that all give the fact's figure, stays a bare ``- source: s15``. But when some claim of
a fact has a ``value`` or ``figure: none``, a bare claim could mean either that its source gave
the fact's figure or that it gave none, and the site would show that source beside a figure it
may never have given; so then every claim says which it is.

Reported:

- a bare claim among claims that do not all give the fact's figure (``claim-figure-implicit``);
- a claim with both ``figure`` and ``value`` (``claim-figure-both``): ``value`` already says
  the source gave a figure of its own;
- a claim with ``figure: none`` and neither ``stated`` nor ``quote``: the site would have
  nothing to show for it (``claim-figure-no-words``);
- a fact whose figure no claim gives (``claim-figure-unsourced``): every claim has a figure of
  its own, or none, and none of them means the fact's figure. Facts whose value is text are
  not compared: their statement is the value.

Passes::

    value: {type: quantity, unit: serviceman, best: 1960}
    claims:
      - source: s1
        figure: fact
      - source: s16
        value: {type: quantity, unit: serviceman, best: 2000, approximate: true}
      - source: s74
        figure: none
        stated: {ar: ..., en: Described the force as several thousand troops.}

Fails (``claim-figure-implicit`` on the last claim, which gave no number)::

    value: {type: quantity, unit: serviceman, best: 1960}
    claims:
      - source: s1
      - source: s16
        value: {type: quantity, unit: serviceman, best: 2000, approximate: true}
      - source: s74
        stated: {ar: ..., en: Described the force as several thousand troops.}
"""

from __future__ import annotations

from collections.abc import Iterator

from factsheet.checks.context import CheckContext
from factsheet.model.agreement import figures_differ, gives_fact_figure
from factsheet.model.records import Fact, TextValue
from factsheet.problems import Problem

CODES: dict[str, str] = {
    "claim-figure-implicit": "a bare claim where the fact's claims do not all give its figure",
    "claim-figure-both": "a claim with both figure and value",
    "claim-figure-no-words": "a claim with figure: none that records no words to show",
    "claim-figure-unsourced": "a fact whose figure no claim gives",
}

CHOICES = (
    "say what this source gives about the figure: 'figure: fact' (the fact's figure), "
    "'value: {...}' (its own figure, as it gave it) or 'figure: none' (no figure; the site "
    "shows its words)"
)


def check(ctx: CheckContext) -> Iterator[Problem]:
    for _kind, fact in ctx.records("fact"):
        if isinstance(fact.value, TextValue) or not figures_differ(fact):
            continue  # the common case: every claim bare, each gives the fact's figure
        yield from _claims(ctx, fact)
        if not any(gives_fact_figure(fact, claim) for claim in fact.claims):
            yield ctx.problem(
                fact,
                ("value",),
                "claim-figure-unsourced",
                "no claim gives the fact's figure: each has a figure of its own or none",
                "cite the source that gives this figure (with 'figure: fact'), or make the "
                "fact's value a figure one of its sources gave",
            )


def _claims(ctx: CheckContext, fact: Fact) -> Iterator[Problem]:
    for i, claim in enumerate(fact.claims):
        if claim.figure is None and claim.value is None:
            yield ctx.problem(
                fact,
                ("claims", i, "source"),
                "claim-figure-implicit",
                f"the claims of '{fact.id}' do not all give the fact's figure, and this claim "
                f"of '{claim.source}' does not say what it gives",
                CHOICES,
            )
        elif claim.figure is not None and claim.value is not None:
            yield ctx.problem(
                fact,
                ("claims", i, "figure"),
                "claim-figure-both",
                f"figure: {claim.figure} and a value of its own",
                "keep 'value' if the source gave that figure, else remove it",
            )
        elif claim.figure == "none" and claim.stated is None and claim.quote is None:
            yield ctx.problem(
                fact,
                ("claims", i, "figure"),
                "claim-figure-no-words",
                f"figure: none, but the claim of '{claim.source}' records no words to show",
                "add 'stated' (what the source said, in our words) or its 'quote'",
            )
