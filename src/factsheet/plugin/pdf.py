"""The one-page PDF of each language for the plugin: laid out by WeasyPrint in a second
process while MkDocs builds the pages, kept while its page is unchanged, and a missing
WeasyPrint made a build error that says what to install and how to turn the PDF off.

The root build starts every language's PDF at the end of its ``on_pre_build``: the handout's
HTML is made here, from the validated project, and the forked worker imports WeasyPrint and
lays it out. Each language's ``on_post_build`` waits for its own and writes it under
``downloads/``. Under ``mkdocs serve`` only the first build waits: a rebuild's pages are
served at once, and its PDF is written when the second process has made it (unless a newer
rebuild started), or its failure is logged.

A PDF is kept in memory (``mkdocs serve`` rebuilds on every save) and under
``.cache/factsheet/pdf-v1/`` in the project, named by the digest of its page, WeasyPrint's
version and the font files: the next build of the same facts copies it instead of laying it
out again, as Material's social plugin keeps its cards under ``.cache/``. Only the newest
PDF of each language is kept there, and the folder is not used when the repository could have
supplied it (:mod:`factsheet.cache`).
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date
from functools import partial
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from factsheet.cache import cache_folder
from factsheet.exports import DOWNLOADS_DIR, pdf_name
from factsheet.handout import PdfUnavailable, document_html, engine_fingerprint, pdf_from_html
from factsheet.plugin.incremental import digest
from factsheet.project import Project

CACHE_NAME = "pdf-v1"  # under .cache/factsheet/ (factsheet.cache); v: the cache's layout
log = get_plugin_logger(__name__)


def _write(target: Path, pdf: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(pdf)


def _unavailable(error: PdfUnavailable) -> PluginError:
    return PluginError(
        f"factsheet: {error}. To build the site without the PDF, set 'pdf: false' "
        "under the factsheet plugin in mkdocs.yml"
    )


class PdfCache:
    """The last PDF of each language, with the digest of what it was made from, and the ones
    being made."""

    def __init__(self) -> None:
        # Guards pending, which results arriving under mkdocs serve also read and change.
        self.lock = threading.Lock()
        self.made: dict[str, tuple[str, bytes]] = {}
        self.pending: dict[str, tuple[str, Future[bytes]]] = {}
        self.pool: ProcessPoolExecutor | None = None
        self.folder: Path | None = None

    def start(self, project: Project, today: date, site_urls: dict[str, str | None]) -> None:
        """Start the PDF of every language in ``site_urls`` that is not made yet."""
        self.close(wait=False)
        self.folder = cache_folder(project.root, CACHE_NAME)
        engine = engine_fingerprint()
        wanted = {}
        for lang, site_url in site_urls.items():
            html = document_html(project, lang, today, site_url)
            key = digest(html, engine)
            known = self.made.get(lang)
            if known is not None and known[0] == key:
                continue
            stored = self._stored(lang, key)
            if stored is not None:
                self.made[lang] = (key, stored)
            else:
                wanted[lang] = (key, html)
        if not wanted:
            return
        self.pool = ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("fork")
        )
        with self.lock:
            for lang, (key, html) in wanted.items():
                self.pending[lang] = (key, self.pool.submit(pdf_from_html, html, project.root))

    def close(self, *, wait: bool = True) -> None:
        """Forget the PDFs being made and end the second process (a build that failed, the
        last PDF written, or a new build: then, with ``wait`` false, a PDF still being made
        is finished by that process and thrown away)."""
        with self.lock:
            self.pending = {}
        if self.pool is not None:
            self.pool.shutdown(wait=wait, cancel_futures=True)
            self.pool = None

    def write(self, lang: str, site_dir: Path, *, wait: bool = True) -> None:
        """Write the PDF of ``lang`` under the site's downloads folder, waiting for it if it
        is being made; with ``wait`` false (``mkdocs serve``'s rebuilds), once it is made, so
        the pages do not wait for it, and a failure is logged."""
        target = site_dir / DOWNLOADS_DIR / pdf_name(lang)
        if lang in self.pending and not wait:
            key, future = self.pending[lang]
            future.add_done_callback(partial(self._write_when_made, lang, key, target))
            return
        if lang in self.pending:
            key, future = self.pending.pop(lang)
            try:
                self.made[lang] = (key, future.result())
            except PdfUnavailable as error:
                raise _unavailable(error) from error
            finally:
                if not self.pending:
                    self.close()
            self._store(lang, *self.made[lang])
        _write(target, self.made[lang][1])

    def _write_when_made(self, lang: str, key: str, target: Path, future: Future[bytes]) -> None:
        with self.lock:
            if self.pending.get(lang, (key, None))[1] is not future:
                return  # a newer build started: its own PDF takes this one's place
            del self.pending[lang]
        try:
            pdf = future.result()
        except PdfUnavailable as error:
            log.error(str(_unavailable(error)))
            return
        self.made[lang] = (key, pdf)
        self._store(lang, key, pdf)
        _write(target, pdf)

    def _file(self, lang: str, key: str) -> Path | None:
        return None if self.folder is None else self.folder / f"{lang}-{key}.pdf"

    def _stored(self, lang: str, key: str) -> bytes | None:
        """The kept PDF of ``lang`` made from ``key``, if there is one (never through a link)."""
        path = self._file(lang, key)
        if path is None or path.is_symlink() or not path.is_file():
            return None
        return path.read_bytes()

    def _store(self, lang: str, key: str, pdf: bytes) -> None:
        """Keep ``pdf`` for the next build, in place of the language's older one. A cache
        that cannot be written (a read-only checkout) only costs the next build the time."""
        path = self._file(lang, key)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            for old in path.parent.glob(f"{lang}-*.pdf"):
                old.unlink()
            temporary = path.with_suffix(".tmp")
            temporary.write_bytes(pdf)
            temporary.replace(path)
        except OSError:
            return
