"""The facts' history in a build: read from git once per build (the other languages' builds
are handed it), logged once when it cannot date every fact, and written as each language's
Atom feed, which the head of every page links (``overrides/main.html``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger

from factsheet.history.feed import atom
from factsheet.history.log import History, load_history
from factsheet.project import Project
from factsheet.render.changes import FEED, site_name
from factsheet.render.i18n import t

log = get_plugin_logger(__name__)


def site_history(root: Path, project: Project) -> History:
    """The history of the project at ``root``; an INFO line (never a warning: the build runs
    ``--strict``) when some facts cannot be dated."""
    history = load_history(root)
    note = history.note(len(project.facts))
    if note:
        log.info(note)
    return history


def feed_link(project: Project, lang: str) -> dict[str, str]:
    """What ``overrides/main.html`` puts in every page's head."""
    title = t("changes_feed_title", lang).format(site=site_name(project, lang))
    return {"href": FEED, "title": title}


def feed(config: MkDocsConfig, history: History, project: Project, lang: str, today: date) -> bytes:
    page = "changes/" if config.use_directory_urls else "changes.html"
    labels = {e: {"ar": x.label.ar, "en": x.label.en} for e, x in project.entities.items()}
    return atom(history, lang, site_name(project, lang), page, today, labels)
