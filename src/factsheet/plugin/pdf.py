"""The one-page PDF of each language for the plugin: made by ``factsheet.handout`` in a second
process while MkDocs builds the pages, kept while the data is unchanged (``mkdocs serve``
rebuilds on every save), and a missing WeasyPrint made a build error that says what to install
and how to turn the PDF off.

The root build starts every language's PDF at the end of its ``on_pre_build``; each language's
``on_post_build`` waits for its own and writes it under ``downloads/``. The worker is forked,
so it has the validated project without reading the facts again.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date
from pathlib import Path

from mkdocs.exceptions import PluginError

from factsheet.exports import DOWNLOADS_DIR, pdf_name
from factsheet.handout import PdfUnavailable, handout_pdf, load_weasyprint
from factsheet.plugin.incremental import digest
from factsheet.project import Project

Key = tuple[date, str | None, str]

# The project the forked worker renders (set before the worker is forked, read in it).
_PROJECT: Project | None = None


def _render(lang: str, today: date, site_url: str | None) -> bytes:
    assert _PROJECT is not None
    return handout_pdf(_PROJECT, lang, today, site_url)


def _unavailable(error: PdfUnavailable) -> PluginError:
    return PluginError(
        f"factsheet: {error}. To build the site without the PDF, set 'pdf: false' "
        "under the factsheet plugin in mkdocs.yml"
    )


class PdfCache:
    """The last PDF of each language, with what it was made from, and the ones being made."""

    def __init__(self) -> None:
        self.made: dict[str, tuple[Key, bytes]] = {}
        self.pending: dict[str, tuple[Key, Future[bytes]]] = {}
        self.pool: ProcessPoolExecutor | None = None

    def start(
        self, project: Project, today: date, data: bytes, site_urls: dict[str, str | None]
    ) -> None:
        """Start the PDF of every language in ``site_urls`` whose data changed; ``data`` is
        the facts export, which changes with any fact. Checks WeasyPrint here, before MkDocs
        cleans the site folder."""
        global _PROJECT
        try:
            load_weasyprint()
        except PdfUnavailable as error:
            raise _unavailable(error) from error
        self.close()
        wanted = {}
        for lang, site_url in site_urls.items():
            key = (today, site_url, digest(data))
            known = self.made.get(lang)
            if known is None or known[0] != key:
                wanted[lang] = (key, site_url)
        if not wanted:
            return
        _PROJECT = project
        self.pool = ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("fork")
        )
        for lang, (key, site_url) in wanted.items():
            self.pending[lang] = (key, self.pool.submit(_render, lang, today, site_url))
        _PROJECT = None

    def close(self) -> None:
        """Forget the PDFs being made and end the second process (a build that failed, or
        the last PDF written)."""
        self.pending = {}
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def write(self, lang: str, site_dir: Path) -> None:
        """Wait for the PDF of ``lang`` and write it under the site's downloads folder."""
        if lang in self.pending:
            key, future = self.pending.pop(lang)
            try:
                self.made[lang] = (key, future.result())
            except PdfUnavailable as error:
                raise _unavailable(error) from error
            finally:
                if not self.pending:
                    self.close()
        target = site_dir / DOWNLOADS_DIR / pdf_name(lang)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(self.made[lang][1])
