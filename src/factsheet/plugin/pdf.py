"""The one-page PDF of each language for the plugin: made by ``factsheet.handout``, kept while
the data is unchanged (``mkdocs serve`` rebuilds on every save), and a missing WeasyPrint made a
build error that says what to install and how to turn the PDF off."""

from __future__ import annotations

from datetime import date

from mkdocs.exceptions import PluginError

from factsheet.handout import PdfUnavailable, handout_pdf
from factsheet.plugin.incremental import digest
from factsheet.project import Project

Key = tuple[date, str | None, str]


class PdfCache:
    """The last PDF of each language, with what it was made from."""

    def __init__(self) -> None:
        self.made: dict[str, tuple[Key, bytes]] = {}

    def get(
        self, project: Project, lang: str, today: date, site_url: str | None, data: bytes
    ) -> bytes:
        """The PDF of ``lang``; ``data`` is the facts export, which changes with any fact."""
        key = (today, site_url, digest(data))
        known = self.made.get(lang)
        if known is not None and known[0] == key:
            return known[1]
        try:
            pdf = handout_pdf(project, lang, today, site_url)
        except PdfUnavailable as error:
            raise PluginError(
                f"factsheet: {error}. To build the site without the PDF, set 'pdf: false' "
                "under the factsheet plugin in mkdocs.yml"
            ) from error
        self.made[lang] = (key, pdf)
        return pdf
