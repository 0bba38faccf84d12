"""The state of one language's build, kept in one object per build.

MkDocs keeps one plugin object per process (see :mod:`factsheet.plugin`), which builds the root
language, then each other language in a nested build, and again on every ``mkdocs serve``
rebuild. Everything one build needs lives in a :class:`LanguageBuild` made in ``on_config``;
what the root build hands to the other languages' builds is a :class:`Shared`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from factsheet.history.log import History
from factsheet.languages import Language
from factsheet.project import Project
from factsheet.render import Page


@dataclass(frozen=True)
class Shared:
    """What every language's build of one site uses: the facts are validated and the exports
    (language-independent) built once, and every language carries the same date."""

    project: Project
    today: date
    exports: dict[str, bytes]
    history: History = field(default_factory=lambda: History("none"))
    """The facts' history from git: dates of last change, the changes page and feeds."""


@dataclass
class LanguageBuild:
    """One language's build: what it was given, and the pages it rendered."""

    language: Language
    is_root: bool
    started: float = 0.0
    shared: Shared | None = None
    """The project, date and exports: made by the root build, handed to the others."""
    pages: list[Page] = field(default_factory=list)
    pages_by_path: dict[str, Page] = field(default_factory=dict)
    search_extras: dict[str, str] = field(default_factory=dict)
    """The extra search words of each generated page, by its URL."""

    def rendered(self, shared: Shared, pages: list[Page]) -> None:
        """Record what ``on_pre_build`` made."""
        self.shared = shared
        self.pages = pages
        self.pages_by_path = {page.path: page for page in pages}
