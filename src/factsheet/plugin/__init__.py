"""The MkDocs plugin: a thin adapter between the factsheet core and MkDocs + Material.

It orchestrates, nothing more; the work is in the core (validate, render, exports) and in the
``mkdocs_*`` helper modules (languages, search, safety). One ``mkdocs build --strict`` builds
the whole bilingual site: the build named by ``mkdocs.yml`` is Arabic at the site root, and at
its end the plugin runs a nested build of English into ``en/`` (see ``mkdocs_languages``).

Events, in the order MkDocs calls them:

- ``on_config``: the language of this build, its site name, the language switcher entries,
  and a refusal of Markdown extensions that would let generated text become raw HTML.
- ``on_pre_build``: load and validate the facts, render the pages and exports, and make this
  language's one-page PDF (``factsheet.handout``; ``pdf: false`` turns it off). This runs
  *before* MkDocs cleans ``site_dir``, so invalid facts fail the build with every positioned
  message and leave the previous ``site/`` exactly as it was.
- ``on_files``: add the rendered pages, the exports and the PDF (``downloads/``) and the search
  worker with ``File.generated``; order the navigation as the renderer ordered the pages.
- ``on_page_markdown``: page title, description and JSON-LD from the renderer, escaped.
- ``on_env``: Jinja keeps compiled templates for the whole process (``mkdocs_templates``).
- ``on_post_build`` (priority -100, after Material's search plugin wrote its index): fold the
  search index, check the built HTML for anything executable, then build the other language.

From the end of ``on_pre_build`` to the end of the root build, the facts and pages are frozen
out of the garbage collector's walks (``gc.freeze``), which otherwise walked them again on
every collection that Markdown's conversions trigger.
- ``on_serve``: ``mkdocs serve`` also rebuilds on edits to ``facts/`` and ``seeds/``.

``on_startup`` records whether the build is ``--dirty``: then only the pages whose content
changed are rebuilt (see ``mkdocs_incremental``). Because the plugin has ``on_startup``, MkDocs
keeps one plugin object per process: the nested build and every ``mkdocs serve`` rebuild reuse
it, so everything one build needs is set again in ``on_config`` / ``on_pre_build``, and the
state kept across builds is per language.
"""

from __future__ import annotations

import gc
import html
import logging
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment
from mkdocs.commands.build import build
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page as MkDocsPage

from factsheet.collector import collector_paused
from factsheet.exports import JSON_NAME, build_exports, pdf_name
from factsheet.pipeline import build_date
from factsheet.plugin.facts import load_valid_project, project_root
from factsheet.plugin.incremental import (
    Generated,
    GeneratedFile,
    LanguageState,
    content_digest,
    forget_built_pages,
    forget_material_index,
    generated_file,
    hide_dirty_warning,
    layout_digest,
    nav_title,
)
from factsheet.plugin.languages import (
    LANGUAGES,
    SiteLanguage,
    alternates,
    get_language,
    nested_config,
)
from factsheet.plugin.pdf import PdfCache
from factsheet.plugin.safety.check import check_site, json_for_script
from factsheet.plugin.search import (
    WORKER_PATH,
    enrich_index_file,
    material_worker,
    worker_wrapper,
)
from factsheet.plugin.templates import TEMPLATE_CACHE
from factsheet.project import FACTS_DIR, SEEDS_DIR, Project
from factsheet.render import Page, render_pages

if TYPE_CHECKING:  # only for on_serve's signature: a plain build need not import the server
    from mkdocs.livereload import LiveReloadServer

log = get_plugin_logger(__name__)

# Extensions that parse Markdown inside raw HTML or include files: generated text must never
# reach either (the renderer escapes text, these would undo that or read arbitrary files).
FORBIDDEN_EXTENSIONS = ("md_in_html", "pymdownx.snippets")
DOWNLOADS_DIR = "downloads"


class FactsheetConfig(base.Config):
    """``plugins: - factsheet:`` options in ``mkdocs.yml``."""

    # e.g. https://github.com/OWNER/REPO/edit/main/ : adds "edit this fact" links when set.
    repo_edit_url = c.Optional(c.URL())
    # Per-language site name and description, e.g. {ar: ..., en: ...}; the root build's
    # own site_name is the fallback.
    site_name = c.Type(dict, default={})
    site_description = c.Type(dict, default={})
    # The one-page PDF of each language (downloads/factsheet-<lang>.pdf, linked from the home
    # and downloads pages). It needs WeasyPrint's system libraries; without them the build
    # fails and says what to install, unless this is false.
    pdf = c.Type(bool, default=True)


class FactsheetPlugin(BasePlugin[FactsheetConfig]):
    """Builds the fact sheet's pages from ``facts/`` in every site language."""

    def __init__(self) -> None:
        self.language: SiteLanguage = LANGUAGES[0]
        # Set by the root build before the nested build, so the facts are validated and the
        # exports (language-independent) built once, and both languages carry the same date.
        self.inherited: tuple[Project, date, dict[str, bytes]] | None = None
        self.project: Project | None = None
        self.today: date = build_date()
        self.pages: list[Page] = []
        self.pages_by_path: dict[str, Page] = {}
        self.exports: dict[str, bytes] = {}
        self.pdf: bytes | None = None
        self.pdfs = PdfCache()  # the PDF of each language, kept while the data is unchanged
        self.search_extras: dict[str, str] = {}
        # --dirty: rebuild only what changed; the state of each language's last build.
        self.incremental = False
        self.serving = False  # mkdocs serve (whose --clean mode says "build")
        self.states: dict[str, LanguageState] = {}
        self.started = 0.0

    @property
    def is_root(self) -> bool:
        return self.inherited is None

    @property
    def state(self) -> LanguageState:
        return self.states.setdefault(self.language.code, LanguageState())

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.incremental = dirty
        self.serving = command == "serve"
        self.states = {}
        # The plugin keeps the navigation and the search index right in dirty builds
        # (mkdocs_incremental), so MkDocs' warning that they may be wrong does not apply.
        build_log = logging.getLogger("mkdocs.commands.build")
        if dirty:
            build_log.addFilter(hide_dirty_warning)
        else:
            build_log.removeFilter(hide_dirty_warning)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.language = get_language(str(config.theme["language"]))
        if self.is_root and self.language.prefix:
            raise PluginError(
                f"factsheet: theme.language in mkdocs.yml must be the root language "
                f"({', '.join(lang.code for lang in LANGUAGES if not lang.prefix)}); "
                f"{self.language.code!r} is built into {self.language.prefix!r}"
            )
        for ext in config.markdown_extensions:
            if str(ext).endswith(FORBIDDEN_EXTENSIONS):
                raise PluginError(f"factsheet: markdown extension {ext!r} is not allowed")
        code = self.language.code
        config.site_name = self.config.site_name.get(code, config.site_name)
        config.site_description = self.config.site_description.get(code, config.site_description)
        config.extra["alternate"] = alternates(self.language)
        if "toc" in config.mdx_configs:
            config.mdx_configs["toc"]["permalink_title"] = self.language.permalink_title
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Validate and render before MkDocs cleans ``site_dir`` (see the module docstring)."""
        self.started = time.time()
        if self.is_root:
            gc.unfreeze()  # a previous build's objects (mkdocs serve) may be collected again
        # The facts and the pages live until the end of the build, and there are many of them:
        # the collector is paused while they are built, and they stay frozen out of its walks
        # afterwards, which each collection that Markdown's conversions trigger would otherwise
        # repeat (a tenth of a 10,000-fact build). The root build unfreezes them when it ends.
        with collector_paused(keep_frozen=True):
            if self.inherited is not None:
                self.project, self.today, self.exports = self.inherited
            else:
                self.today = build_date()
                self.project = load_valid_project(project_root(config), self.today)
                self.exports = build_exports(self.project, self.today)
            self.pages = render_pages(
                self.project,
                self.language.code,
                self.today,
                edit_url_base=self.config.repo_edit_url,
                pdf=self.config.pdf,
            )
        self.pdf = None
        if self.config.pdf:
            data = self.exports.get(JSON_NAME, b"")
            code, site_url = self.language.code, config.site_url
            self.pdf = self.pdfs.get(self.project, code, self.today, site_url, data)
        self.pages_by_path = {page.path: page for page in self.pages}
        if self.incremental:
            forget_material_index(config)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        generated = self._generated_files(config)
        for file, _ in generated:
            if files.get_file_from_path(file.src_uri) is not None:
                raise PluginError(
                    f"factsheet: docs/{file.src_uri} would hide the generated file "
                    f"{file.src_uri}; remove it from docs/"
                )
            files.append(file)
        if not config.nav:
            config.nav = [page.path for page in self.pages]
        if self.incremental:
            digests = [(file, content_digest(content)) for file, content in generated]
            self.state.plan(layout_digest(self.pages, config), digests)
            if self.state.full:
                forget_built_pages(files)
            log.info(
                f"{self.language.name}: rebuilding {len(self.state.changed)} of "
                f"{len(self.pages)} generated pages"
            )
        return files

    def _generated_files(self, config: MkDocsConfig) -> list[tuple[GeneratedFile, Generated]]:
        """The pages, the downloads and the search worker, each with what it was made from."""
        self.search_extras = {}
        generated: list[tuple[GeneratedFile, Generated]] = []
        for page in self.pages:
            file = generated_file(config, page.path, page.markdown)
            generated.append((file, page))
            self.search_extras[file.url] = page.search_extra
        for name, data in sorted(self.exports.items()):
            generated.append((generated_file(config, f"{DOWNLOADS_DIR}/{name}", data), data))
        if self.pdf is not None:
            path = f"{DOWNLOADS_DIR}/{pdf_name(self.language.code)}"
            generated.append((generated_file(config, path, self.pdf), self.pdf))
        worker = worker_wrapper(material_worker(config.theme.dirs))
        generated.append((generated_file(config, WORKER_PATH, worker), worker))
        return generated

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        # A page that a dirty build does not rebuild is not read either, so it has no title:
        # the rebuilt pages' navigation would show it untitled.
        for page in nav.pages:
            rendered = self.pages_by_path.get(page.file.src_uri)
            if rendered is not None and not page.file.is_modified():
                page.title = nav_title(rendered.title)
        return nav

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        env.bytecode_cache = TEMPLATE_CACHE
        return env

    def on_page_markdown(
        self, markdown: str, *, page: MkDocsPage, config: MkDocsConfig, files: Files
    ) -> str:
        # Titles are stored escaped: Material prints page.title and page.meta.title unescaped
        # in the navigation, the header, the footer and (through our override) <title>.
        rendered = self.pages_by_path.get(page.file.src_uri)
        if rendered is not None:
            page.meta["title"] = nav_title(rendered.title)
            page.meta["description"] = html.escape(rendered.description)
            if rendered.jsonld:
                page.meta["factsheet_jsonld"] = json_for_script(rendered.jsonld)
        return markdown

    @event_priority(-100)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """After Material's search plugin (priority 0) wrote its index, which the nested
        build's configuration would otherwise reset (see ``mkdocs_languages``)."""
        site = Path(config.site_dir)
        index = site / "search" / "search_index.json"
        if index.is_file():
            complete = self.state.merge_search if self.incremental else None
            enrich_index_file(index, self.search_extras, complete)
        findings = check_site(
            site, skip=nested_dirs(self.language), since=self.started if self.incremental else None
        )
        if findings:
            raise PluginError(
                "factsheet: the built site contains markup that did not come from the theme:\n"
                + "\n".join(findings)
            )
        if self.incremental:
            self.state.finish()
        if self.is_root:
            self._build_other_languages(config)
            gc.unfreeze()

    def on_build_error(self, *, error: Exception) -> None:
        if self.is_root:
            gc.unfreeze()

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        root = project_root(config)
        for folder in (FACTS_DIR, SEEDS_DIR):
            if (root / folder).is_dir():
                server.watch(str(root / folder))
        return server

    def _build_other_languages(self, config: MkDocsConfig) -> None:
        assert self.project is not None
        # Captured first: the nested build may run on this very object (see the module
        # docstring) and change self.language and the rest.
        inherited = (self.project, self.today, self.exports)
        others = [language for language in LANGUAGES if language != self.language]
        for language in others:
            log.info(f"Building the {language.name} site into {language.prefix}")
            nested = nested_config(config, language)
            plugin = nested.plugins["factsheet"]
            assert isinstance(plugin, FactsheetPlugin)
            plugin.inherited = inherited
            try:
                # As mkdocs serve builds the root: drafts previewed, no "stale files" notice.
                serve_url = nested.site_url if self.serving else None
                build(nested, serve_url=serve_url, dirty=self.incremental)
            finally:
                plugin.inherited = None


def nested_dirs(current: SiteLanguage) -> tuple[str, ...]:
    """Folders of other languages' builds inside ``current``'s site (checked by their own
    builds)."""
    return tuple(lang.prefix for lang in LANGUAGES if lang.prefix and lang != current)
