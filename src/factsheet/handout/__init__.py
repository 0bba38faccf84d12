"""The fact sheet as a handout: a one-page A4 PDF per language (two pages at most).

:mod:`factsheet.handout.content` says what is on it (all from the facts) as HTML;
:mod:`factsheet.handout.pdf` lays it out with WeasyPrint. ``factsheet pdf`` writes the files;
the MkDocs plugin publishes them under ``downloads/`` and the home and downloads pages link to
them (turned off with ``pdf: false`` under the plugin in ``mkdocs.yml``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from factsheet.exports import pdf_name
from factsheet.handout.pdf import (
    PdfUnavailable,
    document_html,
    engine_fingerprint,
    handout_pdf,
    load_weasyprint,
    pdf_from_html,
)
from factsheet.languages import LANGUAGE_CODES
from factsheet.project import Project

__all__ = [
    "PdfUnavailable",
    "document_html",
    "engine_fingerprint",
    "handout_pdf",
    "load_weasyprint",
    "pdf_from_html",
    "pdf_name",
    "write_pdfs",
]


def write_pdfs(
    project: Project, out: Path, today: date, *, site_url: str | None = None
) -> list[Path]:
    """Write the handout of every language under ``out`` (``factsheet pdf``)."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in LANGUAGE_CODES:
        target = out / pdf_name(lang)
        target.write_bytes(handout_pdf(project, lang, today, site_url))
        written.append(target)
    return written
