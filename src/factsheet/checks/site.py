"""Check ``site``: the fact sheet's name and description are defined, in one file.

The site's name heads its home page and its description introduces it; both come from the
data, in Arabic and English, like every other text the site shows. One file under ``facts/``
defines them under ``site``.

Passes::

    site:
      name: {ar: نحل عُمان, en: The bees of Oman}
      description:
        ar: وقائع مسندة إلى مصادرها عن نحل عُمان.
        en: Sourced facts on the bees of Oman.

Fails (``site-missing`` when no file has ``site``; ``site-duplicate`` for a second one)::

    topics:
      - id: bees
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from factsheet.checks.context import CheckContext
from factsheet.problems import Mark, Problem

CODES: dict[str, str] = {
    "site-missing": "no file under facts/ defines the site's name and description",
    "site-duplicate": "a second file defines the site's name and description",
}

EXAMPLE = "site: {name: {ar: ..., en: ...}, description: {ar: ..., en: ...}}"


def check(ctx: CheckContext) -> Iterator[Problem]:
    sites = list(ctx.records("site"))
    for _kind, site in sites[1:]:
        first = ctx.project.origin(sites[0][1])
        problem = ctx.problem(
            site,
            (),
            "site-duplicate",
            f"the site is already defined at {first.doc.file}:{first.key_mark(()).line}",
            "keep one site: entry and delete this one",
            on_key=True,
        )
        yield replace(problem, related=((first.doc.file, first.key_mark(())),))
    documents = ctx.project.documents
    if not sites and documents:
        yield Problem(
            documents[0].file,
            Mark(1, 1, 1, 1),
            "site-missing",
            "no file under facts/ defines the site's name and description",
            f"add to one file (for example this one): {EXAMPLE}",
        )
