"""The page type every renderer returns, and what every renderer is given.

Kept apart from ``factsheet.render`` so page modules can import it without importing the
package's ``__init__`` (which imports them).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from factsheet.arabic import SearchTerms, search_terms
from factsheet.model.records import Claim, Fact, Text
from factsheet.project import Project
from factsheet.render.i18n import t

if TYPE_CHECKING:
    from factsheet.history.log import History


@dataclass(frozen=True)
class Page:
    """One generated page of one language.

    ``title`` and ``description`` are plain text: the MkDocs plugin escapes them for ``<title>``,
    the navigation and ``<meta>``. ``markdown`` is the body, in which every piece of fact text is
    already escaped (see :mod:`factsheet.render.markup`). ``search_extra`` holds extra
    normalised words for the search index. ``jsonld`` is schema.org data the plugin serialises.
    """

    path: str
    title: str
    description: str
    markdown: str
    search_extra: str
    jsonld: list[dict[str, Any]]


@dataclass(frozen=True)
class RenderContext:
    """The project, the language and the build facts every page renderer needs."""

    project: Project
    lang: str
    today: date
    edit_url_base: str | None = None
    # The facts' git history (factsheet.history.log), when the build has it.
    history: History | None = None
    pdf: bool = False  # the one-page PDF is published: home and downloads link to it

    def t(self, key: str) -> str:
        return t(key, self.lang)

    def text(self, text: Text) -> str:
        return text.get(self.lang)

    # Worked out once per language: each walks every fact, and every topic page (or four
    # pages) asking again made them topics x facts. A frozen dataclass still takes
    # cached_property, which writes the instance's __dict__ directly.
    @cached_property
    def facts_by_topic(self) -> dict[str, list[Fact]]:
        """Topic id -> its facts in file order (:meth:`Project.facts_by_topic`)."""
        return self.project.facts_by_topic()

    @cached_property
    def source_names(self) -> dict[str, str]:
        """Memo of :func:`factsheet.render.citations.source_name`: source id -> the source's
        linked name as Markdown (a source is named in every claim citing it)."""
        return {}

    @cached_property
    def quote_checks(self) -> dict[int, tuple[Claim, bool]]:
        """Memo of :func:`factsheet.render.citations.quote_checked` by the claim's ``id``,
        the claim kept with its answer so that its ``id`` cannot be reused meanwhile (the
        topic page and the sources page both show whether a quote was found)."""
        return {}

    @cached_property
    def search_terms(self) -> SearchTerms:
        """:func:`factsheet.arabic.search_terms` with one table of folded tokens for every
        page of the language (the same labels and names are on several pages)."""
        return SearchTerms()

    @cached_property
    def page_order(self) -> list[Fact]:
        """Every fact in page order (:func:`facts_in_page_order`)."""
        return facts_in_page_order(self.project)


def fact_page(fact: Fact) -> str:
    """The page path of a fact: its topic's page (same path in both languages)."""
    return f"{fact.topic}.md"


def fact_href(fact: Fact, from_page: str = "") -> str:
    """A link to the fact's anchor; on its own page just ``#id``."""
    page = fact_page(fact)
    return f"#{fact.id}" if page == from_page else f"{page}#{fact.id}"


def facts_in_page_order(project: Project) -> list[Fact]:
    """Every fact in the order a reader meets it: by topic, then by section as the topic lists
    them (facts without a section first), then as written in the files."""
    topics = project.topics
    file_order = {fact_id: i for i, fact_id in enumerate(project.facts)}

    def key(fact: Fact) -> tuple[int, int, int]:
        topic = topics.get(fact.topic or "")
        sections = [s.id for s in topic.sections] if topic else []
        section = sections.index(fact.section) if fact.section in sections else -1
        return (topic.order if topic else 1 << 30, section, file_order[fact.id])

    return sorted(project.facts.values(), key=key)


_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


def search_extra(lang: str, texts: list[str], terms: Callable[[str], str] = search_terms) -> str:
    """Extra words for the search index: for Arabic the folded words with and without the
    article (``terms``: :func:`factsheet.arabic.search_terms`, or a :class:`SearchTerms`
    shared by the pages); for English the numbers written without thousands separators, so
    "6500" finds "6,500"."""
    joined = " ".join(texts)
    if lang == "ar":
        return terms(joined)
    seen = dict.fromkeys(m.group().replace(",", "") for m in _GROUPED.finditer(joined))
    return " ".join(seen)


def fact_texts(fact: Fact, lang: str) -> list[str]:
    """The reader-visible text of a fact in ``lang`` (for search and descriptions)."""
    texts = [fact.label.get(lang), fact.statement.get(lang)]
    for claim in fact.claims:
        if claim.stated:
            texts.append(claim.stated.get(lang))
        if claim.quote:
            texts.append(claim.quote.text)
            texts.extend(claim.quote.translations.values())
    return texts
