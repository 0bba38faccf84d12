"""Incremental rebuilds under ``mkdocs serve --dirty``: only the pages whose content changed.

With ``--dirty`` MkDocs rebuilds a page only if ``File.is_modified()`` says so, which it
decides from the modification times of the source and the built file. The plugin's pages have
no source file, so MkDocs would rebuild all of them on every edit. The plugin knows better: it
renders every page's Markdown on each rebuild anyway (a fraction of the cost of turning it into
HTML), and :meth:`LanguageState.plan` marks as modified only the pages whose Markdown, title,
description or JSON-LD changed, and the downloads whose bytes changed.

What MkDocs' dirty mode would get wrong, this module sets right:

- **Navigation.** Every page shows every page's title and the order of the pages. When the
  *layout* (the pages, their titles, ``mkdocs.yml`` and the theme overrides) changed, every
  page is rebuilt, including ``docs/*.md`` pages (:func:`forget_built_pages`). A page that is
  not rebuilt has no title of its own in this build; :func:`nav_title` gives the rebuilt pages
  the one the renderer chose.
- **Search.** Material keeps only the rebuilt pages' entries, then merges them with the
  previous build's in a way meant for one page and shared by both languages. The plugin sets
  that aside (:func:`forget_material_index`) and keeps each page's entries itself
  (:meth:`LanguageState.merge_search`), already folded for Arabic search.
- **Safety.** The post-build check reads the files this rebuild wrote (``check_site(since=)``);
  the others were read when they were written.

The state lives on the plugin object, which MkDocs keeps from one rebuild to the next because
the plugin has ``on_startup``. It is committed only after a build succeeded.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import json
import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from factsheet.render import Page

SearchEntry = dict[str, Any]
DIRTY_WARNING = "A 'dirty' build is being performed"


class GeneratedFile(File):
    """A file the plugin generates; a dirty rebuild writes it only if ``changed``."""

    changed: bool = True

    def is_modified(self) -> bool:
        return self.changed or not os.path.isfile(self.abs_dest_path)


def generated_file(config: MkDocsConfig, path: str, content: str | bytes) -> GeneratedFile:
    """``File.generated`` of the plugin's class (typed as such)."""
    file = GeneratedFile.generated(config, path, content=content)
    assert isinstance(file, GeneratedFile)
    return file


def digest(*parts: str | bytes) -> str:
    """A short fingerprint of ``parts`` (each length-prefixed, so parts cannot run together)."""
    sha = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        sha.update(len(data).to_bytes(8, "big"))
        sha.update(data)
    return sha.hexdigest()[:32]


def page_digest(page: Page) -> str:
    """What a built page shows of its own: body, title, description, JSON-LD."""
    jsonld = json.dumps(page.jsonld, ensure_ascii=False, sort_keys=True)
    return digest(page.markdown, page.title, page.description, jsonld)


# What a generated file is made from: a rendered page, or the bytes or text of a download.
Generated = Page | str | bytes


def content_digest(content: Generated) -> str:
    """The fingerprint that decides whether a generated file changed since the last build
    (computed only in dirty builds: a clean build writes everything anyway)."""
    return page_digest(content) if isinstance(content, Page) else digest(content)


def layout_digest(pages: Sequence[Page], config: MkDocsConfig) -> str:
    """What every page shows of the others and of the site: the pages in order with their
    titles, ``mkdocs.yml`` and the theme's override templates (content, not times)."""
    parts: list[str | bytes] = [page.path + "\0" + page.title for page in pages]
    if config.config_file_path:
        parts.append(Path(config.config_file_path).read_bytes())
    custom_dir = config.theme.custom_dir
    if custom_dir:
        for path in sorted(Path(custom_dir).rglob("*")):
            if path.is_file():
                parts += [path.relative_to(custom_dir).as_posix(), path.read_bytes()]
    return digest(*parts)


def page_url(location: str) -> str:
    """The page part of a search entry's location: ``war/`` for ``war/#casualties``."""
    return location.split("#", 1)[0]


@dataclass
class LanguageState:
    """What one language's last successful build wrote, and the plan for the current one."""

    layout: str = ""
    # src path (page or download) -> digest of what was written, and where it was written
    written: dict[str, str] = field(default_factory=dict)
    written_to: dict[str, str] = field(default_factory=dict)
    # page URL -> that page's search entries, with the folded field
    search: dict[str, list[SearchEntry]] = field(default_factory=dict)
    # the current build's plan, committed by finish()
    full: bool = True
    next_layout: str = ""
    next_written: dict[str, str] = field(default_factory=dict)
    next_written_to: dict[str, str] = field(default_factory=dict)
    changed: list[str] = field(default_factory=list)

    def plan(self, layout: str, files: Iterable[tuple[GeneratedFile, str]]) -> None:
        """Mark each of the plugin's ``files`` (with its content digest) changed or not, and
        delete what the last build wrote for files that are gone (a removed topic's page):
        a clean build would not have them."""
        self.full = layout != self.layout
        self.next_layout, self.next_written, self.changed = layout, {}, []
        self.next_written_to = {}
        for file, content in files:
            self.next_written[file.src_uri] = content
            self.next_written_to[file.src_uri] = file.abs_dest_path
            file.changed = self.full or self.written.get(file.src_uri) != content
            if file.changed and file.is_documentation_page():
                self.changed.append(file.src_uri)
        for src_uri, dest in self.written_to.items():
            if src_uri not in self.next_written:
                remove_built(dest)

    def merge_search(self, index: dict[str, Any]) -> dict[str, Any]:
        """``index`` (this build's, folded) with the entries of the pages it did not rebuild.

        A full build replaces every page's entries; otherwise the rebuilt pages' entries
        replace theirs in place, so the order of the index stays the order of the pages.
        """
        fresh: dict[str, list[SearchEntry]] = {}
        for entry in index.get("docs", []):
            fresh.setdefault(page_url(str(entry.get("location", ""))), []).append(entry)
        merged = fresh if self.full else {**self.search, **fresh}
        self.search = merged
        index["docs"] = [entry for entries in merged.values() for entry in entries]
        return index

    def finish(self) -> None:
        """The build succeeded: what it wrote is what the next one compares with."""
        self.layout, self.written = self.next_layout, self.next_written
        self.written_to = self.next_written_to


def remove_built(dest: str) -> None:
    """Delete a built file and its folder if that is left empty (``removed/index.html``)."""
    if os.path.isfile(dest):
        os.remove(dest)
        with contextlib.suppress(OSError):  # not empty: other files live there
            os.rmdir(os.path.dirname(dest))


def forget_built_pages(files: Files) -> None:
    """Remove the built HTML of ``docs/*.md`` pages, so a dirty build rebuilds them too (MkDocs
    compares the times of the source and the built file, and rebuilds a missing one)."""
    for file in files.documentation_pages():
        if not isinstance(file, GeneratedFile) and os.path.isfile(file.abs_dest_path):
            os.remove(file.abs_dest_path)


def nav_title(title: str) -> str:
    """A page's title as the navigation prints it (Material prints it unescaped)."""
    return html.escape(title)


def forget_material_index(config: MkDocsConfig) -> None:
    """Stop Material's search plugin from merging the previous build's index into this one.

    Material keeps one previous index per plugin object, and the same object builds both
    languages (see ``plugin.languages``), so its merge would mix them; the plugin merges
    per language instead (:meth:`LanguageState.merge_search`).
    """
    search = config.plugins.get("material/search") or config.plugins.get("search")
    if search is not None and hasattr(search, "search_index_prev"):
        search.search_index_prev = None


def hide_dirty_warning(record: logging.LogRecord) -> bool:
    """A logging filter that drops MkDocs' warning about dirty builds."""
    return not record.getMessage().startswith(DIRTY_WARNING)
