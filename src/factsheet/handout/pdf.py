"""The handout as an A4 PDF, made with WeasyPrint (Pango and HarfBuzz shape the Arabic and lay
it out right to left), with the site's self-hosted Noto Naskh Arabic embedded.

WeasyPrint needs system libraries (Pango, HarfBuzz) that pip does not install. Without them its
import fails with an ``OSError``; :func:`load_weasyprint` turns that into
:class:`PdfUnavailable`, whose message names the Debian packages to install.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from types import ModuleType

from factsheet.handout.content import handout_html, site_name
from factsheet.project import Project
from factsheet.render.markup import direction, html_text

DEBIAN_PACKAGES = ("libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz-subset0")
# The site's Naskh font as TrueType (scripts/fonts.py writes them from the theme's WOFF2
# files), by weight.
FONTS_DIR = Path(__file__).resolve().parent / "fonts"
NASKH_FILES = {
    400: "noto-naskh-arabic-arabic-400-normal.ttf",
    700: "noto-naskh-arabic-arabic-700-normal.ttf",
}
NASKH = "Noto Naskh Arabic"


class PdfUnavailable(Exception):
    """WeasyPrint or its system libraries are missing; the message says what to install."""


def load_weasyprint() -> ModuleType:
    """The ``weasyprint`` module, or :class:`PdfUnavailable` with what to install."""
    try:
        return importlib.import_module("weasyprint")
    except ImportError as error:
        raise PdfUnavailable(
            f"the PDF needs WeasyPrint, which is not installed ({error}); "
            "run `make install` (pip install -e '.[dev]')"
        ) from error
    except OSError as error:
        raise PdfUnavailable(
            "the PDF needs WeasyPrint's system libraries (Pango, HarfBuzz), which are missing "
            f"({error}). On Debian or Ubuntu: sudo apt-get install {' '.join(DEBIAN_PACKAGES)}"
        ) from error


def font_faces(root: Path) -> str:
    """``@font-face`` rules for the site's Naskh font files (Arabic letters only);
    every fact sheet has them, as its web pages do. ``root`` is the project (unused: the files
    are the package's); the site's test holds its PDF to Naskh."""
    rules = []
    for weight, name in NASKH_FILES.items():
        path = FONTS_DIR / name
        if path.is_file():
            rules.append(
                f'@font-face {{ font-family: "{NASKH}"; font-weight: {weight}; '
                f'src: url("{path.resolve().as_uri()}") format("truetype"); '
                "unicode-range: U+0600-06FF, U+0750-077F, U+08A0-08FF, U+FB50-FDFF, "
                "U+FE70-FEFF; }"
            )
    return "\n".join(rules)


STYLE = """
@page { size: A4; margin: 9mm 11mm 9mm; }
html { font-family: "%(naskh)s", "DejaVu Sans", sans-serif; font-size: 8.4pt;
  line-height: 1.35; color: #1f1f1f; }
h1 { font-size: 15pt; margin: 0; color: #063c46; }
h2 { font-size: 10.5pt; margin: 7pt 0 3pt; color: #063c46; border-bottom: 0.6pt solid #0b5563; }
p { margin: 2pt 0; }
ul, ol { margin: 2pt 0; padding-inline-start: 14pt; }
li { margin: 0; }
table { border-collapse: collapse; width: 100%%; }
th, td { border-bottom: 0.4pt solid #bbb; padding: 1.5pt 4pt; text-align: start;
  vertical-align: top; }
th { background: #eef3f4; }
a { color: inherit; text-decoration: none; }
.fs-other { font-size: 10.5pt; color: #333; }
.fs-date, .fs-url { color: #333; margin: 0; }
.fs-side { float: right; width: 46%%; margin: 0 0 4pt 10pt; }
[dir="rtl"] .fs-side { float: left; margin: 0 10pt 4pt 0; }
.fs-mapbox { position: relative; }
.fs-mapbox svg { display: block; width: 100%%; height: auto; }
.fs-label { position: absolute; transform: translate(-50%%, -50%%); white-space: nowrap;
  font-size: 7.5pt; color: #1f1f1f; }
.fs-label--place { transform: translate(0, -50%%); font-weight: 700; }
[dir="rtl"] .fs-label--place { transform: translate(-100%%, -50%%); }
.fs-caption, .fs-side p { font-size: 6.8pt; color: #333; }
h2[id^="figures-"], #sources { clear: both; }
[dir="rtl"] body { line-height: 1.28; }
/* WeasyPrint lays out each inline box on its own: an address keeps its final "/" at its end
   in an Arabic line only in a box that is itself left to right. */
.fs-url a { direction: ltr; }
ol { columns: 2; column-gap: 12pt; font-size: 7pt; }
h2 { break-after: avoid; }
tr { break-inside: avoid; }
"""


def document_html(project: Project, lang: str, today: date, site_url: str | None) -> str:
    body = handout_html(project, lang, today, site_url)
    css = font_faces(project.root) + STYLE % {"naskh": NASKH}
    title = html_text(site_name(project, lang))
    return (
        f'<!DOCTYPE html><html lang="{lang}" dir="{direction(lang)}"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{css}</style></head><body>{body}</body></html>"
    )


def handout_pdf(project: Project, lang: str, today: date, site_url: str | None) -> bytes:
    """The handout in ``lang`` as PDF bytes (:class:`PdfUnavailable` without WeasyPrint, or
    when WeasyPrint could not load the site's font: the sheet would fall back to another)."""
    return pdf_from_html(document_html(project, lang, today, site_url), project.root)


def engine_fingerprint() -> bytes:
    """What besides :func:`document_html`'s page decides the PDF's bytes: WeasyPrint's version
    and the font files (read without importing WeasyPrint)."""
    try:
        version = importlib.metadata.version("weasyprint")
    except importlib.metadata.PackageNotFoundError:
        version = "none"
    parts = [version.encode()]
    for name in NASKH_FILES.values():
        path = FONTS_DIR / name
        parts.append(path.read_bytes() if path.is_file() else b"")
    return b"\0".join(parts)


def pdf_from_html(html: str, root: Path) -> bytes:
    """:func:`document_html`'s page laid out by WeasyPrint, as PDF bytes (``root``: the
    project, against which relative URLs resolve)."""
    weasyprint = load_weasyprint()
    # Only file:// URLs (the font files): nothing is fetched from a network.
    fetcher = weasyprint.URLFetcher(allowed_protocols=["file"], fail_on_errors=True)
    document = weasyprint.HTML(string=html, base_url=str(root), url_fetcher=fetcher)
    with font_warnings() as warnings:
        pdf: bytes = document.write_pdf()
    if warnings:
        raise PdfUnavailable(f"WeasyPrint could not use the site's font: {warnings[0]}")
    return pdf


@contextmanager
def font_warnings() -> Iterator[list[str]]:
    """WeasyPrint's warnings about fonts while the block runs (it logs them and goes on)."""
    found: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            message = record.getMessage()
            if "font" in message.lower():
                found.append(message)

    handler = Collect(logging.WARNING)
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        yield found
    finally:
        logger.removeHandler(handler)
