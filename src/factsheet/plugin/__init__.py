"""The MkDocs plugin: a thin adapter between the factsheet core and MkDocs + Material.

It orchestrates, nothing more; the work is in the core (validate, render, exports) and in the
modules beside it (build state, languages, search, safety, incremental builds). One
``mkdocs build --strict`` builds the whole bilingual site: the build named by ``mkdocs.yml`` is
Arabic at the site root, and at its end the plugin runs a nested build of English into ``en/``
(see ``plugin.languages``).

Events, in the order MkDocs calls them:

- ``on_config``: the language of this build, its site name, the language switcher entries,
  and a refusal of Markdown extensions that would let generated text become raw HTML.
- ``on_pre_build``: load and validate the facts, read their history from git (dates of last
  change, the changes page; ``plugin/history``), render the pages and exports, and make this
  language's one-page PDF (``factsheet.handout``; ``pdf: false`` turns it off). This runs
  *before* MkDocs cleans ``site_dir``, so invalid facts fail the build with every positioned
  message and leave the previous ``site/`` exactly as it was.
- ``on_files``: add the rendered pages, the exports and the PDF (``downloads/``), the changes
  feed and the search worker
  with ``File.generated``; order the navigation as the renderer ordered the pages.
- ``on_page_markdown``: page title, description and JSON-LD from the renderer, escaped.
- ``on_env``: Jinja keeps compiled templates for the whole process (``plugin.templates``).
- ``on_post_build`` (priority -100, after Material's search plugin wrote its index): fold the
  search index, check the built HTML for anything executable, then build the other language.

- ``on_serve``: ``mkdocs serve`` also rebuilds on edits to ``facts/`` and ``seeds/``.

``on_startup`` records whether the build is ``--dirty``: then only the pages whose content
changed are rebuilt (see ``plugin.incremental``). Because the plugin has ``on_startup``, MkDocs
keeps one plugin object per process: the nested build and every ``mkdocs serve`` rebuild reuse
it, so everything one build needs is made anew in ``on_config`` (one
:class:`~factsheet.plugin.state.LanguageBuild` per language build), and the state kept across
builds is per language.
"""

from __future__ import annotations

import gc
import html
import logging
import posixpath
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment
from markupsafe import Markup
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
from factsheet.exports import DOWNLOADS_DIR, build_exports, pdf_name
from factsheet.pipeline import build_date, content_date
from factsheet.plugin.facts import load_valid_project, project_root
from factsheet.plugin.history import feed, feed_link, site_history
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
    Language,
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
from factsheet.plugin.state import LanguageBuild, Shared
from factsheet.plugin.templates import TEMPLATE_CACHE
from factsheet.plugin.theme import use_theme
from factsheet.project import FACTS_DIR, SEEDS_DIR
from factsheet.render import render_pages
from factsheet.render.changes import FEED

if TYPE_CHECKING:  # only for on_serve's signature: a plain build need not import the server
    from mkdocs.livereload import LiveReloadServer

log = get_plugin_logger(__name__)

# Extensions that parse Markdown inside raw HTML or include files: generated text must never
# reach either (the renderer escapes text, these would undo that or read arbitrary files).
FORBIDDEN_EXTENSIONS = ("md_in_html", "pymdownx.snippets")


class FactsheetConfig(base.Config):
    """``plugins: - factsheet:`` options in ``mkdocs.yml``."""

    # e.g. https://github.com/OWNER/REPO/edit/main/ : adds "edit this fact" links when set.
    repo_edit_url = c.Optional(c.URL())
    # The one-page PDF of each language (downloads/factsheet-<lang>.pdf, linked from the home
    # and downloads pages). It needs WeasyPrint's system libraries; without them the build
    # fails and says what to install, unless this is false.
    pdf = c.Type(bool, default=True)


class FactsheetPlugin(BasePlugin[FactsheetConfig]):
    """Builds the fact sheet's pages from ``facts/`` in every site language."""

    def __init__(self) -> None:
        self.build = LanguageBuild(LANGUAGES[0], is_root=True)
        # Set by the root build just before it starts another language's build.
        self.handoff: Shared | None = None
        self.pdfs = PdfCache()  # the PDF of each language, kept while the data is unchanged
        # --dirty: rebuild only what changed; the state of each language's last build.
        self.incremental = False
        self.serving = False  # mkdocs serve (whose --clean mode says "build")
        self.states: dict[str, LanguageState] = {}

    @property
    def state(self) -> LanguageState:
        return self.states.setdefault(self.build.language.code, LanguageState())

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.incremental = dirty
        self.serving = command == "serve"
        self.states = {}
        # The plugin keeps the navigation and the search index right in dirty builds
        # (plugin.incremental), so MkDocs' warning that they may be wrong does not apply.
        build_log = logging.getLogger("mkdocs.commands.build")
        if dirty:
            build_log.addFilter(hide_dirty_warning)
        else:
            build_log.removeFilter(hide_dirty_warning)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        language = get_language(str(config.theme["language"]))
        self.build = LanguageBuild(language, is_root=self.handoff is None, shared=self.handoff)
        if self.build.is_root and language.prefix:
            raise PluginError(
                f"factsheet: theme.language in mkdocs.yml must be the root language "
                f"({LANGUAGES[0].code}); {language.code!r} is built into {language.prefix!r}"
            )
        for ext in config.markdown_extensions:
            if str(ext).endswith(FORBIDDEN_EXTENSIONS):
                raise PluginError(f"factsheet: markdown extension {ext!r} is not allowed")
        use_theme(config)
        config.extra["alternate"] = alternates(language)
        if "toc" in config.mdx_configs:
            config.mdx_configs["toc"]["permalink_title"] = language.permalink_title
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Validate and render before MkDocs cleans ``site_dir`` (see the module docstring)."""
        build = self.build
        build.started = time.time()
        if build.is_root:
            gc.unfreeze()  # a previous build's objects (mkdocs serve) may be collected again
        # The facts and pages live until the end of the build: the collector is paused while
        # they are made and they stay frozen out of its walks until the root build ends
        # (see factsheet.collector).
        with collector_paused(keep_frozen=True):
            shared = build.shared or self._load(config)
            pages = render_pages(
                shared.project,
                build.language.code,
                shared.today,
                edit_url_base=self.config.repo_edit_url,
                history=shared.history,
                pdf=self.config.pdf,
            )
        build.rendered(shared, pages)
        site = shared.project.site
        if site is not None:  # the site check made sure there is one
            # Material prints the name both escaped and not: Markup is escaped exactly once.
            lang = build.language.code
            config.site_name = Markup(html.escape(site.name.get(lang)))
            config.site_description = Markup(html.escape(site.description.get(lang)))
        if self.config.pdf and build.is_root:
            urls = {
                lang.code: posixpath.join(config.site_url, lang.prefix) if config.site_url else None
                for lang in LANGUAGES
            }
            self.pdfs.start(shared.project, shared.today, urls)
        config.extra["factsheet_feed"] = feed_link(shared.project, build.language.code)
        if self.incremental:
            forget_material_index(config)

    @staticmethod
    def _load(config: MkDocsConfig) -> Shared:
        # The checks' "future" is the clock's; the date the pages show is the commit's.
        root = project_root(config)
        project = load_valid_project(root, build_date())
        today = content_date(root)
        history = site_history(root, project)
        return Shared(project, today, build_exports(project, today), history)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        generated = self._generated_files(config)
        for file, _ in generated:
            if files.get_file_from_path(file.src_uri) is not None:
                raise PluginError(
                    f"factsheet: docs/{file.src_uri} would hide the generated file "
                    f"{file.src_uri}; remove it from docs/"
                )
            files.append(file)
        pages = self.build.pages
        if not config.nav:
            config.nav = [page.path for page in pages]
        if self.incremental:
            digests = [(file, content_digest(content)) for file, content in generated]
            self.state.plan(layout_digest(pages, config), digests)
            if self.state.full:
                forget_built_pages(files)
            log.info(
                f"{self.build.language.name}: rebuilding {len(self.state.changed)} of "
                f"{len(pages)} generated pages"
            )
        return files

    def _generated_files(self, config: MkDocsConfig) -> list[tuple[GeneratedFile, Generated]]:
        """The pages, the downloads and the search worker, each with what it was made from."""
        build = self.build
        assert build.shared is not None
        build.search_extras = {}
        generated: list[tuple[GeneratedFile, Generated]] = []
        for page in build.pages:
            file = generated_file(config, page.path, page.markdown)
            generated.append((file, page))
            build.search_extras[file.url] = page.search_extra
        for name, data in sorted(build.shared.exports.items()):
            generated.append((generated_file(config, f"{DOWNLOADS_DIR}/{name}", data), data))
        if self.config.pdf:
            # A place for the PDF, so links to it are valid: on_post_build writes it when the
            # second process has made it (factsheet.plugin.pdf).
            path = f"{DOWNLOADS_DIR}/{pdf_name(build.language.code)}"
            generated.append((generated_file(config, path, b""), b""))
        shared = build.shared
        atom = feed(config, shared.history, shared.project, build.language.code, shared.today)
        generated.append((generated_file(config, FEED, atom), atom))
        worker = worker_wrapper(material_worker(config.theme.dirs))
        generated.append((generated_file(config, WORKER_PATH, worker), worker))
        return generated

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        # A page that a dirty build does not rebuild is not read either, so it has no title:
        # the rebuilt pages' navigation would show it untitled.
        if self.build.shared is not None:  # sitemap.xml's <lastmod>, its .gz's mtime: no clock
            for file in files.documentation_pages():
                if file.page is not None:
                    file.page.update_date = self.build.shared.today.isoformat()
        for page in nav.pages:
            rendered = self.build.pages_by_path.get(page.file.src_uri)
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
        rendered = self.build.pages_by_path.get(page.file.src_uri)
        if rendered is not None:
            page.meta["title"] = nav_title(rendered.title)
            page.meta["description"] = html.escape(rendered.description)
            if rendered.jsonld:
                page.meta["factsheet_jsonld"] = json_for_script(rendered.jsonld)
        return markdown

    @event_priority(-100)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """After Material's search plugin (priority 0) wrote its index, which the nested
        build's configuration would otherwise reset (see ``plugin.languages``)."""
        build = self.build
        site = Path(config.site_dir)
        index = site / "search" / "search_index.json"
        if index.is_file():
            complete = self.state.merge_search if self.incremental else None
            enrich_index_file(index, build.search_extras, complete)
        check_safety(site, build.language, build.started if self.incremental else None)
        if self.config.pdf:
            # mkdocs serve's rebuilds do not wait for a PDF being made; its first build does,
            # so that a missing WeasyPrint stops it as it stops mkdocs build.
            lang = build.language.code
            self.pdfs.write(lang, site, wait=not (self.serving and lang in self.pdfs.made))
        if self.incremental:
            self.state.finish()
        if build.is_root:
            self._build_other_languages(config, build)
            self.build = build
            gc.unfreeze()

    def on_build_error(self, *, error: Exception) -> None:
        if self.handoff is None:
            self.pdfs.close()
            gc.unfreeze()

    def on_shutdown(self) -> None:
        self.pdfs.close()

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        root = project_root(config)
        for folder in (FACTS_DIR, SEEDS_DIR):
            if (root / folder).is_dir():
                server.watch(str(root / folder))
        return server

    def _build_other_languages(self, config: MkDocsConfig, root: LanguageBuild) -> None:
        """Build every other language with the root build's project, date and exports. The
        nested build may run on this very plugin object (see the module docstring)."""
        for language in LANGUAGES:
            if language == root.language:
                continue
            log.info(f"Building the {language.name} site into {language.prefix}")
            nested = nested_config(config, language)
            plugin = nested.plugins["factsheet"]
            assert isinstance(plugin, FactsheetPlugin)
            plugin.handoff = root.shared
            try:
                # As mkdocs serve builds the root: drafts previewed, no "stale files" notice.
                serve_url = nested.site_url if self.serving else None
                build(nested, serve_url=serve_url, dirty=self.incremental)
            finally:
                plugin.handoff = None


def check_safety(site: Path, language: Language, since: float | None) -> None:
    """Fail the build when a page of ``language`` holds markup that did not come from the
    theme (``since``: an incremental build checks only the pages it wrote)."""
    findings = check_site(site, skip=nested_dirs(language), since=since)
    if findings:
        raise PluginError(
            "factsheet: the built site contains markup that did not come from the theme:\n"
            + "\n".join(findings)
        )


def nested_dirs(current: Language) -> tuple[str, ...]:
    """Folders of other languages' builds inside ``current``'s site (checked by their own
    builds)."""
    return tuple(lang.prefix for lang in LANGUAGES if lang.prefix and lang != current)
